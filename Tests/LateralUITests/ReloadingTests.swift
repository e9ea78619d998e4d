import Foundation
import LateralCore
import LateralTerminal
import Testing
@testable import LateralUI

/// An open article whose files change on disk: read again with the view kept, what moved
/// said; the reader's own saves change nothing; unsaved changes are merged, not lost.
struct ReloadingTests {
    static let body = AnnotatingTests.body

    static func paths(_ folder: String) -> (article: String, claims: String) {
        (folder + "/a.md", folder + "/a.claims.json")
    }

    /// Another program's edit of the claims file: a note on c01.
    static func noteFromElsewhere(_ folder: String, _ text: String) throws {
        var file = try SidecarFile.read(paths(folder).claims)
        _ = try file.sidecar.editClaim(id: "c01", stamp: Stamp(author: "zoe", time: "2026-02-02T00:00:00Z"), summary: "") {
            $0.addNote(text, stamp: Stamp(author: "zoe", time: "2026-02-02T00:00:00Z"))
        }
        try file.save()
    }

    @Test func aClaimsFileChangedElsewhereIsReadAgainWithTheViewKept() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (article, claims) = Self.paths(folder)
        #expect(state.watchedFiles == [article, claims])
        state = step(state, .startSearch(forward: true))
        for character in "mayor" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        let match = state.article?.lastMatch
        try Self.noteFromElsewhere(folder, "Checked the minutes.")
        state = step(state, .filesChanged([claims]))
        #expect(state.message == "the claims file changed on disk: 1 claim changed")
        #expect(state.article?.sidecar.claims[0].notes.map(\.text) == ["Checked the minutes."])
        #expect(state.article?.selected == 0 && state.article?.lastMatch == match)
        #expect(render(state).text.contains("Note by zoe, 2026-02-02T00:00:00Z: Checked the"))

