import Glibc
import LateralCore

/// Tells when files change on disk, by inotify on the folders that hold them: a folder, not
/// the file, because an editor, git or Lateral's own safe writer replaces a file by renaming
/// another over it. Its descriptor is in the loop's poll set, so that the reader sleeps until
/// a key or a change.
final class FileWatcher {
    let descriptor: Int32
    /// The files asked for, by the folder watch that sees them and their names in it.
    private var files: [String] = []
    private var watches: [Int32: [String: String]] = [:]

    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Watches these files from now on, and no others.
    func watch(_ wanted: [String]) {
        guard wanted != files else { return }
        for watch in watches.keys { inotify_rm_watch(descriptor, watch) }
        watches = [:]
        files = wanted
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
        for (folder, paths) in Dictionary(grouping: wanted, by: FileWatcher.folder) {
            let watch = inotify_add_watch(descriptor, folder, mask)
            guard watch >= 0 else { continue }
            watches[watch] = Dictionary(paths.map { (Path.lastComponent(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private static func folder(_ path: String) -> String {
        let folder = Path.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// The watched files that changed since the last call, each once.
    func changes() -> [String] {
        var changed: [String] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.load(fromByteOffset: offset, as: Int32.self), bytes.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: any watched file may have changed.
                    changed = files
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    // The folder went away (deleted, unmounted): watched again at the next `watch`.
                    watches[watch] = nil
                    files = []
                    continue
                }
                // The name is padded with NULs to the event's length.
                let nameBytes = buffer[(offset - length)..<min(count, offset)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if let path = watches[watch]?[name], !changed.contains(path) { changed.append(path) }
            }
        }
        return changed
    }
}
