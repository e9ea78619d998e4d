import Foundation
import LateralCore

/// Writes a library for the benchmark, the same for the same seed: articles of mixed Latin,
/// CJK and emoji text in long and short paragraphs, each with a claims file whose claims quote
/// sentences of it, with verdicts, rationales, notes and links to realistic sources.
public struct LibraryGenerator {
    /// SplitMix64: small, fast, and the same sequence on every machine.
    public struct Random {
        var state: UInt64
        public init(state: UInt64) { self.state = state }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let words = ("the council advisory workers report claims officials said according to government analysts data "
        + "budget sanctions exchange market million billion percent year figures source documents evidence "
        + "statement investigation regime revenue contracts freelance platforms companies security network "
        + "ministry agency court filing hearing testimony witness record published estimate survey election").split(separator: " ").map(String.init)
    static let accented = ["réviseurs", "Zürich", "São Paulo", "façade", "naïve", "Ångström", "Dvořák", "Łódź"]
    static let cjk = ["北韩", "工作者", "正在", "涌入", "自由市场", "報告書", "政府", "데이터", "발표", "東京"]
    static let emoji = ["📈", "🔍", "✅", "⚠️", "👩🏽‍💻", "🇰🇷"]
    static let publishers = ["U.S. Department of State", "Reuters", "Associated Press", "Bank of Korea", "Yonhap News Agency",
                             "UN Panel of Experts", "Elliptic", "Court of Appeal", "Statistics Korea", "City council"]

    public var seed: UInt64

    public init(seed: UInt64 = 2026) {
        self.seed = seed
    }

    /// An article body of about `bytes` bytes and the scalar ranges of its sentences.
    func body(bytes: Int, random: inout Random) -> (text: String, sentences: [Range<Int>]) {
        var text = ""
        text.reserveCapacity(bytes + 1024)
        var sentences: [Range<Int>] = []
        var scalars = 0
        var paragraph = 0
        func append(_ piece: String) {
            text += piece
            scalars += piece.unicodeScalars.count
        }
        while text.utf8.count < bytes {
            if paragraph % 25 == 0 { append("## Section \(paragraph / 25 + 1)\n\n") }
            // Most paragraphs are short; some run to twenty sentences.
            let count = random.chance(70) ? 1 + random.below(3) : 8 + random.below(13)
            for index in 0..<count {
                if index > 0 { append(" ") }
                let start = scalars
                append(sentence(random: &random))
                sentences.append(start..<scalars)
            }
            append("\n\n")
            paragraph += 1
        }
        return (text, sentences)
    }

    func sentence(random: inout Random) -> String {
        var words: [String] = []
        for index in 0..<(8 + random.below(13)) {
            let roll = random.below(100)
            var word = roll < 85 ? random.pick(Self.words) : roll < 93 ? random.pick(Self.cjk) : roll < 97 ? random.pick(Self.accented) : random.pick(Self.emoji)
            if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            words.append(word)
        }
        if random.chance(20) { words.insert("\(random.below(900) + 100),\(random.below(900) + 100)", at: random.below(words.count)) }
        return words.joined(separator: " ") + "."
    }

    /// Writes `NAME.md` and `NAME.claims.json` in a folder.
    public func writeArticle(named name: String, in folder: String, bytes: Int, claims claimCount: Int) throws {
        var random = Random(state: seed ^ UInt64(truncatingIfNeeded: name.hashValueStable))
        let (body, sentences) = body(bytes: bytes, random: &random)
        let header = "---\ntitle: \(name.capitalized) report\noutlet: \(random.pick(Self.publishers))\ndate: 2024-\(String(format: "%02d", 1 + random.below(12)))-\(String(format: "%02d", 1 + random.below(28)))\nlanguage: en\n---\n"
        try Data((header + body).utf8).write(to: URL(fileURLWithPath: folder + "/\(name).md"))
        let text = ScalarText(body)
        let sources = (0..<max(1, min(40, claimCount / 5 + 1))).map { index in
            Source(id: "s\(index + 1)", title: "Document \(index + 1): " + sentence(random: &random), publisher: random.pick(Self.publishers),
                   date: "2023-\(String(format: "%02d", 1 + random.below(12)))", url: "https://example.org/doc/\(index + 1)",
                   kind: random.chance(40) ? .primary : .secondary,
                   passages: [Passage(id: "p1", exact: sentence(random: &random))])
        }
        let stamp = Stamp(author: "benchmark", time: "2024-06-01T12:00:00Z")
        let verdicts: [Verdict] = [.true, .mostlyTrue, .mixed, .misleading, .false, .unverifiable, .opinion, .unverified]
        // Claims spread over the sentences in text order; more claims than sentences quote parts of them.
        let claims = (0..<claimCount).map { index -> Claim in
            let sentence = sentences[Int(Double(index) / Double(max(1, claimCount)) * Double(sentences.count))]
            let length = max(1, min(sentence.count, 20 + random.below(60)))
            let range = sentence.lowerBound..<(sentence.lowerBound + length)
            let verdict = random.pick(verdicts)
            let source = random.pick(sources)
            var claim = Claim(id: "c\(index + 1)", quote: QuoteSelector(text: text, range: range),
                              position: PositionSelector(start: range.lowerBound, end: range.upperBound), verdict: verdict,
                              rationale: verdict == .unverified ? nil : self.sentence(random: &random),
                              links: [SourceLink(source: source.id, relation: verdict == .false ? .refutes : .supports, passage: "p1")],
                              created: stamp, modified: stamp)
            if random.chance(10) { claim.notes = [Note(author: "benchmark", time: stamp.time, text: self.sentence(random: &random))] }
            return claim
        }
        let sidecar = Sidecar(sources: sources, claims: claims)
        try Data(SidecarFile.encode(sidecar)).write(to: URL(fileURLWithPath: SidecarFile.path(forArticle: folder + "/\(name).md")))
    }
}

extension String {
    /// A hash that is the same in every run (Swift's own is seeded per process).
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
