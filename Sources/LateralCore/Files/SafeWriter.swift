import Foundation

/// Writes a file so that a crash or a power cut leaves either the old file or the new one,
/// never half of one: temporary file beside the target, fsync, rename, fsync the folder.
public enum SafeWriter {
    /// - Parameter expected: the bytes the caller read; if the file now holds something else,
    ///   another program changed it and nothing is written. nil means the file must not exist.
    public static func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileProblem) {
        let current = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        if current != expected {
            let what = expected == nil ? "was created" : (current == nil ? "was deleted" : "was changed")
            throw FileProblem(path: path, message: "\(what) by another program since Lateral read it; not overwritten. Reload it and try again")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        // A new name each time, created exclusively, so that nothing already there (a link
        // planted at a guessable name) is followed or overwritten.
        let temporary = folder + "/." + url.lastPathComponent + ".lateral-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw systemProblem(temporary, "cannot create a temporary file") }
        var written = 0
        let writeFailed = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                written += result
            }
            return false
        }
        // The replaced file keeps its permissions, whatever the umask.
        _ = fchmod(fd, mode)
        if writeFailed || fsync(fd) != 0 {
            let problem = systemProblem(temporary, "cannot write")
            close(fd)
            unlink(temporary)
            throw problem
        }
        close(fd)
        if rename(temporary, path) != 0 {
            let problem = systemProblem(path, "cannot replace")
            unlink(temporary)
            throw problem
        }
        let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    private static func systemProblem(_ path: String, _ what: String) -> FileProblem {
        FileProblem(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
