#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The process's environment variables, looked up one at a time.
///
/// Foundation's `ProcessInfo.environment` copies every variable into a new dictionary at each
/// call, 0.15 ms; the reader asked it five times before its first frame.
public enum Environment {
    /// A variable's value by name; tests hand in fixed values instead of the process's.
    public typealias Lookup = @Sendable (String) -> String?

    /// The process's own variables.
    public static let process: Lookup = { name in getenv(name).map { String(cString: $0) } }

    /// Fixed values, for tests and for programs started with an environment of their own.
    public static func fixed(_ values: [String: String]) -> Lookup { { values[$0] } }
}
