import Foundation
import LateralCore
import LateralTerminal
import LateralTestSupport
import Testing
@testable import LateralUI

/// Annotating in the reader: each change made on the state, saved through the effect the
/// reducer returns, undone and redone; merges and failed writes said in the status line.
struct AnnotatingTests {
    static let time = "2026-01-02T03:04:05Z"

    static let body = "The council approved the budget on Monday. Taxes rise by 3%. The mayor resigned.\n"

    /// A library with one article, `a.md`, and a claims file with one claim, c01, over "rise
    /// by 3%" (or the range given), and the sources given; the reader open on it, c01 selected.
    static func library(claim range: Range<Int> = 49..<59, sources: [Source] = []) throws -> (folder: String, state: ReaderState) {
        let folder = TestFolder.path("annotating")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try body.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        var sidecar = Sidecar()
        _ = try sidecar.addClaim(range: range, in: ScalarText(body), stamp: Stamp(author: "zoe", time: "2024-01-01T00:00:00Z"))
        for source in sources { _ = try sidecar.addSource(source) }
        var file = SidecarFile(path: folder + "/a.claims.json", sidecar: sidecar, originalBytes: nil)
        try file.save()
        var state = ReaderState(width: 120, height: 30, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
        state.author = "ana"
        state.clock = { AnnotatingTests.time }
        state = step(step(state, .open), .nextClaim)
        return (folder, state)
    }

    static func stored(_ folder: String) throws -> Sidecar {
        try SidecarFile.read(folder + "/a.claims.json").sidecar
    }

    @Test func aVerdictChosenWithItsKeyIsShownAndSavedWithItsHistory() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("c")], state)
        #expect(state.keyContext == .menu)
        let menu = render(state).text
        #expect(menu.contains("verdict of claim c01") && menu.contains("f  ✘ false") && menu.contains("n  ? unverifiable"))
        // j, k and q do not scroll or quit under the menu.
        state = keys([.character("j"), .character("k")], state)
        #expect(state.overlay != nil && !state.isFinished)
        state = keys([.character("f")], state)
        #expect(state.overlay == nil)
        #expect(state.message == "verdict of claim c01: false")
        #expect(render(state).text.contains("✘ false · claim c01"))
        let claim = try Self.stored(folder).claims[0]
        #expect(claim.verdict == .false)
        #expect(claim.history == [VerdictChange(author: "ana", time: Self.time, from: .unverified, to: .false)])
        #expect(claim.modified == Stamp(author: "ana", time: Self.time))

        // The menu opens on the claim's own value (not applicable, the last); up twice.
        state = keys([.character("A"), .up, .up, .enter], state)
        #expect(try Self.stored(folder).claims[0].attribution == .misattributed)
    }

    @Test func theEditorWritesARationaleAndANote() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("r")] + "Budget papers: 3.1%".map(Key.character) + [.control("w"), .backspace], state)
        guard case .editor(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.text == "Budget papers:")
        #expect(state.keyContext == .editor)
        #expect(render(state).row(text: 29).contains("Ctrl-S save · Esc cancel"))
        state = keys([.enter] + "line two".map(Key.character) + [.home, .character(">"), .control("e"), .character("."), .control("s")], state)
        #expect(state.overlay == nil)
        #expect(try Self.stored(folder).claims[0].rationale == "Budget papers:\n>line two.")

        // Esc leaves everything as it was.
        state = keys([.character("a")] + "draft".map(Key.character) + [.escape], state)
        #expect(state.overlay == nil)
        #expect(try Self.stored(folder).claims[0].notes.isEmpty)
        state = keys([.character("a")] + "Called the council.".map(Key.character) + [.control("s")], state)
        #expect(try Self.stored(folder).claims[0].notes == [Note(author: "ana", time: Self.time, text: "Called the council.")])
    }

    @Test func undoAndRedoAreSavedStepByStep() throws {
        var (folder, state) = try Self.library()
        let original = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json"))
        state = keys([.character("c"), .character("t"), .character("c"), .character("s")], state)
        #expect(try Self.stored(folder).claims[0].verdict == .misleading)
        state = keys([.character("u")], state)
        #expect(state.message == "undone: verdict of claim c01: misleading")
        #expect(try Self.stored(folder).claims[0].verdict == .true)
        state = keys([.character("u")], state)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json")) == original)
        state = keys([.character("u")], state)
        #expect(state.message?.hasPrefix("nothing to undo") == true)
        state = keys([.control("r"), .control("r")], state)
        #expect(try Self.stored(folder).claims[0].verdict == .misleading)
        #expect(try Self.stored(folder).claims[0].history.map(\.to) == [.true, .misleading])
    }

    @Test func aClaimIsDeletedOnlyAfterYes() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("D")], state)
        #expect(render(state).text.contains("delete claim c01 “rise by 3%”"))
        state = keys([.character("n")], state)
        #expect(try Self.stored(folder).claims.count == 1)
        state = keys([.character("D"), .character("y")], state)
        #expect(try Self.stored(folder).claims.isEmpty)
        #expect(state.article?.sidecar.claims.isEmpty == true && state.article?.selected == nil)
        state = keys([.character("u")], state)
        #expect(try Self.stored(folder).claims.map(\.id) == ["c01"])
    }

    @Test func anotherProgramsChangeIsMergedAndAConflictSettledWithOneKey() throws {
        var (folder, state) = try Self.library()
        var other = try SidecarFile.read(folder + "/a.claims.json")
        let ben = Stamp(author: "ben", time: "2026-01-01T00:00:00Z")
        _ = try other.sidecar.editClaim(id: "c01", stamp: ben, summary: "") {
            $0.setVerdict(.false, stamp: ben)
            $0.addNote("From ben.", stamp: ben)
        }
        try other.save()
        state = keys([.character("c"), .character("t")], state)
        #expect(state.message == "verdict of claim c01: true — merged with changes made elsewhere; 1 conflict (K keeps this side, O takes the other)")
        #expect(render(state).text.contains("conflict over verdict: \"true\" (ana at"))
        #expect(state.article?.sidecar.claims[0].notes.map(\.text) == ["From ben."])
        // `lateral check` reports the conflict until it is settled.
        #expect(ArticleCheck.run(articlePath: folder + "/a.md").findings.contains { $0.message.contains("conflict over verdict") })
        state = keys([.character("O")], state)
        let claim = try Self.stored(folder).claims[0]
        #expect(claim.verdict == .false && claim.conflicts.isEmpty && claim.notes.map(\.text) == ["From ben."])
        #expect(!ArticleCheck.run(articlePath: folder + "/a.md").findings.contains { $0.message.contains("conflict") })
    }

    /// A write that fails: said, kept in memory, written with the next change; leaving asks.
    @Test func aFailedSaveIsKeptAndWrittenWithTheNextChange() throws {
        var (folder, state) = try Self.library()
        var reader = ImmediateReader(state)
        // The save's answer is a failure, as a full disk or a read-only folder gives.
        var (next, effects) = reduce(state, state.action(for: .character("c"))!)
        (next, effects) = reduce(next, .menuPick(1))
        guard case .saveClaims(let request) = effects.first else { Issue.record("no save asked for"); return }
        (next, _) = reduce(next, .claimsSaved(SaveAnswer(request: request, result: .failure(FileProblem(path: "a.claims.json", message: "No space left on device")))))
        #expect(next.message == "not saved, kept here and written with your next change: a.claims.json: error: No space left on device")
        #expect(try Self.stored(folder).claims[0].verdict == .unverified)
        reader = ImmediateReader(next)
        reader.send(.addNote)
        for character in "After the failure." { reader.send(.edit(.insert(character))) }
        reader.send(.edit(.save))
        let claim = try Self.stored(folder).claims[0]
        #expect(claim.verdict == .true && claim.notes.map(\.text) == ["After the failure."])

        // Unsaved changes: q asks before leaving.
        state = reader.state
        (next, effects) = reduce(state, .editRationale)
        (next, effects) = reduce(next, .edit(.insert("x")))
        (next, effects) = reduce(next, .edit(.save))
        guard case .saveClaims(let second) = effects.first else { Issue.record("no save asked for"); return }
        (next, _) = reduce(next, .claimsSaved(SaveAnswer(request: second, result: .failure(FileProblem(path: "a.claims.json", message: "Read-only file system")))))
        next = step(next, .backOrQuit)
        #expect(next.keyContext == .confirm && next.article != nil)
        next = step(next, .confirm(true))
        #expect(next.article == nil)
    }

    @Test func unreadableClaimsAreNeverWrittenOver() throws {
        var (folder, state) = try Self.library()
        // A change made before the file broke is not undone into it either.
        state = keys([.character("c"), .character("t")], state)
        try "{ broken".write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        var broken = step(step(state, .back), .open)
        #expect(broken.article?.claimsProblem != nil)
        broken = keys([.character("u")], broken)
        #expect(broken.message?.hasPrefix("the claims file cannot be read, so nothing is written over it") == true)
        #expect(try String(contentsOfFile: folder + "/a.claims.json", encoding: .utf8) == "{ broken")
    }
}

