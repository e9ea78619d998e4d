import FoundationEssentials

/// The small header at the top of an article, the front matter that static site generators
/// and pandoc read:
///
///     ---
///     title: Are North Korean Remote IT Workers Targeting Crypto Firms?
///     date: 2022-07-13
///     ---
///
/// Only `key: value` lines; a value may be wrapped in double quotes.
enum MetadataHeader {
    struct Split {
        var lines: [(number: Int, text: String)]
        var bodyStart: Int
        var bodyFirstLine: Int
    }

    /// Splits the header from the body; nil when the file has no header.
    /// How far down the closing `---` is looked for.
    static let lineLimit = 200

    static func split(_ bytes: [UInt8]) -> Split? {
        let lines = lineRanges(bytes, limit: lineLimit)
        guard let first = lines.first, text(bytes, first) == "---" else { return nil }
        for (index, range) in lines.enumerated().dropFirst() where text(bytes, range) == "---" {
            let headerLines = lines[1..<index].enumerated().map { (number: $0.offset + 2, text: text(bytes, $0.element)) }
            return Split(lines: headerLines, bodyStart: range.upperBound, bodyFirstLine: index + 2)
        }
        return nil
    }

    /// Whether the file starts as a header does, with a `---` line.
    static func opensHeader(_ bytes: [UInt8]) -> Bool {
        lineRanges(bytes, limit: 1).first.map { text(bytes, $0) == "---" } ?? false
    }

    static func parse(_ lines: [(number: Int, text: String)], path: String, warnings: inout [FileProblem]) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        for line in lines where !line.text.trimmed(.spaces).isEmpty {
            guard let colon = line.text.firstIndex(of: ":") else {
                warnings.append(FileProblem(path: path, line: line.number, column: 1, severity: .warning,
                                            message: "header line is not \"key: value\"; it is ignored"))
                continue
            }
            let key = line.text[..<colon].trimmed(.spaces).lowercased()
            var value = line.text[line.text.index(after: colon)...].trimmed(.spaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "title": metadata.title = value
            case "outlet": metadata.outlet = value
            case "author": metadata.author = value
            case "date":
                metadata.date = value
                if !isISO8601Date(value) {
                    let column = line.text.distance(from: line.text.startIndex, to: colon) + 3
                    warnings.append(FileProblem(path: path, line: line.number, column: column, severity: .warning,
                                                message: "date \"\(value)\" is not ISO 8601; expected YYYY-MM-DD (or YYYY-MM, YYYY)"))
                }
            case "url": metadata.url = value
            case "language": metadata.language = value
            default: metadata.extra.append((key: key, value: value))
            }
        }
        return metadata
    }

    /// ISO 8601 calendar dates: `2022-07-13`, optionally with a time (`T10:30:00Z`), or with
    /// reduced precision when the day is not known (`2022-07`, `2022`).
    static func isISO8601Date(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool { scalars[range].allSatisfy { ("0"..."9").contains($0) } }
        guard scalars.count >= 4, digits(0..<4) else { return false }
        if scalars.count == 4 { return true }
        guard scalars.count >= 7, scalars[4] == "-", digits(5..<7) else { return false }
        if scalars.count == 7 { return true }
        guard scalars.count >= 10, scalars[7] == "-", digits(8..<10) else { return false }
        return scalars.count == 10 || scalars[10] == "T"
    }

    private static func lineRanges(_ bytes: [UInt8], limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            ranges.append(start..<(offset + 1))
            start = offset + 1
            if ranges.count >= limit { return ranges }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self).trimmed(.lineEnds)
    }
}
