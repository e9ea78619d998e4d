import FoundationEssentials
import Glibc

/// What is at a path, asked of the system without following a broken or looping link, so
/// that each case gets a message a person can act on instead of "no findings" or
/// "permission denied?".
public enum FileKind: Equatable, Sendable {
    case missing
    case file
    case folder
    /// A symbolic link whose target does not exist.
    case danglingLink(target: String)
    /// A symbolic link that leads back to itself.
    case loopingLink
    /// A named pipe, a socket or a device: reading it could block or never end.
    case special(String)
    /// Not to be looked at: the system's reason (permission denied).
    case unreachable(String)

    public static func of(_ path: String) -> FileKind {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFIFO: return .special("a named pipe (FIFO)")
            case S_IFSOCK: return .special("a socket")
            case S_IFCHR, S_IFBLK: return .special("a device")
            default: return .special("not a regular file")
            }
        }
        let error = errno
        // Anything but "not there" (no permission to look, an I/O error) is said as the system says it.
        guard error == ENOENT || error == ENOTDIR || error == ELOOP else { return .unreachable(String(cString: strerror(error))) }
        var linkInfo = stat()
        guard lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK else { return .missing }
        if error == ELOOP { return .loopingLink }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return .danglingLink(target: target)
    }

    /// Whether something is at the path at all, a broken link included.
    var exists: Bool { self != .missing }

    /// Why a file of this kind cannot be read as a text file; nil for a regular file.
    var problem: String? {
        switch self {
        case .file: return nil
        case .missing: return "no such file"
        case .folder: return "is a folder, not a file"
        case .danglingLink(let target): return "is a symbolic link to \(target), which does not exist"
        case .loopingLink: return "is a symbolic link that loops back on itself"
        case .special(let what): return "is \(what), not a file"
        case .unreachable(let reason): return "cannot be reached: \(reason)"
        }
    }
}
