import Glibc

/// An exclusive lock on the folder of a file, held while the file is read, merged and
/// replaced, so that two Laterals saving the same file take turns. It locks the folder, not
/// the file, because a save replaces the file (a lock on the old one would not be seen by
/// whoever opens the new one), and it leaves no lock file behind. Programs that do not take
/// it are still caught by the comparison with what was read.
struct FolderLock {
    private let fd: Int32

    init(of path: String) {
        let folder = Path.folder(of: path)
        fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
