import FoundationEssentials
import Glibc

/// Writes a file so that a crash or a power cut leaves either the old file or the new one,
/// never half of one: temporary file beside the target, fsync, rename, fsync the folder.
///
/// What the user set up is kept: a symbolic link is written through to its target (the link
/// stays a link), and the file keeps its mode, owner and group. A file with other hard links,
/// or one whose owner cannot be given to a new file, cannot be replaced by a rename without
/// breaking that; it is overwritten in place instead, after the new content has been written
/// and synced beside it, so that a crash in between leaves the new content there to recover.
public enum SafeWriter {
    /// - Parameter expected: the bytes the caller read; if the file now holds something else,
    ///   another program changed it and nothing is written. nil means the file must not exist.
    public static func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileProblem) {
        try write(pieces: [bytes[...]], to: path, expecting: expected)
    }

    /// The same, for a content made of pieces (most of a large file kept, a part of it new),
    /// written one after the other without first being joined.
    public static func write(pieces: [ArraySlice<UInt8>], to path: String, expecting expected: [UInt8]?) throws(FileProblem) {
        let target = resolvedTarget(path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let mode = exists ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        removeAbandonedCopies(of: url.lastPathComponent, in: folder)
        // A new name each time, created exclusively, so that nothing already there (a link
        // planted at a guessable name) is followed or overwritten.
        let temporary = folder + "/." + url.lastPathComponent + ".lateral-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        // The file the user named is the one said: the temporary name means nothing to them.
        guard fd >= 0 else { throw systemProblem(target, "cannot be written (no new file can be made in \(folder))") }
        // The replaced file keeps its permissions, whatever the umask, and its owner.
        _ = fchmod(fd, mode)
        let keepsOwner = !exists || (existing.st_uid == geteuid() && existing.st_gid == getegid())
            || fchown(fd, existing.st_uid, existing.st_gid) == 0
        if !pieces.allSatisfy({ TextFile.writeAll($0, to: fd) }) || fsync(fd) != 0 {
            let problem = systemProblem(temporary, "cannot write")
            close(fd)
            unlink(temporary)
            throw problem
        }
        close(fd)
        // Asked just before the file is replaced, after the slow part (writing and syncing the
        // new content), so that another program's change meanwhile is not lost.
        do throws(FileProblem) {
            try checkUnchanged(target, path: path, expecting: expected)
            // The same content in another file (put there by a checkout or an editor's own
            // rename) is not the file whose mode, owner and links were read above.
            var now = stat()
            let stillThere = stat(target, &now) == 0
            if stillThere != exists || (exists && (now.st_dev != existing.st_dev || now.st_ino != existing.st_ino)) {
                throw FileProblem(path: path, message: "was replaced by another program while Lateral wrote it; not overwritten. Reload it and try again")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        if exists && (existing.st_nlink > 1 || !keepsOwner) {
            try overwriteInPlace(target, with: pieces, newCopy: temporary)
            return
        }
        if rename(temporary, target) != 0 {
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

    private static func checkUnchanged(_ target: String, path: String, expecting expected: [UInt8]?) throws(FileProblem) {
        guard !TextFile.holds(target, exactly: expected) else { return }
        let what = expected == nil ? "was created" : (FileKind.of(target) == .file ? "was changed" : "was deleted")
        throw FileProblem(path: path, message: "\(what) by another program since Lateral read it; not overwritten. Reload it and try again")
    }

    /// Removes the temporary copies a writer killed mid-write left behind (its process is gone):
    /// `.NAME.lateral-PID-RANDOM.tmp`. A copy whose process still runs is another writer's.
    static func removeAbandonedCopies(of name: String, in folder: String) {
        let prefix = "." + name + ".lateral-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0 else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { unlink((folder.isEmpty ? "." : folder) + "/" + entry) }
        }
    }

    /// The file a path names, through any symbolic links; the path itself when it does not
    /// exist yet.
    static func resolvedTarget(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func overwriteInPlace(_ target: String, with pieces: [ArraySlice<UInt8>], newCopy: String) throws(FileProblem) {
        let fd = open(target, O_WRONLY | O_TRUNC)
        guard fd >= 0 else {
            let problem = systemProblem(target, "cannot open to overwrite")
            unlink(newCopy)
            throw problem
        }
        guard pieces.allSatisfy({ TextFile.writeAll($0, to: fd) }), fsync(fd) == 0 else {
            let problem = systemProblem(target, "cannot write; the new content is kept in \(newCopy)")
            close(fd)
            throw problem
        }
        close(fd)
        unlink(newCopy)
    }

    /// The process's umask, which a new file's mode honours as `open` would.
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func systemProblem(_ path: String, _ what: String) -> FileProblem {
        FileProblem(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
