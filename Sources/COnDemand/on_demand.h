// Libraries that only some commands use are loaded by their first call, not when `lateral`
// starts: the loader maps and relocates every library a program names before `main`. The
// functions Lateral calls are defined in this target under their own names, so that the Swift
// code calls them as the library's; the first call loads the library and finds them all.

#ifndef LATERAL_ON_DEMAND_INTERNAL_H
#define LATERAL_ON_DEMAND_INTERNAL_H

#include <dlfcn.h>
#include <stdio.h>

// Kept out of the program's exported symbols, so that the library's own calls never land here.
#define ON_DEMAND __attribute__((visibility("hidden")))

/// Why a library cannot be used, written once by its loader.
typedef struct {
    const char *soname;
    char text[512];
} LoadProblem;

/// The library, or NULL with the loader's message in `problem`.
static inline void *on_demand_open(LoadProblem *problem) {
    void *library = dlopen(problem->soname, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(problem->text, sizeof problem->text, "%s", reason != NULL ? reason : "cannot be loaded");
    }
    return library;
}

/// One of its functions; false, with the reason in `problem`, when it has none by that name.
static inline int on_demand_find(void *library, const char *name, void **function, LoadProblem *problem) {
    *function = dlsym(library, name);
    if (*function == NULL) snprintf(problem->text, sizeof problem->text, "%s has no %s", problem->soname, name);
    return *function != NULL;
}

#endif
