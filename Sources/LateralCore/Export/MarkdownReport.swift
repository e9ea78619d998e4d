/// A fact-check report a newsroom could publish, shaped by the IFCN Code of Principles
/// (transparency of sources, of methodology, and an open corrections policy): each claim with
/// its verdict and rationale; every source detailed enough for a reader to check it again; the
/// method; and a corrections log made from the verdicts' history.
public enum MarkdownReport {
    /// The method used when the library has no `METHODOLOGY.md` of its own.
    public static let defaultMethodology = """
        Each claim marked in the article was checked against the sources listed under it, primary \
        documents first. Two questions are answered for every claim: did the person or body it is \
        attributed to say it (attribution), and is it true (verdict). Verdicts run true, mostly true, \
        mixed, misleading and false; unverifiable is for what could not be settled after looking, and \
        opinion for what is not a checkable claim. Every verdict rests on the quoted passages of its \
        sources, copied exactly; where a source could not be read, its note says so.
        """

    /// Text from the files, made to read as written and nothing more: every character Markdown
    /// or HTML gives a meaning is escaped (a rationale cannot make a heading, a link, a tag),
    /// and a line cannot start a list or a quote.
    static func escaped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = ""
            for character in line {
                if "\\`*_[]<>#|!&~{}".contains(character) { out.append("\\") }
                out.append(character)
            }
            // "- ", "+ ", "1. ", "1) " or "=" at a line's start would start a list or a heading.
            if let first = out.first, "-+=".contains(first) {
                out.insert("\\", at: out.startIndex)
            } else if let marker = out.firstIndex(where: { !$0.isNumber }), marker != out.startIndex, ".)".contains(out[marker]) {
                out.insert("\\", at: marker)
            }
            return out
        }.joined(separator: "\n")
    }

    /// - Parameters:
    ///   - anchors: where each claim stands now, to number them in text order.
    ///   - methodology: the library's own `METHODOLOGY.md`, if it has one.
    public static func text(article: Article, sidecar: Sidecar, anchors: [AnchorResult], methodology: String?) -> String {
        func safe(_ text: String, lines: Bool = false) -> String {
            escaped(VisibleText.make(lines ? text : text.replacingEvery("\n", with: " "), keepNewlines: lines))
        }
        /// An address as a link only when it is a web address; else as text.
        func link(_ url: String) -> String {
            let lowered = url.lowercased()
            let plain = !url.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || ($0.asciiValue ?? 0x20) < 0x20 }
            return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && plain ? "<\(url)>" : safe(url)
        }
        func isHexDigest(_ text: String) -> Bool {
            text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        }
        var out: [String] = []
        let metadata = article.metadata
        out.append("# Fact-check: \(safe(article.title))")
        out.append("")
        let about = [metadata.outlet, metadata.author, metadata.date].compactMap { $0 }.map { safe($0) }.joined(separator: " · ")
        if !about.isEmpty { out.append(about + "  ") }
        if let url = metadata.url { out.append(link(url)) }
        if !about.isEmpty || metadata.url != nil { out.append("") }

        let order = sidecar.claims.indices.sorted { a, b in
            ((anchors[a].range?.lowerBound ?? Int.max), a) < ((anchors[b].range?.lowerBound ?? Int.max), b)
        }
        var counts: [Verdict: Int] = [:]
        for claim in sidecar.claims { counts[claim.verdict, default: 0] += 1 }
        out.append("## Summary")
        out.append("")
        let tally = Verdict.allCases.compactMap { verdict in counts[verdict].map { "\($0) \(verdict.label)" } }.joined(separator: ", ")
        out.append("\(Plural.count(sidecar.claims.count, "claim")) checked: \(tally).")
        out.append("")

        out.append("## Claims")
        out.append("")
        var numbers: [String: Int] = [:]
        for (number, index) in order.enumerated() {
            let claim = sidecar.claims[index]
            numbers[claim.id] = number + 1
            out.append("### \(number + 1). “\(safe(claim.quote.exact))” — \(claim.verdict.label.capitalizedFirst)")
            out.append("")
            var facts = ["Attribution: \(claim.attribution.label)"]
            if let claimant = claim.claimant { facts.insert("Claimed by: \(safe(claimant))", at: 0) }
            if anchors[index].range == nil { facts.append("no longer found in the article's text") }
            out.append(facts.joined(separator: " · ") + "  ")
            out.append("")
            if let rationale = claim.rationale {
                out.append(safe(rationale, lines: true))
                out.append("")
            }
            if !claim.links.isEmpty {
                out.append("Sources:")
                out.append("")
                for link in claim.links {
                    let source = sidecar.source(id: link.source)
                    var line = "- \(link.relation.rawValue): " + (source.map { safe($0.title) } ?? "missing source \(safe(link.source))")
                    if let passage = link.passage.flatMap({ source?.passage(id: $0) }) {
                        line += " — “\(safe(passage.exact))”" + (passage.location.map { " (\(safe($0)))" } ?? "")
                    }
                    out.append(line)
                }
                out.append("")
            }
            for note in claim.notes {
                out.append("> Note by \(safe(note.author)), \(safe(note.time)): \(safe(note.text))")
                out.append("")
            }
        }

        out.append("## Sources")
        out.append("")
        for source in sidecar.sources {
            var line = "- **\(safe(source.title))**"
            let details = [source.author, source.publisher, source.date].compactMap { $0 }.map { safe($0) }
            if !details.isEmpty { line += ". " + details.joined(separator: ", ") }
            line += ". \(source.kind == .primary ? "Primary source" : "Secondary source")."
            if let url = source.url { line += " " + link(url) }
            if let archived = source.archivedURL { line += " (archived: \(link(archived)))" }
            if let retrieved = source.retrieved {
                // The hash lets a reader who is sent the kept copy know it is the one checked.
                line += " Retrieved \(safe(retrieved))" + (source.localCopySHA256.flatMap { isHexDigest($0) ? ", kept copy's SHA-256 `\($0)`" : nil } ?? "") + "."
            }
            if let note = source.note { line += " \(safe(note))" }
            out.append(line)
        }
        out.append("")

        out.append("## Methodology")
        out.append("")
        out.append(safe((methodology ?? defaultMethodology).trimmed(), lines: true))
        out.append("")

        // A verdict given for the first time is not a correction; one changed afterwards is.
        out.append("## Corrections")
        out.append("")
        let changes = sidecar.claims.flatMap { claim in claim.history.filter { $0.from != .unverified }.map { (claim, $0) } }
            .sorted { $0.1.time < $1.1.time }
        if changes.isEmpty {
            out.append("No verdict has been changed since it was first given.")
        } else {
            for (claim, change) in changes {
                let number = numbers[claim.id].map { "\($0) (\(claim.id))" } ?? claim.id
                out.append("- \(safe(change.time)): \(safe(change.author)) changed the verdict of claim \(number) from "
                           + "\(change.from.label) to \(change.to.label); its rationale above says why.")
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }
}
