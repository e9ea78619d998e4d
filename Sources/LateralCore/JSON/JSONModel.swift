/// A model type stored as a JSON object. The type reads and writes its own fields; the
/// fields it does not know are kept here, once for every type, so that a claims file written
/// by a newer Lateral or another tool loses nothing when this one saves it.
protocol JSONModel {
    /// Reads the type's own fields; what it leaves in the reader becomes `extra`.
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError)
    /// Writes the type's own fields.
    func write(into object: inout JSONObjectWriter)
    var extra: [String: JSONValue] { get set }
}

extension JSONModel {
    init(json: JSONValue, path: JSONPath) throws(JSONDecodingError) {
        var reader = try JSONObjectReader(json, path: path)
        self = try Self(reading: &reader)
        extra = reader.remaining
    }

    var json: JSONValue {
        var writer = JSONObjectWriter(fields: extra)
        write(into: &writer)
        return .object(writer.fields)
    }
}

public typealias JSONPath = [JSONSourceMap.PathComponent]

/// A value of a JSON file that is not what the model expects, with where it is.
public struct JSONDecodingError: Error, Sendable {
    public var path: JSONPath
    public var message: String

    /// "claims[0].position.start", or "the top level".
    static func describe(_ path: JSONPath) -> String {
        var text = ""
        for component in path {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let name): text += (text.isEmpty ? "" : ".") + name
            }
        }
        return text.isEmpty ? "the top level" : text
    }

    static func expected(_ what: String, at path: JSONPath, found value: JSONValue) -> JSONDecodingError {
        let found = value == .null ? ", found null" : ""
        return JSONDecodingError(path: path, message: "expected \(what) at \(describe(path))\(found)")
    }
}

/// Where a value read is, made only when something must be said about it: building the path
/// of every field read, most of which are fine, was a tenth of `check`'s time.
typealias JSONPlace = () -> JSONPath

/// Reading single values, each with the message that says what was expected and where.
enum JSONRead {
    static func string(_ value: JSONValue, at place: JSONPlace) throws(JSONDecodingError) -> String {
        guard case .string(let text) = value else { throw .expected("a string", at: place(), found: value) }
        return text
    }

    static func int(_ value: JSONValue, at place: JSONPlace) throws(JSONDecodingError) -> Int {
        guard let number = value.intValue else { throw .expected("a whole number", at: place(), found: value) }
        return number
    }

    static func word<Word: Vocabulary>(_ value: JSONValue, at place: JSONPlace) throws(JSONDecodingError) -> Word {
        let text = try string(value, at: place)
        guard let word = Word(rawValue: text) else {
            let path = place()
            throw JSONDecodingError(path: path, message: "unknown \(Word.fieldName) \"\(text)\"; expected one of: \(Word.allowedWords) at \(JSONDecodingError.describe(path))")
        }
        return word
    }

    static func array(_ value: JSONValue, at place: JSONPlace) throws(JSONDecodingError) -> [JSONValue] {
        guard case .array(let elements) = value else { throw .expected("a list", at: place(), found: value) }
        return elements
    }
}

/// The fields of one JSON object, taken one by one by a model type; what is left over is
/// what the type does not know.
struct JSONObjectReader {
    let path: JSONPath
    private let fields: [String: JSONValue]
    /// The keys taken that the object has. Fields are looked up, never removed: removing would
    /// copy every object's table (it is shared with the parsed value) and keep the emptied
    /// copy as `extra`, which cost a file of 50,000 claims 190 MB.
    private var taken: [String] = []

    init(_ value: JSONValue, path: JSONPath) throws(JSONDecodingError) {
        guard case .object(let fields) = value else { throw .expected("an object", at: path, found: value) }
        self.path = path
        self.fields = fields
        // Grown from empty, the list was made five times over for a claim's dozen fields.
        taken.reserveCapacity(fields.count)
    }

    /// The fields no one took.
    var remaining: [String: JSONValue] {
        taken.count == fields.count ? [:] : fields.filter { !taken.contains($0.key) }
    }

