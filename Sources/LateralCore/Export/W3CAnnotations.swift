import FoundationEssentials

/// An article's claims as a W3C Web Annotation Data Model collection (JSON-LD): one
/// annotation per claim, motivated by assessing, targeting the article with a quote selector
/// and a position selector, with bodies for the verdict and attribution (tags), the rationale,
/// the notes and the sources (links). What the standard has no place for (the claimant, a
/// link's relation and passage) rides along under `lateral:` keys, which JSON-LD takes as
/// absolute IRIs, so that nothing is lost between two Lateral libraries.
public enum W3CAnnotations {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    /// The collection. `articleIRI` is the article's URL, or its file as a `file:` URI.
    public static func collection(article: Article, sidecar: Sidecar, articleIRI: String, articleName: String) -> JSONValue {
        // A claim without words (a broken file) has nothing a TextQuoteSelector could hold.
        let items = sidecar.claims.filter { !$0.quote.exact.isEmpty }
            .map { annotation($0, sidecar: sidecar, articleIRI: articleIRI, articleName: articleName) }
        return .object([
            "@context": .string(context),
            "id": .string("urn:lateral:\(percentEncoded(articleName))"),
            "type": .string("AnnotationCollection"),
            "label": .string("Claims checked in “\(article.title)”"),
            "total": .number(items.count),
            "generator": .object(["type": .string("Software"), "name": .string("Lateral")]),
            "first": .object([
                "id": .string("urn:lateral:\(percentEncoded(articleName)):page-1"),
                "type": .string("AnnotationPage"),
                "startIndex": .number(0),
                "items": .array(items),
            ]),
        ])
    }

    static func annotation(_ claim: Claim, sidecar: Sidecar, articleIRI: String, articleName: String) -> JSONValue {
        var bodies: [JSONValue] = [
            tag(claim.verdict.label),
            tag("attribution: " + claim.attribution.label),
        ]
        if let rationale = claim.rationale {
            bodies.append(.object(["type": .string("TextualBody"), "purpose": .string("describing"), "value": .string(rationale),
                                   "format": .string("text/plain")]))
        }
        for note in claim.notes {
            bodies.append(.object([
                "type": .string("TextualBody"), "purpose": .string("commenting"), "value": .string(note.text), "format": .string("text/plain"),
                "creator": person(note.author), "created": date(note.time),
            ]))
        }
        for link in claim.links {
            let source = sidecar.source(id: link.source)
            let passage = link.passage.flatMap { source?.passage(id: $0)?.exact }
            bodies.append(.object([
                "type": .string("SpecificResource"), "purpose": .string("linking"),
                "source": .string(source?.url.flatMap(absoluteIRI) ?? "urn:lateral:source:\(percentEncoded(link.source))"),
                "lateral:source": .string(link.source), "lateral:relation": .string(link.relation.rawValue),
                "lateral:passage": JSONValue.string(passage),
            ]))
        }
        return .object([
            "id": .string("urn:lateral:\(percentEncoded(articleName)):\(percentEncoded(claim.id))"),
            "type": .string("Annotation"),
            "motivation": .string("assessing"),
            "created": claim.created.flatMap { date($0.time) },
            "modified": claim.modified.flatMap { date($0.time) },
            "creator": claim.created.flatMap { person($0.author) },
            "lateral:claimant": JSONValue.string(claim.claimant),
            "body": .array(bodies),
            "target": .object([
                "source": .string(articleIRI),
                "selector": .array([
                    .object(["type": .string("TextQuoteSelector"), "exact": .string(claim.quote.exact),
                             "prefix": .string(claim.quote.prefix), "suffix": .string(claim.quote.suffix)]),
                    .object(["type": .string("TextPositionSelector"), "start": .number(claim.position.start),
                             "end": .number(claim.position.end)]),
                ]),
            ]),
        ])
    }

    static func tag(_ value: String) -> JSONValue {
        .object(["type": .string("TextualBody"), "purpose": .string("tagging"), "value": .string(value)])
    }

    static func person(_ name: String) -> JSONValue? {
        name.isEmpty ? nil : .object(["type": .string("Person"), "name": .string(name)])
    }

    /// A time the model accepts (RFC 3339: ASCII digits, a real day, a real hour); nil for
    /// anything else, which is left out.
    static func date(_ time: String) -> JSONValue? {
        let bytes = Array(time.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        func byte(_ index: Int, _ character: Character) -> Bool { index < bytes.count && bytes[index] == character.asciiValue! }
        guard let year = number(0..<4), byte(4, "-"), let month = number(5..<7), byte(7, "-"), let day = number(8..<10),
              byte(10, "T") || byte(10, "t"), let hour = number(11..<13), byte(13, ":"), let minute = number(14..<16), byte(16, ":"),
              let second = number(17..<19), (1...12).contains(month), hour < 24, minute < 60, second <= 60 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        }
        if byte(index, "Z") || byte(index, "z") {
            index += 1
        } else if byte(index, "+") || byte(index, "-"), let zoneHour = number((index + 1)..<(index + 3)), byte(index + 3, ":"),
                  let zoneMinute = number((index + 4)..<(index + 6)), zoneHour < 24, zoneMinute < 60 {
            index += 6
        } else {
            return nil
        }
        return index == bytes.count ? .string(time) : nil
    }

    /// An address usable as an IRI: absolute, with no spaces or characters IRIs forbid.
    static func absoluteIRI(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII && first.isLetter,
              text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              !text.contains(where: { $0.isWhitespace || "<>\"{}|\\^`".contains($0) || ($0.asciiValue ?? 0x20) < 0x20 }) else { return nil }
        return text
    }

    static func percentEncoded(_ text: String) -> String {
        PercentEncoding.encode(text)
    }

    /// The IRI an article is annotated at: its URL, else its file.
    public static func articleIRI(_ article: Article) -> String {
        article.metadata.url.flatMap(absoluteIRI) ?? URL(fileURLWithPath: article.path).standardizedFileURL.absoluteString
    }
}
