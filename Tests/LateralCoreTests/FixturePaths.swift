import Foundation
import LateralTestSupport

/// Paths of the files under Fixtures/, copied beside the tests by SwiftPM.
enum Fixtures {
    static func path(_ relative: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(relative).path
    }

    /// The repository's top folder, where the sample library is.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A new empty folder for a test to write into.
    static func temporaryFolder() -> String {
        let path = TestFolder.path("tests")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
