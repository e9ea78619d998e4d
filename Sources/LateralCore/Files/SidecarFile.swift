import Foundation

/// A sidecar as read from disk: its claims and sources, and the bytes it was read from, so
/// that a save can tell whether another program changed the file in the meantime.
public struct SidecarFile: Sendable {
    public var path: String
    public var sidecar: Sidecar
    /// The bytes on disk when it was read; nil for a sidecar that does not exist yet.
    public private(set) var originalBytes: [UInt8]?

    public init(path: String, sidecar: Sidecar, originalBytes: [UInt8]?) {
        self.path = path
        self.sidecar = sidecar
        self.originalBytes = originalBytes
    }

    public static let suffix = ".claims.json"

    /// `NAME.claims.json` beside `NAME.md`.
    public static func path(forArticle articlePath: String) -> String {
        // String surgery, not URL: a relative path stays relative in every message.
        let stem = articlePath.hasSuffix(".md") ? String(articlePath.dropLast(3)) : articlePath
        return stem + suffix
    }

    public static func read(_ path: String) throws(FileProblem) -> SidecarFile {
        let bytes = try TextFile.readBytes(path)
        return SidecarFile(path: path, sidecar: try decode(bytes, path: path), originalBytes: bytes)
    }

    /// The sidecar for an article, or an empty one when the article has none yet.
    public static func readOrEmpty(forArticle articlePath: String) throws(FileProblem) -> SidecarFile {
        let path = path(forArticle: articlePath)
        // A broken link is not "no claims file": reading it says what is wrong.
        guard FileKind.of(path).exists else {
            return SidecarFile(path: path, sidecar: Sidecar(), originalBytes: nil)
        }
        return try read(path)
    }

    static func decode(_ bytes: [UInt8], path: String) throws(FileProblem) -> Sidecar {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FileProblem(path: path, line: 1, column: 1,
                              message: "file is empty; expected a JSON object with \"version\", \"sources\" and \"claims\"")
        }
        try TextFile.validateText(bytes, path: path)
        // A byte-order mark is not JSON; Foundation skipped it too.
        let skipped = TextFile.byteOrderMarkLength(bytes)
        let text = Array(bytes.dropFirst(skipped))
        let json: JSONValue
        do throws(JSONParser.Failure) {
            json = try JSONParser.parse(text)
        } catch {
            throw FileProblem(path: path, at: TextLocation(byteOffset: error.offset + skipped, in: bytes),
                              message: error.message)
        }
        let sidecar: Sidecar
        do throws(JSONDecodingError) {
            sidecar = try Sidecar(json: json, path: [])
        } catch {
            throw FileProblem(path: path, at: JSONSourceMap(bytes: bytes).location(of: error.path), message: error.message)
        }
        try checkIdentifiers(sidecar, bytes: bytes, path: path)
        return sidecar
    }

    /// Serialized as Lateral writes it: pretty-printed, sorted keys, a final newline.
    public static func encode(_ sidecar: Sidecar) -> [UInt8] {
        JSONWriter.write(sidecar.json)
    }

    /// Writes the sidecar safely; stops if the file on disk is no longer the one that was read.
    public mutating func save() throws(FileProblem) {
        let bytes = SidecarFile.encode(sidecar)
        try SafeWriter.write(bytes, to: path, expecting: originalBytes)
        originalBytes = bytes
    }

    /// The line and column of a value in this file, for messages about it.
    public func location(of path: [JSONSourceMap.PathComponent]) -> TextLocation? {
        guard let originalBytes else { return nil }
        return JSONSourceMap(bytes: originalBytes).location(of: path)
    }

    private static func checkIdentifiers(_ sidecar: Sidecar, bytes: [UInt8], path: String) throws(FileProblem) {
        func firstDuplicate(_ ids: [String]) -> (index: Int, id: String)? {
            var seen = Set<String>()
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted { return (index, id) }
            return nil
        }
        let map = { JSONSourceMap(bytes: bytes) }
        if let duplicate = firstDuplicate(sidecar.sources.map(\.id)) {
            throw FileProblem(path: path, at: map().location(of: [.key("sources"), .index(duplicate.index), .key("id")]),
                              message: "duplicate source id \"\(duplicate.id)\"; every source needs its own id")
        }
        if let duplicate = firstDuplicate(sidecar.claims.map(\.id)) {
            throw FileProblem(path: path, at: map().location(of: [.key("claims"), .index(duplicate.index), .key("id")]),
                              message: "duplicate claim id \"\(duplicate.id)\"; every claim needs its own id")
        }
        for (index, claim) in sidecar.claims.enumerated() {
            let position = claim.position
            if position.start < 0 || position.end < position.start {
                throw FileProblem(path: path, at: map().location(of: [.key("claims"), .index(index), .key("position")]),
                                  message: "claim \"\(claim.id)\": position start \(position.start) and end \(position.end) do not make a range; expected 0 <= start <= end")
            }
        }
    }
}
