import LateralCore

/// Sources in the reader: a claim linked to one of the article's sources or to a new one
/// described in a form, in a relation, with the passage it rests on; a link taken away; a
/// source edited or deleted from the side pane's list.
extension ReaderState {
    mutating func reduceLinking(_ action: Action) {
        switch action {
        case .linkSource:
            guard let claim = claimToAnnotate(), let open = article else { return }
            overlay = .menu(.linkSource(of: claim, in: open.sidecar))
        case .unlinkSource:
            guard let claim = claimToAnnotate(), let open = article else { return }
            guard !claim.links.isEmpty else {
                message = "claim \(claim.id) has no sources: l links one"
                return
            }
            overlay = .menu(.unlink(claim, in: open.sidecar))
        case .editSource:
            guard let source = sourceInList() else { return }
            overlay = .form(SourceForm(purpose: .edit(sourceID: source.id), source: source))
        default:
            break
        }
    }

    /// The source selected in the side pane's list, or nil with a message saying how to select one.
    mutating func sourceInList() -> Source? {
        guard let open = article else { return nil }
        if let reason = editingBlocked(open) {
            message = reason
            return nil
        }
        guard open.sidePaneFocused, let row = open.listSelection, open.sidecar.sources.indices.contains(row) else {
            message = "select a source in the side list first (Ctrl-W, then j down to the sources)"
            return nil
        }
        return open.sidecar.sources[row]
    }

    /// `D` on a source of the side list: asks first, saying what goes with it.
    mutating func askToDeleteSource(_ source: Source) {
        let users = article?.sidecar.claims.filter { $0.links.contains { $0.source == source.id } }.count ?? 0
        let links = users == 0 ? "no claim links to it" : "the links of \(Plural.count(users, "claim")) to it go too"
        overlay = .confirm(Confirmation(purpose: .deleteSource(id: source.id), question: "delete source \(source.id) “\(source.title)”? \(links)"))
    }

    /// Deletes a source; the side list's selection goes to the source after it.
    mutating func deleteSource(id: String, effects: inout [Effect]) {
        let row = article?.listSelection
        editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in try sidecar.removeSource(id: id, stamp: stamp) }
        guard var open = article, let row else { return }
        open.listSelection = open.sidecar.sources.isEmpty ? nil : min(row, open.sidecar.sources.count - 1)
        article = open
    }

    /// An item picked in one of the menus of linking.
    mutating func chooseInLinking(_ index: Int, purpose: ChoiceMenu.Purpose, effects: inout [Effect]) {
        switch purpose {
        case .linkSource(let claimID, let sourceIDs):
            if index == 0 {
                overlay = .form(SourceForm(purpose: .new(claimID: claimID)))
            } else {
                overlay = .menu(.relation(LinkDraft(claimID: claimID, sourceID: sourceIDs[index - 1])))
            }
        case .relation(var draft):
            draft.relation = Relation.allCases[index]
            overlay = .editor(TextEditor(purpose: .passage(draft), text: ""))
            message = "the source's own words, copied exactly (paste them), or none: Ctrl-S"
        case .unlink(let claimID, let links):
            let link = links[index]
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.editClaim(id: claimID, stamp: stamp, summary: "claim \(claimID) no longer \(link.relation.rawValue) \(link.source)") {
                    (claim: inout Claim) throws(EditRefusal) in
                    try claim.unlink(link)
                }
            }
        case .verdict, .attribution:
            break
        }
    }

    /// Ctrl-S in a source's form: a new source goes on to its relation; an edited one is saved.
    /// What is wrong with it is said, the form kept open on that field.
    mutating func saveForm(_ form: SourceForm, effects: inout [Effect]) {
        guard let open = article else { return }
        var form = form
        var source: Source
        switch form.purpose {
        case .new: source = Source(id: "", title: "", kind: .secondary)
        case .edit(let id):
            guard let existing = open.sidecar.source(id: id) else {
                overlay = nil
                message = "source \(id) is no longer in the claims file"
                return
            }
            source = existing
        }
        do {
            try form.fill(&source)
        } catch {
            message = error.message
            overlay = .form(form)
            return
        }
        switch form.purpose {
        case .new(let claimID):
            source.id = open.sidecar.newSourceID(title: source.title)
            overlay = .menu(.relation(LinkDraft(claimID: claimID, sourceID: source.id, newSource: source)))
        case .edit(let id):
            overlay = nil
            let edited = source
            editClaims(effects: &effects) { sidecar, _ throws(EditRefusal) in
                try sidecar.editSource(id: id, summary: "source \(id) saved") { $0 = edited }
            }
        }
    }

    /// The last step of linking: the passage (perhaps none), and the link made, with the new
    /// source if there is one, as one change.
    mutating func finishLink(_ draft: LinkDraft, passage: String, effects: inout [Effect]) {
        let passage = passage.trimmed()
        editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
            try sidecar.linkClaim(draft.claimID, to: draft.sourceID, relation: draft.relation, passage: passage.isEmpty ? nil : passage,
                                  adding: draft.newSource, stamp: stamp)
        }
    }
}