    /// Takes a field; a field that is null counts as absent, as Foundation's decoder had it.
    private mutating func take(_ key: String) -> JSONValue? {
        guard let value = fields[key] else { return nil }
        markTaken(key)
        return value == .null ? nil : value
    }

    private mutating func markTaken(_ key: String) {
        if !taken.contains(key) { taken.append(key) }
    }

    private func missing(_ key: String) -> JSONDecodingError {
        let place = path.isEmpty ? "" : " in \(JSONDecodingError.describe(path))"
        return JSONDecodingError(path: path, message: "missing field \"\(key)\"\(place)")
    }

    mutating func required<Value>(_ key: String, _ read: (JSONValue, JSONPlace) throws(JSONDecodingError) -> Value) throws(JSONDecodingError) -> Value {
        let path = self.path
        // Looked up once (hashing the key was the most of reading a field). A field present as
        // null is read as null, so that it is reported where it is, not as missing.
        guard let value = fields[key] else { throw missing(key) }
        markTaken(key)
        return try read(value, { path + [.key(key)] })
    }

    mutating func optional<Value>(_ key: String, _ read: (JSONValue, JSONPlace) throws(JSONDecodingError) -> Value) throws(JSONDecodingError) -> Value? {
        let path = self.path
        guard let value = take(key) else { return nil }
        return try read(value, { path + [.key(key)] })
    }

    mutating func string(_ key: String) throws(JSONDecodingError) -> String { try required(key, JSONRead.string) }
    mutating func optionalString(_ key: String) throws(JSONDecodingError) -> String? { try optional(key, JSONRead.string) }
    mutating func int(_ key: String) throws(JSONDecodingError) -> Int { try required(key, JSONRead.int) }
    mutating func word<Word: Vocabulary>(_ key: String) throws(JSONDecodingError) -> Word { try required(key, JSONRead.word) }
    mutating func optionalWord<Word: Vocabulary>(_ key: String) throws(JSONDecodingError) -> Word? { try optional(key, JSONRead.word) }

    mutating func model<Model: JSONModel>(_ key: String) throws(JSONDecodingError) -> Model {
        try required(key) { (value, place) throws(JSONDecodingError) in try Model(json: value, path: place()) }
    }

    mutating func optionalModel<Model: JSONModel>(_ key: String) throws(JSONDecodingError) -> Model? {
        try optional(key) { (value, place) throws(JSONDecodingError) in try Model(json: value, path: place()) }
    }

    /// A list of objects; an absent list is empty.
    mutating func models<Model: JSONModel>(_ key: String) throws(JSONDecodingError) -> [Model] {
        try optional(key) { (value, place) throws(JSONDecodingError) in
            let elements = try JSONRead.array(value, at: place)
            guard !elements.isEmpty else { return [] }
            // The list's path is made once for all its elements.
            let path = place()
            var models: [Model] = []
            models.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                models.append(try Model(json: element, path: path + [.index(index)]))
            }
            return models
        } ?? []
    }
}

/// The fields of one JSON object as a model type writes them, over the fields it did not know.
struct JSONObjectWriter {
    var fields: [String: JSONValue]

    mutating func set(_ key: String, _ value: String?) {
        if let value { fields[key] = .string(value) }
    }

    mutating func set(_ key: String, _ value: Int) { fields[key] = .number(value) }

    mutating func set<Word: Vocabulary>(_ key: String, _ value: Word) { fields[key] = .string(value.rawValue) }

    mutating func set<Model: JSONModel>(_ key: String, _ value: Model?) {
        if let value { fields[key] = value.json }
    }

    mutating func set<Model: JSONModel>(_ key: String, _ values: [Model]) { fields[key] = .array(values.map(\.json)) }

    /// A list written only when it holds something: files without history or conflicts stay
    /// as they were.
    mutating func setUnlessEmpty<Model: JSONModel>(_ key: String, _ values: [Model]) {
        if !values.isEmpty { set(key, values) }
    }
}
