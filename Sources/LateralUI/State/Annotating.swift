import LateralCore

/// Annotating the open article's claims: every change is made here on the state, kept for
/// undo, and handed to the terminal layer to be saved before the next key (`saveClaims`);
/// the reducer itself never writes.
extension ReaderState {
    var stamp: Stamp { Stamp(author: author, time: clock()) }

    /// Why the claims on screen cannot be changed now, if they cannot.
    func editingBlocked(_ open: OpenArticle) -> String? {
        if open.sourceContext != nil { return "this is a source's copy: its claims are annotated in the article" }
        if open.claimsPending { return "the claims are still being read" }
        if let problem = open.claimsProblem { return "the claims file cannot be read, so nothing is written over it: \(problem)" }
        return nil
    }

    /// The selected claim of the open article, or nil with a message saying what to do.
    mutating func claimToAnnotate() -> Claim? {
        guard let open = article else { return nil }
        if let reason = editingBlocked(open) {
            message = reason
            return nil
        }
        guard let selected = open.selected else {
            message = "select a claim first (Tab)"
            return nil
        }
        return open.sidecar.claims[selected]
    }

    mutating func reduceAnnotation(_ action: Action, effects: inout [Effect]) {
        switch action {
        case .undo, .redo:
            undoOrRedo(redo: action == .redo, effects: &effects)
            return
        case .deleteClaim where article?.sidePaneFocused == true && article?.listSelection != nil:
            if let source = sourceInList() { askToDeleteSource(source) }
            return
        default: break
        }
        guard let claim = claimToAnnotate() else { return }
        switch action {
        case .chooseVerdict:
            overlay = .menu(.verdicts(of: claim, ascii: asciiGlyphs))
        case .chooseAttribution:
            overlay = .menu(.attributions(of: claim))
        case .editRationale:
            overlay = .editor(TextEditor(purpose: .rationale(claimID: claim.id), text: claim.rationale ?? ""))
        case .addNote:
            overlay = .editor(TextEditor(purpose: .note(claimID: claim.id), text: ""))
        case .deleteClaim:
            let whole = VisibleText.make(claim.quote.exact, keepNewlines: false)
            let quote = DisplayWidth.of(whole) <= 40 ? whole : Wrapping.firstLine(whole, width: 39) + "…"
            overlay = .confirm(Confirmation(purpose: .deleteClaim(id: claim.id), question: "delete claim \(claim.id) “\(quote)”, its verdict and notes?"))
        case .keepConflict, .takeOtherSide:
            guard let conflict = claim.conflicts.first else {
                message = "claim \(claim.id) has no conflict"
                return
            }
            let takingOther = action == .takeOtherSide
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.resolveConflict(claim: claim.id, at: 0, takingOther: takingOther, stamp: stamp)
            }
            if conflict.field == Conflict.deletedClaim && takingOther { message = "claim \(claim.id) deleted, as the other side had it" }
        default:
            break
        }
    }

    mutating func reduceOverlay(_ action: Action, effects: inout [Effect]) {
        guard let overlay else { return }
        switch action {
        case .resize, .redraw, .quit:
            reduceKey(action, effects: &effects)
            return
        case .cancel:
            self.overlay = nil
            return
        default: break
        }
        switch overlay {
        case .menu(var menu):
            switch action {
            case .lineDown: menu.selection = min(menu.items.count - 1, menu.selection + 1)
            case .lineUp: menu.selection = max(0, menu.selection - 1)
            case .open: choose(menu.selection, in: menu, effects: &effects); return
            case .menuPick(let index): choose(index, in: menu, effects: &effects); return
            default: return
            }
            self.overlay = .menu(menu)
        case .editor(var editor):
            guard case .edit(let command) = action else { return }
            switch command {
            case .save:
                self.overlay = nil
                save(editor.text, for: editor.purpose, effects: &effects)
            case .external:
                effects.append(.editExternally(ExternalEdit(editor: editor)))
            default:
                editor.apply(command)
                self.overlay = .editor(editor)
            }
        case .form(var form):
            switch action {
            case .lineDown: form.moveFocus(by: 1)
            case .lineUp: form.moveFocus(by: -1)
            case .edit(.save):
                saveForm(form, effects: &effects)
                return
            case .edit(let command): form.apply(command)
            default: return
            }
            self.overlay = .form(form)
        case .confirm(let confirmation):
            guard case .confirm(let yes) = action else { return }
            self.overlay = nil
            guard yes else {
                message = "nothing changed"
                return
            }
            switch confirmation.purpose {
            case .deleteClaim(let id):
                editClaims(effects: &effects) { sidecar, _ throws(EditRefusal) in try sidecar.removeClaim(id: id) }
            case .deleteSource(let id):
                deleteSource(id: id, effects: &effects)
            case .leaveUnsaved:
                if var open = article {
                    open.unsavedProblem = nil
                    article = open
                }
                goBack()
            }
        }
    }

    private mutating func choose(_ index: Int, in menu: ChoiceMenu, effects: inout [Effect]) {
        overlay = nil
        switch menu.purpose {
        case .verdict(let id):
            let verdict = Verdict.allCases[index]
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.editClaim(id: id, stamp: stamp, summary: "verdict of claim \(id): \(verdict.label)") { $0.setVerdict(verdict, stamp: stamp) }
            }
        case .attribution(let id):
            let attribution = Attribution.allCases[index]
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.editClaim(id: id, stamp: stamp, summary: "attribution of claim \(id): \(attribution.label)") { $0.attribution = attribution }
            }
        case .linkSource, .relation, .unlink:
            chooseInLinking(index, purpose: menu.purpose, effects: &effects)
        }
    }

    /// What the editor wrote, saved into its claim.
    mutating func save(_ text: String, for purpose: TextEditor.Purpose, effects: inout [Effect]) {
        let trimmed = text.trimmed()
        switch purpose {
        case .rationale(let id):
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.editClaim(id: id, stamp: stamp, summary: trimmed.isEmpty ? "rationale of claim \(id) removed" : "rationale of claim \(id) saved") {
                    $0.rationale = trimmed.isEmpty ? nil : trimmed
                }
            }
        case .note(let id):
            guard !trimmed.isEmpty else {
                message = "an empty note is not added"
                return
            }
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.editClaim(id: id, stamp: stamp, summary: "note added to claim \(id)") { $0.addNote(trimmed, stamp: stamp) }
            }
        case .passage(let draft):
            finishLink(draft, passage: text, effects: &effects)
        case .field:
            break
        }
    }

    /// Makes an edit of the open article's claims, keeps it for undo, and asks for a save.
    mutating func editClaims(effects: inout [Effect], _ edit: (inout Sidecar, Stamp) throws(EditRefusal) -> SidecarChange?) {
        guard var open = article else { return }
        if let reason = editingBlocked(open) {
            message = reason
            return
        }
        var sidecar = open.sidecar
        let change: SidecarChange
        do {
            guard let made = try edit(&sidecar, stamp), !made.isEmpty else {
                message = "nothing changed"
                return
            }
            change = made
        } catch {
            message = error.message
            return
        }
        open.undoStack.append(change)
        open.redoStack = []
        open.update(to: sidecar, asciiGlyphs: asciiGlyphs)
        article = open
        message = change.summary
        requestSave(effects: &effects)
    }

    /// `u` and Ctrl-R: take the last change back, or make it again; saved like any change.
    mutating func undoOrRedo(redo: Bool, effects: inout [Effect]) {
        guard var open = article else { return }
        if let reason = editingBlocked(open) {
            message = reason
            return
        }
        guard let change = redo ? open.redoStack.popLast() : open.undoStack.popLast() else {
            message = redo ? "nothing to redo" : "nothing to undo (changes made here are undone, one by one)"
            return
        }
        var sidecar = open.sidecar
        sidecar.apply(redo ? change : change.reversed)
        if redo { open.undoStack.append(change) } else { open.redoStack.append(change) }
        open.update(to: sidecar, asciiGlyphs: asciiGlyphs)
        article = open
        message = (redo ? "redone: " : "undone: ") + change.summary
        requestSave(effects: &effects)
    }

    mutating func requestSave(effects: inout [Effect]) {
        guard var open = article else { return }
        open.saveSequence += 1
        effects.append(.saveClaims(SaveRequest(articleID: open.id, sequence: open.saveSequence, articlePath: open.path,
                                               sidecar: open.sidecar, base: open.disk.sidecar, baseDigest: open.disk.digest,
                                               basePlaces: open.disk.claimPlaces)))
        article = open
    }

    /// A save's outcome: the file as written (merged with another program's changes, which
    /// then show), or why it could not be written, the changes kept to be written next time.
    mutating func receive(_ answer: SaveAnswer) {
        let request = answer.request
        guard let index = screens.lastIndex(where: { if case .article(let open) = $0 { open.id == request.articleID } else { false } }),
              case .article(var open) = screens[index] else { return }
        switch answer.result {
        case .success(let saved):
            open.disk = DiskVersion(sidecar: saved.sidecar, digest: saved.digest, claimPlaces: saved.claimPlaces)
            open.unsavedProblem = nil
            if saved.merged && open.sidecar == request.sidecar {
                open.update(to: saved.sidecar, asciiGlyphs: asciiGlyphs)
            }
            if saved.merged {
                let conflicts = saved.newConflicts == 0 ? ""
                    : "; \(Plural.count(saved.newConflicts, "conflict")) (K keeps this side, O takes the other)"
                message = (message.map { $0 + " — " } ?? "") + "merged with changes made elsewhere\(conflicts)"
            } else if saved.recreated {
                message = "the claims file had been deleted: written again with every claim"
            }
        case .failure(let problem):
            open.unsavedProblem = problem.description
            message = "not saved, kept here and written with your next change: \(problem.description)"
        }
        screens[index] = .article(open)
    }

    /// The user's editor is done: its text is saved as if typed here.
    mutating func receive(_ answer: ExternalEditAnswer, effects: inout [Effect]) {
        guard case .editor(let editor) = overlay, editor == answer.request.editor else { return }
        switch answer.result {
        case .success(let text):
            overlay = nil
            save(text, for: editor.purpose, effects: &effects)
        case .failure(let failure):
            message = failure.message
        }
    }
}
