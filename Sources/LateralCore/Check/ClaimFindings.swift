
/// The findings about claims and sources that are not errors of syntax: anchors that moved
/// or were lost, verdicts that rest on no source, links to sources that do not exist.
struct ClaimFindings {
    let sidecarFile: SidecarFile
    let article: Article
    let anchors: [AnchorResult]

    func all() -> [FileProblem] {
        let sidecar = sidecarFile.sidecar
        // Built at the first finding, once: every finding needs a line and column in the same
        // file, and a clean file needs none.
        var map: JSONSourceMap?
        func problem(_ path: [JSONSourceMap.PathComponent], _ severity: FileProblem.Severity, _ message: String) -> FileProblem {
            if map == nil, let bytes = sidecarFile.originalBytes { map = JSONSourceMap(bytes: bytes) }
            return FileProblem(path: sidecarFile.path, at: map?.location(of: path), severity: severity, message: message)
        }
        var findings: [FileProblem] = []
        for (index, source) in sidecar.sources.enumerated() {
            findings += localCopyFindings(source).map { problem([.key("sources"), .index(index), .key("localCopy")], $0.0, $0.1) }
        }
        // Where the first source of each id is, as `Sidecar.source(id:)` finds it: looked up per
        // link, a search through the sources copied each one it passed.
        var sourceIndexes: [String: Int] = [:]
        for (index, source) in sidecar.sources.enumerated() where sourceIndexes[source.id] == nil { sourceIndexes[source.id] = index }
        for (index, claim) in sidecar.claims.enumerated() {
            let claimPath: [JSONSourceMap.PathComponent] = [.key("claims"), .index(index)]
            findings += anchorFindings(claim, anchors[index]).map { problem(claimPath + [.key("position")], $0.0, $0.1) }
            for (conflictIndex, conflict) in claim.conflicts.enumerated() {
                findings.append(problem(claimPath + [.key("conflicts"), .index(conflictIndex)], .error,
                                        "claim \"\(claim.id)\": \(conflict.summary); settle it in the reader: select the claim, K keeps the first value, O takes the other"))
            }
            for (linkIndex, link) in claim.links.enumerated() {
                let linkPath = claimPath + [.key("links"), .index(linkIndex)]
                guard let sourceIndex = sourceIndexes[link.source] else {
                    findings.append(problem(linkPath + [.key("source")], .error,
                                            "claim \"\(claim.id)\" links to source \"\(link.source)\", which is not in \"sources\""))
                    continue
                }
                if let passage = link.passage, sidecar.sources[sourceIndex].passage(id: passage) == nil {
                    findings.append(problem(linkPath + [.key("passage")], .error,
                                            "claim \"\(claim.id)\" names passage \"\(passage)\", which source \"\(link.source)\" does not have"))
                }
            }
            if claim.verdict.needsEvidence && !claim.links.contains(where: { $0.relation != .cites }) {
                findings.append(problem(claimPath + [.key("verdict")], .warning,
                                        "claim \"\(claim.id)\" has the verdict \"\(claim.verdict.label)\" but no source that supports, refutes or gives context"))
            }
            // Unverifiable is a finding too: it names the source that could not be checked.
            if claim.verdict == .unverifiable && claim.links.isEmpty {
                findings.append(problem(claimPath + [.key("verdict")], .warning,
                                        "claim \"\(claim.id)\" is unverifiable but names no source; link the source that could not be checked"))
            }
        }
        for (index, source) in sidecar.sources.enumerated() {
            for (conflictIndex, conflict) in source.conflicts.enumerated() {
                findings.append(problem([.key("sources"), .index(index), .key("conflicts"), .index(conflictIndex)], .error,
                                        "source \"\(source.id)\": \(conflict.summary); choose one and remove the conflict from the file"))
            }
        }
        return findings
    }

    private func anchorFindings(_ claim: Claim, _ anchor: AnchorResult) -> [(FileProblem.Severity, String)] {
        let stored = "\(claim.position.start)–\(claim.position.end)"
        let pastEnd = claim.position.end > article.body.scalarCount
            ? " (its stored position \(stored) is past the end of the text, \(article.body.scalarCount) scalars)" : ""
        switch anchor.method {
        case .exact:
            return []
        case .moved:
            let range = anchor.range!
            return [(.warning, "claim \"\(claim.id)\" moved from \(stored) to \(range.lowerBound)–\(range.upperBound)\(pastEnd); `lateral check --fix` records it")]
        case .fuzzy:
            let range = anchor.range!
            let found = article.body.string(scalars: range)
            return [(.warning, "claim \"\(claim.id)\" moved from \(stored) to \(range.lowerBound)–\(range.upperBound) and its text changed (\(Plural.count(anchor.editDistance, "edit"))): now \"\(VisibleText.make(found, keepNewlines: false))\"\(pastEnd); `lateral check --fix` records it")]
        case .orphan:
            return [(.error, "claim \"\(claim.id)\" is an orphan: its quote \"\(VisibleText.make(claim.quote.exact, keepNewlines: false))\" is no longer in the article\(pastEnd)")]
        }
    }
}

extension ClaimFindings {
    /// A source's local copy: missing, changed since it was retrieved, or without a passage
    /// the claims quote from it.
    func localCopyFindings(_ source: Source) -> [(FileProblem.Severity, String)] {
        guard let copy = source.localCopy else { return [] }
        let folder = Path.folder(of: sidecarFile.path)
        let path = (folder.isEmpty ? "." : folder) + "/" + copy
        guard let bytes = try? TextFile.readBytes(path) else {
            return [(.error, "source \"\(source.id)\" has a local copy \(copy) that is not there; import it again: lateral import ADDRESS --source-of ARTICLE --source \(source.id)")]
        }
        var findings: [(FileProblem.Severity, String)] = []
        if let kept = source.localCopySHA256, SHA256.hex(bytes) != kept.lowercased() {
            findings.append((.warning, "source \"\(source.id)\": its local copy \(copy) changed since it was retrieved (its SHA-256 is not the one kept); look at what changed, or import it again"))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for passage in source.passages where !text.contains(passage.exact) {
            findings.append((.warning, "source \"\(source.id)\": passage \"\(passage.id)\" is not in its local copy \(copy)"))
        }
        return findings
    }
}
