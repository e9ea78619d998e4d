import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// A folder of articles: every `*.md` at its top level, each with its `*.claims.json`.
/// Subfolders hold other documents, such as local copies of sources.
public struct Library: Sendable {
    public static let defaultFolder = "Articles"
    public static let environmentVariable = "LATERAL_LIBRARY"

    public var folder: String
    public var entries: [LibraryEntry]

    /// The folder chosen by `--library`, else `LATERAL_LIBRARY`, else `Articles`.
    public static func folder(option: String?, environment: Environment.Lookup = Environment.process) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment(environmentVariable), !variable.isEmpty { return variable }
        return defaultFolder
    }

    /// Whether the folder can be opened to be listed, without listing it.
    public static func canList(_ folder: String) -> Bool {
        guard let directory = opendir(folder) else { return false }
        closedir(directory)
        return true
    }

    public static func articlePaths(in folder: String) throws(FileProblem) -> [String] {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw FileProblem(path: folder, message: "no such library folder", isUnreadable: true)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw FileProblem(path: folder, message: "is a file, not a library folder", isUnreadable: true)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FileProblem(path: folder, message: "cannot list the folder", isUnreadable: true)
        }
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            .map { Path.join(folder, $0) }
    }

    /// Loads every article; newest first, then by title.
    public static func load(folder: String) throws(FileProblem) -> Library {
        let entries = try articlePaths(in: folder).map(LibraryEntry.load(articlePath:))
        return Library(folder: folder, entries: entries.sorted(by: Library.newestFirst))
    }

    /// What the library screen and `list` show of every article, newest first: kept in the
    /// index for files that did not change, read (on every core) for the others; `progress`
    /// hears how many of those have been read.
    public static func summaries(folder: String, index: LibraryIndex? = LibraryIndex.shared(),
                                 progress: (@Sendable (_ read: Int, _ of: Int) -> Void)? = nil) throws(FileProblem) -> [ArticleSummary] {
        let paths = try articlePaths(in: folder)
        let keys = paths.map { Array(URL(fileURLWithPath: $0).standardizedFileURL.path.utf8) }
        let signatures = paths.map(FileSignature.init(articlePath:))
        var wanted: [[UInt8]: FileSignature] = [:]
        for (key, signature) in zip(keys, signatures) { wanted[key] = signature }
        let kept = index?.summaries(for: wanted) ?? [:]
        let missing = paths.indices.filter { kept[keys[$0]] == nil }
        // Read in parallel: a first listing of a large library is mostly parsing claims files.
        let read = Mutex<[Int: ArticleSummary]>([:])
        progress?(0, missing.count)
        DispatchQueue.concurrentPerform(iterations: missing.count) { place in
            let index = missing[place]
            let summary = ArticleSummary.read(articlePath: paths[index])
            let count = read.withLock { read in
                read[index] = summary
                return read.count
            }
            progress?(count, missing.count)
        }
        let fresh = read.withLock { $0 }
        index?.store(missing.compactMap { place in signatures[place].map { (keys[place], fresh[place]!, $0) } })
        index?.forget(in: Array((URL(fileURLWithPath: folder).standardizedFileURL.path + "/").utf8), except: Set(keys))
        let summaries = paths.indices.map { place -> ArticleSummary in
            guard var summary = kept[keys[place]] else { return fresh[place]! }
            summary.place(at: paths[place])
            return summary
        }
        return summaries.sorted { newestFirst(date: $0.date, title: $0.title, $1.date, $1.title) }
    }

    static func newestFirst(date dateA: String?, title titleA: String, _ dateB: String?, _ titleB: String) -> Bool {
        if (dateA ?? "") != (dateB ?? "") { return (dateA ?? "") > (dateB ?? "") }
        return NaturalOrder.precedes(titleA, titleB)
    }

    static func newestFirst(_ a: LibraryEntry, _ b: LibraryEntry) -> Bool {
        newestFirst(date: a.article?.metadata.date, title: a.title, b.article?.metadata.date, b.title)
    }

    /// An article named by a path, or by a unique prefix of a file name in the library.
    public static func resolveArticle(_ name: String, folder: String) throws(FileProblem) -> String {
        if name.hasSuffix(SidecarFile.suffix) {
            let article = String(name.dropLast(SidecarFile.suffix.count)) + ".md"
            throw FileProblem(path: name, message: "is a claims file; name its article instead: \(article)", isUnreadable: true)
        }
        switch FileKind.of(name) {
        case .file, .special: return name
        default: break
        }
        let paths = (try? articlePaths(in: folder)) ?? []
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let matches = paths.filter { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent.hasPrefix(stem) }
        if matches.count == 1 { return matches[0] }
        if let exact = matches.first(where: { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent == stem }) {
            return exact
        }
        if matches.isEmpty {
            throw FileProblem(path: name, message: "no such file, and no article in \(folder) whose name starts with it",
                              isUnreadable: true)
        }
        let names = matches.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        throw FileProblem(path: name, message: "names more than one article in \(folder): \(names)", isUnreadable: true)
    }
}