        // The reader's own save is seen on disk too, and changes nothing.
        state = step(state, .addNote)
        for character in "Mine." { state = step(state, .edit(.insert(character))) }
        state = step(state, .edit(.save))
        let after = state
        state = step(state, .filesChanged([claims]))
        #expect(state.message == after.message)
        #expect(state.article?.sidecar == after.article?.sidecar)
    }

    @Test func anArticleEditedElsewhereIsAnchoredAgainAndWhatMovedIsSaid() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (article, _) = Self.paths(folder)
        try ("Breaking. " + Self.body).write(toFile: article, atomically: true, encoding: .utf8)
        state = step(state, .filesChanged([article]))
        #expect(state.message == "the article changed on disk: 1 claim moved")
        #expect(state.article?.anchors.first?.range == 59..<69)
        #expect(state.article?.article.bodyString.hasPrefix("Breaking.") == true)
        #expect(state.article?.selected == 0)

        try Self.body.replacingOccurrences(of: "rise by 3%", with: "rise by 4%").write(toFile: article, atomically: true, encoding: .utf8)
        state = step(state, .filesChanged([article]))
        #expect(state.message == "the article changed on disk: 1 claim now fuzzy")

        try FileManager.default.removeItem(atPath: article)
        state = step(state, .filesChanged([article]))
        #expect(state.message?.hasPrefix("the article changed on disk and cannot be read now:") == true)
        #expect(state.article?.article.bodyString.contains("4%") == true)
    }

    @Test func aClaimsFileBrokenElsewhereIsNeverWrittenOver() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (_, claims) = Self.paths(folder)
        try "{ \"claims\": [".write(toFile: claims, atomically: true, encoding: .utf8)
        state = step(state, .filesChanged([claims]))
        #expect(state.message?.hasPrefix("the claims file changed on disk and cannot be read:") == true)
        state = step(state, .chooseVerdict)
        #expect(state.overlay == nil && state.message?.hasPrefix("the claims file cannot be read") == true)
        #expect(try String(contentsOfFile: claims, encoding: .utf8) == "{ \"claims\": [")
    }

    @Test func changesNotYetWrittenAreMergedWithWhatIsOnDisk() throws {
        let (folder, state) = try AnnotatingTests.library()
        let (_, claims) = Self.paths(folder)
        var (next, effects) = reduce(state, .chooseVerdict)
        (next, effects) = reduce(next, .menuPick(1))
        guard case .saveClaims(let request) = effects.first else { Issue.record("no save asked for"); return }
        (next, _) = reduce(next, .claimsSaved(SaveAnswer(request: request, result: .failure(FileProblem(path: "a.claims.json", message: "Read-only file system")))))
        try Self.noteFromElsewhere(folder, "From the other desk.")
        next = step(next, .filesChanged([claims]))
        let stored = try SidecarFile.read(claims).sidecar.claims[0]
        #expect(stored.verdict == .true && stored.notes.map(\.text) == ["From the other desk."])
        #expect(next.article?.unsavedProblem == nil)
    }

    @Test func eOpensTheArticleInTheEditorAtTheLineOnScreenAndReadsItAfter() throws {
        let (folder, state) = try AnnotatingTests.library()
        let (article, _) = Self.paths(folder)
        var reader = ImmediateReader(state)
        reader.send(.editArticle)
        guard case .editArticle(let edit) = reader.effects.first else { Issue.record("no edit asked for"); return }
        #expect(edit.path == article && edit.line == 1)
        try Self.body.replacingOccurrences(of: "The mayor resigned.", with: "The mayor resigned on Tuesday.").write(toFile: article, atomically: true, encoding: .utf8)
        reader.send(.articleEdited(ArticleEditAnswer(request: edit, failure: nil)))
        #expect(reader.state.message == "the article changed on disk: read again")
        #expect(reader.state.article?.article.bodyString.contains("Tuesday") == true)
        reader.send(.articleEdited(ArticleEditAnswer(request: edit, failure: ExternalEditFailure("no editor: nano is not found (VISUAL/EDITOR)"))))
        #expect(reader.state.message == "no editor: nano is not found (VISUAL/EDITOR)")
    }

    /// A claims file broken and then put back byte for byte (a `git checkout`) is read
    /// again: editing is not left locked.
    @Test func aClaimsFilePutBackAsItWasUnlocksEditing() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (_, claims) = Self.paths(folder)
        let original = try Data(contentsOf: URL(fileURLWithPath: claims))
        try "{ \"claims\": [".write(toFile: claims, atomically: true, encoding: .utf8)
        state = step(state, .filesChanged([claims]))
        #expect(state.article?.claimsProblem != nil)
        try original.write(to: URL(fileURLWithPath: claims))
        state = step(state, .filesChanged([claims]))
        #expect(state.article?.claimsProblem == nil)
        state = step(state, .chooseVerdict)
        #expect(state.overlay != nil)
    }

    /// A reload's answer that a newer reload or a save overtook is not shown.
    @Test func anOvertakenReloadIsDropped() throws {
        let (folder, state) = try AnnotatingTests.library()
        let (_, claims) = Self.paths(folder)
        try Self.noteFromElsewhere(folder, "From the other desk.")
        var (next, effects) = reduce(state, .filesChanged([claims]))
        guard case .reloadArticle(let old) = effects.first else { Issue.record("no reload asked for"); return }
        let oldAnswer = try #require(FileEffects.answer(to: .reloadArticle(old)))
        // Meanwhile a verdict is set and saved (merging the note in).
        next = keys([.character("c"), .character("f")], next)
        #expect(try SidecarFile.read(claims).sidecar.claims[0].verdict == .false)
        next = step(next, oldAnswer)
        #expect(next.article?.sidecar.claims[0].verdict == .false)
        #expect(next.article?.sidecar.claims[0].notes.map(\.text) == ["From the other desk."])
    }

    @Test func articlesUnderOtherScreensAreStillWatched() throws {
        var (folder, state) = try AnnotatingTests.library()
        state = step(state, .help)
        #expect(state.watchedFiles == [folder + "/a.md", folder + "/a.claims.json"])
        try Self.noteFromElsewhere(folder, "Seen after help.")
        state = step(state, .filesChanged([folder + "/a.claims.json"]))
        state = step(state, .back)
        #expect(state.article?.sidecar.claims[0].notes.map(\.text) == ["Seen after help."])
    }

    /// A claims file deleted while open: the claims stay, and the next change writes them all.
    @Test func aDeletedClaimsFileIsWrittenAgainWhole() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (_, claims) = Self.paths(folder)
        try FileManager.default.removeItem(atPath: claims)
        state = step(state, .filesChanged([claims]))
        #expect(state.message == "the claims file was deleted on disk: its claims are kept here, and written again with your next change")
        #expect(state.article?.sidecar.claims.count == 1)
        state = keys([.character("c"), .character("t")], state)
        #expect(try SidecarFile.read(claims).sidecar.claims.map(\.verdict) == [.true])
    }

    /// A change to the header alone (a corrected title) is read again too.
    @Test func aHeaderChangedAloneIsReadAgain() throws {
        var (folder, state) = try AnnotatingTests.library()
        let (article, _) = Self.paths(folder)
        try ("---\ntitle: Corrected title\n---\n" + AnnotatingTests.body).write(toFile: article, atomically: true, encoding: .utf8)
        // The body is the same; the offsets of the claims do not move.
        state = step(state, .filesChanged([article]))
        #expect(state.article?.article.title == "Corrected title")
        #expect(state.message == "the article changed on disk: read again")
    }
}
