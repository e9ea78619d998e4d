/// Any JSON value, kept as read so that fields Lateral does not know survive a load and save.
/// A number keeps the characters it was written with (`1.0000000000000001`, `-0.0`, `1e128`,
/// a whole number past 64 bits), so that saving writes it back digit for digit.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written in the file; `JSONValue.number(_:)` makes one from an `Int`.
    case number(literal: String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func number(_ value: Int) -> JSONValue { .number(literal: String(value)) }

    /// An object from fields, leaving out the absent ones, as an encoder leaves out nil.
    public static func object(_ fields: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in fields { if let value { object[key] = value } }
        return .object(object)
    }

    public static func string(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }

    /// The value as a whole number that fits an `Int`, if it is one.
    public var intValue: Int? {
        guard case .number(let literal) = self else { return nil }
        if let whole = Int(literal) { return whole }
        // "1.0", "1e0", "-0": whole numbers as tools that write floats spell them.
        guard let value = Double(literal), value.rounded() == value, abs(value) < 9_007_199_254_740_992 else { return nil }
        return Int(value)
    }

    /// What a value is, in words for messages ("a string", "a list").
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// A JSON text read by Lateral's parser (as claims files are), or nil with where it broke
    /// and why (an offset in bytes).
    public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
        do throws(JSONParser.Failure) {
            return .success(try JSONParser.parse(bytes))
        } catch {
            return .failure(JSONSyntaxError(offset: error.offset, message: error.message))
        }
    }
}

/// Where a JSON text breaks, and how.
public struct JSONSyntaxError: Error, Sendable {
    public var offset: Int
    public var message: String
}
