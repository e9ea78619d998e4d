import Foundation

/// Who is making changes: `LATERAL_AUTHOR`, else git's `user.name` (as a commit would say),
/// else the login name.
public enum Author {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let name = environment["LATERAL_AUTHOR"]?.trimmed(), !name.isEmpty {
            return name
        }
        let configured: String?
        switch GitConfigName.lookUp(environment: environment, folder: FileManager.default.currentDirectoryPath) {
        case .name(let name): configured = name
        case .askGit: configured = gitUserName()
        }
        if let name = configured, !name.isEmpty { return name }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "unknown"
    }

    private static func gitUserName() -> String? {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "config", "user.name"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        git.standardInput = FileHandle.nullDevice
        do { try git.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        guard git.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmed()
    }
}

extension Stamp {
    /// The author, now.
    public static func now(by author: String) -> Stamp {
        Stamp(author: author, time: currentTime())
    }

    /// Now, to the second in UTC, as stamps keep it: `2024-02-02T09:30:00Z`.
    @Sendable public static func currentTime() -> String {
        Date.now.formatted(.iso8601)
    }
}