struct TextEditorTests {
    @Test func wrapsAtSpacesAndKeepsTheCursorOnItsCharacter() {
        var editor = TextEditor(purpose: .note(claimID: "c1"), text: "one two three")
        let (rows, cursor) = editor.wrapped(width: 10)
        #expect(rows.map { String($0) } == ["one two ", "three"])
        #expect(cursor.row == 1 && cursor.cell == 5)
        editor.apply(.lineStart)
        let start = editor.wrapped(width: 10).cursor
        #expect(start.row == 0 && start.cell == 0)
        for _ in 0..<8 { editor.apply(.right) }
        // "t" of three begins the second row.
        let moved = editor.wrapped(width: 10).cursor
        #expect(moved.row == 1 && moved.cell == 0)
    }

    @Test func stepsOverWideAndCombiningCharactersWhole() {
        // Widths come from the C library, which needs a UTF-8 locale.
        DisplayWidth.prepareLocale()
        var editor = TextEditor(purpose: .note(claimID: "c1"), text: "e\u{301}北👩🏽‍💻x")
        editor.apply(.left)
        #expect(editor.wrapped(width: 20).cursor.cell == 5)
        editor.apply(.left)
        editor.apply(.deleteBackward)
        #expect(editor.text == "e\u{301}👩🏽‍💻x")
        editor.apply(.deleteWord)
        #expect(editor.text == "👩🏽‍💻x")
    }
}
