import FoundationEssentials
import Glibc

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
        guard let git = try? ChildProcess.run("/usr/bin/env", ["env", "git", "config", "user.name"], capturing: true),
              git.status == 0 else { return nil }
        return String(decoding: git.output, as: UTF8.self).trimmed()
    }
}

extension Stamp {
    /// The author, now.
    public static func now(by author: String) -> Stamp {
        Stamp(author: author, time: currentTime())
    }

    /// Now, to the second in UTC, as stamps keep it: `2024-02-02T09:30:00Z`.
    @Sendable public static func currentTime() -> String {
        time(secondsSince1970: Int(Glibc.time(nil)))
    }

    /// A time as stamps keep it, from the C library's calendar: Foundation's ISO 8601 style,
    /// made on its first use, was a millisecond of a note's ten.
    static func time(secondsSince1970 seconds: Int) -> String {
        var moment = time_t(seconds)
        var parts = tm()
        gmtime_r(&moment, &parts)
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday))"
            + "T\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec))Z"
    }
}
