import LateralCore

/// An open article whose files change on disk while it is read (another editor, a script, a
/// `git pull`, the user's own editor through `E`): read again, the view kept, its claims
/// anchored anew, and what moved said in the status line.
extension ReaderState {
    /// The files the terminal watches for changes: every article on the back stack (not only
    /// the one on screen: a change made while help is open shows when the article is back)
    /// and their claims files.
    public var watchedFiles: [String] {
        var files: [String] = []
        for case .article(let open) in screens where open.sourceContext == nil && !files.contains(open.path) {
            files += [open.path, SidecarFile.path(forArticle: open.path)]
        }
        return files
    }

    /// Files changed on disk: every open article they belong to is read again.
    mutating func filesChanged(_ paths: [String], effects: inout [Effect]) {
        for index in screens.indices {
            guard case .article(let open) = screens[index], open.sourceContext == nil, !open.claimsPending,
                  paths.contains(open.path) || paths.contains(SidecarFile.path(forArticle: open.path)) else { continue }
            effects.append(.reloadArticle(reloadRequest(at: index)))
        }
    }

    /// A request to read the article on a screen again; only the newest one's answer is taken.
    mutating func reloadRequest(at index: Int) -> ReloadRequest {
        guard case .article(var open) = screens[index] else { preconditionFailure("not an article") }
        open.reloadSequence += 1
        screens[index] = .article(open)
        // A claims file that could not be read is read again even if its bytes are those read
        // before it broke (a `git checkout` putting it back).
        return ReloadRequest(articleID: open.id, sequence: open.reloadSequence, path: open.path, body: open.article.body,
                             metadata: open.article.metadata, claimsDigest: open.disk.digest, force: open.claimsProblem != nil)
    }

    /// `E`: the article's file in the user's editor, at the line on top of the screen.
    mutating func editArticle(effects: inout [Effect]) {
        guard let open = article else { return }
        if let reason = editingBlocked(open) {
            message = reason
            return
        }
        let topByte = open.article.body.byteOffset(ofScalar: open.layout.startOffset(at: open.top))
        let line = open.article.bodyFirstLine + open.article.body.bytes[..<topByte].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        effects.append(.editArticle(ArticleEdit(articleID: open.id, path: open.path, line: line)))
    }

    mutating func receive(_ answer: ArticleEditAnswer, effects: inout [Effect]) {
        if let failure = answer.failure {
            message = failure.message
            return
        }
        guard let index = screens.lastIndex(where: { if case .article(let open) = $0 { open.id == answer.request.articleID } else { false } })
        else { return }
        effects.append(.reloadArticle(reloadRequest(at: index)))
    }

    /// The article as read again: shown with the view kept, or, when it cannot be read,
    /// left as it was, saying why.
    mutating func receive(_ answer: ReloadAnswer, effects: inout [Effect]) {
        guard let index = screens.lastIndex(where: { if case .article(let open) = $0 { open.id == answer.request.articleID } else { false } }),
              case .article(let open) = screens[index] else { return }
        // An answer overtaken by a newer reload, or by a save since it was asked for (which
        // merged whatever was on disk), would show older claims than the file holds.
        guard answer.request.sequence == open.reloadSequence, answer.request.claimsDigest == open.disk.digest else { return }
        let reloaded: Reloaded
        switch answer.result {
        case .success(let value): reloaded = value
        case .failure(let problem):
            message = "the article changed on disk and cannot be read now: \(problem.description) — this is the text as it was"
            return
        }
        guard let claims = reloaded.claims else { return }
        var loaded: LoadedClaims
        switch claims {
        case .success(let value): loaded = value
        case .failure(let problem):
            var kept = open
            kept.claimsProblem = problem.description
            screens[index] = .article(kept)
            message = "the claims file changed on disk and cannot be read: \(problem.description) — nothing is written over it until it can"
            return
        }
        if loaded.diskDigest == nil && open.disk.digest != nil {
            // Deleted while open: what is shown is all there is; the next change writes it again.
            message = "the claims file was deleted on disk: its claims are kept here, and written again with your next change"
            return
        }
        let disk = DiskVersion(sidecar: loaded.sidecar, digest: loaded.diskDigest, claimPlaces: loaded.claimPlaces)
        // Changes not yet written (a write that failed) are merged into what is on disk now.
        let unsaved = open.sidecar != open.disk.sidecar
        if unsaved {
            guard let merged = try? SidecarMerge.merge(base: open.disk.sidecar, ours: open.sidecar, theirs: loaded.sidecar) else {
                message = "the claims file changed on disk and cannot be merged with your unsaved changes; they are kept here"
                return
            }
            let anchorer = Anchorer(text: reloaded.article?.body ?? open.article.body)
            loaded = LoadedClaims(sidecar: merged.sidecar, anchors: merged.sidecar.claims.map(anchorer.anchor), diskDigest: loaded.diskDigest)
        }
        var fresh = open.reloaded(article: reloaded.article, claims: loaded, disk: disk, asciiGlyphs: asciiGlyphs)
        fresh.claimsProblem = nil
        message = ReloadSummary.describe(before: open, after: fresh, textChanged: reloaded.article != nil)
        screens[index] = .article(fresh)
        if index == screens.count - 1 {
            relayoutArticle()
            if unsaved { requestSave(effects: &effects) }
        }
    }
}

/// What reading an article again changed, in a few words: "the claims file changed on
/// disk: 2 new, 1 changed" or "the article changed on disk: 5 claims moved, 1 orphan".
enum ReloadSummary {
    static func describe(before: OpenArticle, after: OpenArticle, textChanged: Bool) -> String {
        var old: [String: (claim: Claim, anchor: AnchorResult)] = [:]
        for (claim, anchor) in zip(before.sidecar.claims, before.anchors) { old[claim.id] = (claim, anchor) }
        var counts: [String: Int] = [:]
        for (claim, anchor) in zip(after.sidecar.claims, after.anchors) {
            guard let was = old.removeValue(forKey: claim.id) else {
                counts["new", default: 0] += 1
                continue
            }
            if was.claim != claim { counts["changed", default: 0] += 1 }
            if anchor.range == nil && was.anchor.range != nil {
                counts["orphan", default: 0] += 1
            } else if anchor.method == .fuzzy && was.anchor.method != .fuzzy {
                counts["fuzzy", default: 0] += 1
            } else if anchor.range != was.anchor.range {
                counts["moved", default: 0] += 1
            }
        }
        counts["deleted"] = old.isEmpty ? nil : old.count
        let parts = [("new", "new"), ("changed", "changed"), ("deleted", "deleted"), ("moved", "moved"), ("fuzzy", "now fuzzy"),
                     ("orphan", "orphaned")]
            .compactMap { key, words in counts[key].map { "\(Plural.count($0, "claim")) \(words)" } }
        let what = textChanged ? "the article changed on disk" : "the claims file changed on disk"
        return what + (parts.isEmpty ? ": read again" : ": " + parts.joined(separator: ", "))
    }
}
