/// Writes JSON one field per line with sorted keys, so that claims files diff and merge well
/// in git. The layout is the one Foundation's `JSONEncoder` gives with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two spaces, `"key" : value`), so that files
/// written before by Foundation are written back byte for byte; numbers are written as they
/// were read, which Foundation cannot do.
public enum JSONWriter {
    /// - Parameter escapingUnsafe: also escape C1 controls, bidi controls and line
    ///   separators, for JSON printed on a terminal.
    public static func write(_ value: JSONValue, escapingUnsafe: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, indent: 0, escapingUnsafe: escapingUnsafe, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, escapingUnsafe: Bool, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let literal): out.append(contentsOf: literal.utf8)
        case .string(let text): writeString(text, escapingUnsafe: escapingUnsafe, into: &out)
        case .array(let elements):
            writeArray(count: elements.count, element: { elements[$0] }, indent: indent, escapingUnsafe: escapingUnsafe, into: &out)
        case .object(let fields):
            writeObject(fields, arrays: [:], indent: indent, escapingUnsafe: escapingUnsafe, into: &out)
        }
    }

    /// A value as it is written inside a document at an indentation of `indent` spaces, so
    /// that it can take the place of the same value's bytes there; no final newline.
    static func fragment(_ value: JSONValue, indent: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: indent, escapingUnsafe: false, into: &out)
        return out
    }

    /// A list whose elements are made one at a time as they are written.
    public struct LazyArray {
        public var count: Int
        public var element: (Int) -> JSONValue

        public init(count: Int, element: @escaping (Int) -> JSONValue) {
            self.count = count
            self.element = element
        }
    }

    /// An object some of whose values are lists made one element at a time as they are
    /// written, so that a claims file of 50,000 claims is never one tree of values in memory;
    /// the bytes are those `write(.object(...))` gives.
    public static func write(object fields: [String: JSONValue], arrays: [String: LazyArray]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(65_536)
        writeObject(fields, arrays: arrays, indent: 0, escapingUnsafe: false, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    // An empty container comes out as "[", a blank line, "]", as Foundation writes it.
    private static func writeArray(count: Int, element: (Int) -> JSONValue, indent: Int, escapingUnsafe: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        out.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            spaces(indent + 2, into: &out)
            write(element(index), indent: indent + 2, escapingUnsafe: escapingUnsafe, into: &out)
        }
        out.append(UInt8(ascii: "\n"))
        spaces(indent, into: &out)
        out.append(UInt8(ascii: "]"))
    }

    private static func writeObject(_ fields: [String: JSONValue], arrays: [String: LazyArray], indent: Int, escapingUnsafe: Bool,
                                    into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.append(UInt8(ascii: "\n"))
        let keys = (Array(fields.keys) + arrays.keys.filter { fields[$0] == nil }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            spaces(indent + 2, into: &out)
            writeString(key, escapingUnsafe: escapingUnsafe, into: &out)
            out.append(contentsOf: " : ".utf8)
            if let array = arrays[key] {
                writeArray(count: array.count, element: array.element, indent: indent + 2, escapingUnsafe: escapingUnsafe, into: &out)
            } else {
                write(fields[key]!, indent: indent + 2, escapingUnsafe: escapingUnsafe, into: &out)
            }
        }
        out.append(UInt8(ascii: "\n"))
        spaces(indent, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Keys in the order Foundation sorts them: by their UTF-8 bytes, not by Swift's `<`,
    /// which takes canonically equivalent spellings as equal.
    static func sortedKeys(_ fields: [String: JSONValue]) -> [String] {
        fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func spaces(_ count: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private static func writeString(_ text: String, escapingUnsafe: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied as they are.
        if !escapingUnsafe, !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "\u{08}": out.append(contentsOf: "\\b".utf8)
            case "\u{0C}": out.append(contentsOf: "\\f".utf8)
            default:
                if scalar.value < 0x20 || (escapingUnsafe && VisibleText.isUnsafe(scalar)) {
                    let digits = String(scalar.value, radix: 16, uppercase: false)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits).utf8)
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
