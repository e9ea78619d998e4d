import Foundation

/// Where tests write: every folder and file a test run makes is under one folder of its own,
/// removed when the run ends, so that `swift test` leaves nothing in the temporary folder.
public enum TestFolder {
    /// A new name under this run's folder, for a test to create (`lateral-NAME-UUID`).
    public static func path(_ name: String) -> String {
        runFolder + "/lateral-\(name)-" + UUID().uuidString
    }

    /// This run's own folder, made on first use and removed at the process's exit.
    public static let runFolder: String = {
        let folder = NSTemporaryDirectory() + "lateral-test-run-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestFolder.runFolder) }
        return folder
    }()
}
