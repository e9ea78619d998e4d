/// Something wrong with a file, said so that a person can find and fix it.
public struct FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The file cannot be used as it is.
        case error
        /// The file loads, but something in it needs a look.
        case warning
    }

    public var path: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String
    /// The file could not be opened at all (missing, a folder, no permission), as opposed to
    /// opened and found wrong.
    public var isUnreadable: Bool

    public init(path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String,
                isUnreadable: Bool = false) {
        self.isUnreadable = isUnreadable
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public init(path: String, at location: TextLocation?, severity: Severity = .error, message: String) {
        self.init(path: path, line: location?.line, column: location?.column, severity: severity, message: message)
    }

    /// `path:line:column: severity: message`, the form compilers use and editors jump to.
    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A line and column, both counted from 1; columns count Unicode scalars.
public struct TextLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location of a byte offset in UTF-8 text.
    public init(byteOffset: Int, in bytes: some Collection<UInt8>) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(byteOffset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
