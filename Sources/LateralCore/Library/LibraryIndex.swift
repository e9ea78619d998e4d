import CSQLite
import FoundationEssentials
import Glibc
import Synchronization

/// What each article of a library costs to know (`ArticleSummary`), kept in a small SQLite
/// database in the user's cache folder, as newsboat keeps its cache, so that listing a library
/// reads only the files whose size or modification time changed since. The claims files stay
/// the only truth: an index that is missing, broken, locked or from another version of Lateral
/// is simply made again, and a library is still listed without one.
public final class LibraryIndex: @unchecked Sendable {
    /// Bumped when what a summary holds changes: an index of another version is emptied.
    static let version: Int32 = 1

    private var database: OpaquePointer?
    private let lock = Mutex(())

    /// The index at `$XDG_CACHE_HOME/lateral/library.sqlite` (else `~/.cache/lateral/…`);
    /// `LATERAL_CACHE=off` turns it off.
    public static func shared(environment: Environment.Lookup = Environment.process) -> LibraryIndex? {
        if environment("LATERAL_CACHE") == "off" { return nil }
        let cache = environment("XDG_CACHE_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? environment("HOME").flatMap { $0.isEmpty ? nil : $0 + "/.cache" }
        guard let cache else { return nil }
        return LibraryIndex(path: cache + "/lateral/library.sqlite")
    }

    /// Opens (or makes) an index; nil when it cannot be had, which costs only speed.
    public init?(path: String) {
        try? FileManager.default.createDirectory(atPath: Path.folder(of: path), withIntermediateDirectories: true)
        guard open(path) else {
            // Only a file that is not a database, or a broken one, is moved aside and made again;
            // a busy one (another Lateral) is left alone, and this run does without.
            guard lastError == SQLITE_NOTADB || lastError == SQLITE_CORRUPT else { return nil }
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: path + suffix + ".broken")
            }
            guard open(path) else { return nil }
            return
        }
    }

    private var lastError: Int32 = SQLITE_OK

    /// Opens the database and prepares its table; closes it again (and says why) on failure.
    private func open(_ path: String) -> Bool {
        var opened: OpaquePointer?
        let status = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nil)
        database = opened
        if status == SQLITE_OK {
            // Another Lateral may be writing: wait a moment rather than fail.
            sqlite3_busy_timeout(database, 2_000)
            if prepareSchema() { return true }
        }
        lastError = sqlite3_extended_errcode(database) & 0xFF
        sqlite3_close(database)
        database = nil
        return false
    }

    deinit {
        if let database { sqlite3_close(database) }
    }

    private func prepareSchema() -> Bool {
        guard let version = integer("PRAGMA user_version") else { return false }
        if version != Self.version {
            guard execute("DROP TABLE IF EXISTS summaries"), execute("PRAGMA user_version = \(Self.version)") else { return false }
        }
        return execute("PRAGMA journal_mode = WAL")
            && execute("""
                CREATE TABLE IF NOT EXISTS summaries (
                    path TEXT PRIMARY KEY, signature TEXT NOT NULL, summary TEXT NOT NULL)
                """)
    }

    @discardableResult
    private func execute(_ sql: String) -> Bool {
        sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK
    }

    /// How many articles the index knows.
    var count: Int {
        lock.withLock { _ in
            return Int(integer("SELECT count(*) FROM summaries") ?? 0)
        }
    }

    private func integer(_ sql: String) -> Int32? {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK, sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return sqlite3_column_int(statement, 0)
    }

    /// The summaries kept for these files (by absolute path, as bytes: two spellings of é are
    /// two files) that still have the signature given.
    func summaries(for signatures: [[UInt8]: FileSignature]) -> [[UInt8]: ArticleSummary] {
        lock.withLock { _ in
            var statement: OpaquePointer?
            defer { sqlite3_finalize(statement) }
            guard sqlite3_prepare_v2(database, "SELECT path, signature, summary FROM summaries", -1, &statement, nil) == SQLITE_OK else { return [:] }
            var found: [[UInt8]: ArticleSummary] = [:]
            while sqlite3_step(statement) == SQLITE_ROW {
                guard let key = bytes(statement, 0), let signature = signatures[key], column(statement, 1) == signature.text,
                      let text = column(statement, 2), let json = try? JSONParser.parse(Array(text.utf8)),
                      let summary = ArticleSummary(articlePath: String(decoding: key, as: UTF8.self), indexJSON: json) else { continue }
                found[key] = summary
            }
            return found
        }
    }

    /// Keeps summaries (by absolute path), in one transaction.
    func store(_ summaries: [(key: [UInt8], summary: ArticleSummary, signature: FileSignature)]) {
        guard !summaries.isEmpty else { return }
        lock.withLock { _ in
            guard execute("BEGIN IMMEDIATE") else { return }
            var statement: OpaquePointer?
            defer { sqlite3_finalize(statement) }
            guard sqlite3_prepare_v2(database, "INSERT OR REPLACE INTO summaries (path, signature, summary) VALUES (?, ?, ?)", -1, &statement, nil)
                    == SQLITE_OK else {
                execute("ROLLBACK")
                return
            }
            for (key, summary, signature) in summaries {
                let json = String(decoding: JSONWriter.write(summary.indexJSON), as: UTF8.self)
                key.withUnsafeBufferPointer { buffer in
                    _ = sqlite3_bind_text(statement, 1, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                          unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
                bind(statement, 2, signature.text)
                bind(statement, 3, json)
                sqlite3_step(statement)
                sqlite3_reset(statement)
            }
            execute("COMMIT")
        }
    }

    /// Forgets the articles of a folder that are no longer there, so that the index does not
    /// grow with every file ever listed.
    func forget(in folder: [UInt8], except kept: Set<[UInt8]>) {
        lock.withLock { _ in
            var statement: OpaquePointer?
            defer { sqlite3_finalize(statement) }
            guard sqlite3_prepare_v2(database, "SELECT path FROM summaries", -1, &statement, nil) == SQLITE_OK else { return }
            var gone: [[UInt8]] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                guard let key = bytes(statement, 0), key.count > folder.count, key.starts(with: folder),
                      !key[folder.count...].contains(UInt8(ascii: "/")), !kept.contains(key) else { continue }
                gone.append(key)
            }
            guard !gone.isEmpty, execute("BEGIN IMMEDIATE") else { return }
            var delete: OpaquePointer?
            defer { sqlite3_finalize(delete) }
            if sqlite3_prepare_v2(database, "DELETE FROM summaries WHERE path = ?", -1, &delete, nil) == SQLITE_OK {
                for key in gone {
                    key.withUnsafeBufferPointer { buffer in
                        _ = sqlite3_bind_text(delete, 1, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                              unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                    }
                    sqlite3_step(delete)
                    sqlite3_reset(delete)
                }
            }
            execute("COMMIT")
        }
    }

    private func bytes(_ statement: OpaquePointer?, _ index: Int32) -> [UInt8]? {
        guard let text = sqlite3_column_text(statement, index) else { return nil }
        return Array(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index))))
    }

    private func column(_ statement: OpaquePointer?, _ index: Int32) -> String? {
        sqlite3_column_text(statement, index).map { String(cString: $0) }
    }

    private func bind(_ statement: OpaquePointer?, _ index: Int32, _ text: String) {
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        sqlite3_bind_text(statement, index, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }
}

/// A file pair as the index tells it changed: the article's and its claims file's size and
/// modification time (nanoseconds); a missing claims file counts too.
struct FileSignature: Hashable {
    var text: String

    init?(articlePath: String) {
        func stamp(_ path: String) -> String? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ino)"
        }
        guard let article = stamp(articlePath) else { return nil }
        text = article + "|" + (stamp(SidecarFile.path(forArticle: articlePath)) ?? "none")
    }
}
