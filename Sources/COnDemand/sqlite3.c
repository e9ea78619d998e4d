// SQLite, for the library's index: `lateral ARTICLE` draws its first frame without it, and
// `note`, `show` or `import` never use it; loading it cost every start 0.3–0.6 ms. Without SQLite
// the index cannot be opened, and the library is listed from its files, as with
// `LATERAL_CACHE=off`.

// Built with LATERAL_LINKED (the StaticExecutable trait), SQLite is linked in and this file is empty.
#ifndef LATERAL_LINKED

#include "COnDemand.h"
#include "on_demand.h"

#include <pthread.h>

#include "../CSQLite/shim.h"

static struct {
    int (*openV2)(const char *, sqlite3 **, int, const char *);
    int (*close)(sqlite3 *);
    int (*exec)(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);
    int (*busyTimeout)(sqlite3 *, int);
    int (*extendedErrcode)(sqlite3 *);
    int (*prepareV2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    int (*step)(sqlite3_stmt *);
    int (*reset)(sqlite3_stmt *);
    int (*finalize)(sqlite3_stmt *);
    int (*bindText)(sqlite3_stmt *, int, const char *, int, void (*)(void *));
    const unsigned char *(*columnText)(sqlite3_stmt *, int);
    int (*columnBytes)(sqlite3_stmt *, int);
    int (*columnInt)(sqlite3_stmt *, int);
} sqlite;

static LoadProblem problem = {"libsqlite3.so.0", ""};
static pthread_once_t loaded = PTHREAD_ONCE_INIT;
static int ready;

static void load(void) {
    const OnDemandFunction functions[] = {
        {"sqlite3_open_v2", (void **)&sqlite.openV2},
        {"sqlite3_close", (void **)&sqlite.close},
        {"sqlite3_exec", (void **)&sqlite.exec},
        {"sqlite3_busy_timeout", (void **)&sqlite.busyTimeout},
        {"sqlite3_extended_errcode", (void **)&sqlite.extendedErrcode},
        {"sqlite3_prepare_v2", (void **)&sqlite.prepareV2},
        {"sqlite3_step", (void **)&sqlite.step},
        {"sqlite3_reset", (void **)&sqlite.reset},
        {"sqlite3_finalize", (void **)&sqlite.finalize},
        {"sqlite3_bind_text", (void **)&sqlite.bindText},
        {"sqlite3_column_text", (void **)&sqlite.columnText},
        {"sqlite3_column_bytes", (void **)&sqlite.columnBytes},
        {"sqlite3_column_int", (void **)&sqlite.columnInt},
    };
    ready = on_demand_load(&problem, functions, sizeof functions / sizeof functions[0]);
}

/// NULL when SQLite is ready, else why it cannot be used. Only the functions below ask: without
/// SQLite the library is listed without its index, which costs only speed.
static const char *lateral_sqlite3_load_problem(void) {
    pthread_once(&loaded, load);
    return ready ? NULL : problem.text;
}

// Without SQLite no database is opened, so that the index is done without; the functions that
// take a database or a statement are not reached without one.

ON_DEMAND int sqlite3_open_v2(const char *filename, sqlite3 **database, int flags, const char *vfs) {
    if (lateral_sqlite3_load_problem() != NULL) {
        *database = NULL;
        return SQLITE_CANTOPEN;
    }
    return sqlite.openV2(filename, database, flags, vfs);
}

ON_DEMAND int sqlite3_close(sqlite3 *database) {
    return database == NULL || lateral_sqlite3_load_problem() != NULL ? SQLITE_OK : sqlite.close(database);
}

ON_DEMAND int sqlite3_extended_errcode(sqlite3 *database) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_CANTOPEN : sqlite.extendedErrcode(database);
}

ON_DEMAND int sqlite3_exec(sqlite3 *database, const char *sql, int (*callback)(void *, int, char **, char **), void *argument,
                           char **message) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.exec(database, sql, callback, argument, message);
}

ON_DEMAND int sqlite3_busy_timeout(sqlite3 *database, int milliseconds) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.busyTimeout(database, milliseconds);
}

ON_DEMAND int sqlite3_prepare_v2(sqlite3 *database, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.prepareV2(database, sql, bytes, statement, tail);
}

ON_DEMAND int sqlite3_step(sqlite3_stmt *statement) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.step(statement);
}

ON_DEMAND int sqlite3_reset(sqlite3_stmt *statement) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.reset(statement);
}

ON_DEMAND int sqlite3_finalize(sqlite3_stmt *statement) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_OK : sqlite.finalize(statement);
}

ON_DEMAND int sqlite3_bind_text(sqlite3_stmt *statement, int index, const char *text, int bytes, void (*destructor)(void *)) {
    return lateral_sqlite3_load_problem() != NULL ? SQLITE_MISUSE : sqlite.bindText(statement, index, text, bytes, destructor);
}

ON_DEMAND const unsigned char *sqlite3_column_text(sqlite3_stmt *statement, int column) {
    return lateral_sqlite3_load_problem() != NULL ? NULL : sqlite.columnText(statement, column);
}

ON_DEMAND int sqlite3_column_bytes(sqlite3_stmt *statement, int column) {
    return lateral_sqlite3_load_problem() != NULL ? 0 : sqlite.columnBytes(statement, column);
}

ON_DEMAND int sqlite3_column_int(sqlite3_stmt *statement, int column) {
    return lateral_sqlite3_load_problem() != NULL ? 0 : sqlite.columnInt(statement, column);
}

#endif
