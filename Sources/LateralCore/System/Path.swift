/// A file path's parts, as the reader and the commands take paths apart: the folder a file is
/// in, its name, a name joined to a folder. Plain string work with `/` as the separator, so
/// that nothing on the reader's way to its first frame needs Foundation's NSString (which
/// brings CoreFoundation and ICU into the program, a millisecond of every start).
public enum Path {
    /// The folder part: `a/b` for `a/b/c`, `/` for `/c`, empty for `c`. Trailing slashes are not a part.
    public static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return withoutTrailingSlashes(String(trimmed[..<slash]))
    }

    /// The last part: `c` for `a/b/c` and for `a/b/c/`, `/` for `/`.
    public static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        if trimmed == "/" { return "/" }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// A name joined to a folder with one slash between them; the name alone when the folder is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        if name.isEmpty { return folder }
        let base = withoutTrailingSlashes(folder)
        return base == "/" ? "/" + name : base + "/" + name
    }

    /// The path without slashes at its end, but `/` for the top folder.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
