import Foundation
import LateralTestSupport

/// Runs the built `lateral` binary as a user would, and captures what it prints.
struct LateralProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder of the repository, found from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static let fixtureLibrary = repository + "/Tests/Fixtures/Library"

    /// The binary SwiftPM built beside the test bundle.
    static var executable: String { built("lateral") }

    /// A program of the package, as SwiftPM built it beside the test bundle.
    static func built(_ name: String) -> String {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [testBundle, testBundle.deletingLastPathComponent()].map { $0.appendingPathComponent(name).path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// - Parameter detached: for a command that leaves a server running (tmux), which would
    ///   hold the output pipes open: its output is discarded and only its status is kept.
    /// Where the commands the tests run keep their library index.
    static let cacheFolder = TestFolder.runFolder + "/cache"

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String = repository,
                    executable: String = LateralProcess.executable, detached: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        // The test runner's own settings must not leak into what the command sees.
        env.removeValue(forKey: "LATERAL_LIBRARY")
        env.removeValue(forKey: "NO_COLOR")
        // The library index goes to a cache of the tests' own, not the user's.
        env["XDG_CACHE_HOME"] = LateralProcess.cacheFolder
        env.merge(environment) { $1 }
        process.environment = env
        if detached {
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: "", stderr: "")
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so that a large output cannot fill the pipe and stall both.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
