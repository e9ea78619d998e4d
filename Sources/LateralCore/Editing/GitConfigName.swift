import FoundationEssentials

/// git's `user.name`, read from its configuration files as git reads them (system, then the
/// user's, then the repository's; the last one wins), so that every command that changes a
/// claim does not start git to learn who is making the change: starting it cost a `lateral
/// note` 50 ms of its 70. A configuration this does not follow (an include, a value continued
/// on the next line, git's configuration environment variables) is left to git itself: nil.
enum GitConfigName {
    enum Answer: Equatable {
        case name(String?)
        case askGit
    }

    static func lookUp(environment: [String: String], folder: String) -> Answer {
        if environment.keys.contains(where: { $0.hasPrefix("GIT_CONFIG") || $0 == "GIT_DIR" || $0 == "GIT_COMMON_DIR" }) {
            return .askGit
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        let xdg = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        var files = ["/etc/gitconfig", xdg + "/git/config", home + "/.gitconfig"]
        if let repository = repositoryConfig(from: folder) { files.append(repository) }
        var name: String?
        for file in files {
            guard let bytes = TextFile.bytesIfReadable(file) else { continue }
            switch value(of: "user", "name", in: String(decoding: bytes, as: UTF8.self)) {
            case .askGit: return .askGit
            case .name(let found?): name = found
            case .name(nil): break
            }
        }
        return .name(name)
    }

    /// The config file of the repository a folder is in: `.git/config`, or the one a `.git`
    /// file points to (a worktree, a submodule), whose shared config is asked of git.
    static func repositoryConfig(from folder: String) -> String? {
        // Walked up as a string: through URL and FileManager, the walk was 0.4 ms of a note.
        var path = folder
        if !path.hasPrefix("/") || path.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }) {
            path = URL(fileURLWithPath: folder).standardizedFileURL.path
        }
        while true {
            let dotGit = (path.hasSuffix("/") ? path : path + "/") + ".git"
            switch FileKind.of(dotGit) {
            case .folder: return dotGit + "/config"
            case .file, .special: return nil
            case .missing, .danglingLink, .loopingLink, .unreachable: break
            }
            guard let slash = path.lastIndex(of: "/"), path != "/" else { return nil }
            path = slash == path.startIndex ? "/" : String(path[..<slash])
        }
    }

    /// The last value of `section.key` in a config file's text.
    static func value(of section: String, _ key: String, in text: String) -> Answer {
        var inSection = false
        var found: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmed(.spaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else { return .askGit }
                let header = line[line.index(after: line.startIndex)..<close].trimmed(.spaces).lowercased()
                if header.hasPrefix("include") { return .askGit }
                inSection = header == section
                // `[user] name = x` on one line.
                let rest = line[line.index(after: close)...].trimmed(.spaces)
                if inSection, !rest.isEmpty, !rest.hasPrefix("#"), !rest.hasPrefix(";") {
                    switch entry(rest, key: key) {
                    case .askGit: return .askGit
                    case .name(let value?): found = value
                    case .name(nil): break
                    }
                }
                continue
            }
            guard inSection else { continue }
            switch entry(line, key: key) {
            case .askGit: return .askGit
            case .name(let value?): found = value
            case .name(nil): break
            }
        }
        return .name(found)
    }

    /// The value of a `key = value` line if it sets `key`: quotes joined, escapes read,
    /// comments left out.
    private static func entry(_ line: String, key: String) -> Answer {
        let parts = line.split(separator: "=", maxSplits: 1)
        guard parts[0].trimmed(.spaces).lowercased() == key else { return .name(nil) }
        guard parts.count == 2 else { return .name("") }  // `name` alone is true, not a name
        var value = ""
        var quoted = false
        var escaped = false
        for character in parts[1] {
            if escaped {
                switch character {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\\", "\"": value.append(character)
                default: return .askGit
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if !quoted && (character == "#" || character == ";") {
                break
            } else {
                value.append(character)
            }
        }
        // A value continued on the next line, or a quote left open.
        if escaped || quoted { return .askGit }
        return .name(value.trimmed(.spaces))
    }
}
