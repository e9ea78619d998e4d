import Foundation
import Testing

/// Annotating in a real terminal: keys, the menu and the editor, the file written at once,
/// and a script's change made meanwhile merged in.
@Suite(.serialized)
struct AnnotateTmuxTests {
    @Test func aClaimIsJudgedArguedAndNotedThenFoundByTheCommandLine() throws {
        let folder = try AnnotateCommandTests.library()
        let library = ["--library", folder]
        #expect(try AnnotateCommandTests.run(["claim", "add", "a", "--quote", "Taxes rise by 3%"] + library, in: folder).status == 0)
        let session = try TmuxSession(width: 80, height: 24,
                                      command: "LATERAL_AUTHOR=tmux '\(LateralProcess.executable)' read a --library '\(folder)'")
        // The claims are read after the text: Tab waits for them.
        _ = try session.waitFor("Claims (1)")
        try session.send("Tab", "c")
        var screen = try session.waitFor("verdict of claim c01")
        #expect(screen.contains("f  ✘ false"))
        try session.send("f")
        _ = try session.waitFor("verdict of claim c01: false")
        // On disk before the next key is read.
        #expect(try AnnotateCommandTests.claims(folder).first?["verdict"] as? String == "false")

        try session.send("r")
        _ = try session.waitFor("rationale of claim c01")
        try session.send("-l", "The budget says 2.9 %; 北京 ✔")
        try session.send("Enter")
        try session.send("-l", "Second line.")
        screen = try session.waitFor("Second line.")
        #expect(screen.contains("Ctrl-S save · Esc cancel"))
        try session.send("C-s")
        _ = try session.waitFor("rationale of claim c01 saved")

        // A script adds a note meanwhile: the reader sees the file change, with no key pressed.
        #expect(try AnnotateCommandTests.run(["note", "a", "c01", "From a script."] + library, in: folder, author: "script").status == 0)
        _ = try session.waitFor("the claims file changed on disk: 1 claim changed")
        try session.send("a")
        _ = try session.waitFor("new note on claim c01")
        try session.send("-l", "Checked the minutes.")
        try session.send("C-s")
        _ = try session.waitFor("note added to claim c01")
        try session.send("A", "c")
        _ = try session.waitFor("attribution of claim c01: confirmed")
        #expect(try session.quitReader() == 0)

        let claim = try #require(try AnnotateCommandTests.claims(folder).first)
        #expect(claim["verdict"] as? String == "false")
        #expect(claim["attribution"] as? String == "confirmed")
        #expect(claim["rationale"] as? String == "The budget says 2.9 %; 北京 ✔\nSecond line.")
        let stored = try #require(try AnnotateCommandTests.stored(folder)["claims"] as? [[String: Any]]).first!
        let notes = (stored["notes"] as? [[String: Any]] ?? []).map { "\($0["author"]!): \($0["text"]!)" }
        #expect(Set(notes) == ["script: From a script.", "tmux: Checked the minutes."])
        #expect((stored["history"] as? [[String: Any]])?.first?["author"] as? String == "tmux")
    }

    /// The issue's whole path: words selected and made a claim, judged, argued, noted and
    /// linked to a new source, the article corrected in the user's editor, all found again
    /// with `lateral claims --json`.
    @Test func aClaimIsMarkedWithTheSelectionLinkedAndTheArticleCorrected() throws {
        let folder = try AnnotateCommandTests.library()
        // An "editor" that corrects the article as a person would, then exits.
        let editor = folder + "/fix-article"
        try "#!/bin/sh\nfor last; do :; done\nsed -i 's/The council met./The council met on Tuesday./' \"$last\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let session = try TmuxSession(width: 80, height: 24,
                                      command: "LATERAL_AUTHOR=tmux EDITOR='\(editor)' '\(LateralProcess.executable)' read a --library '\(folder)'")
        _ = try session.waitFor("Taxes rise")
        try session.send("/")
        try session.send("-l", "Taxes")
        try session.send("Enter")
        _ = try session.waitFor("match 1/1")
        try session.send("v", "e", "e", "e", "e", "l")
        _ = try session.waitFor("-- VISUAL --")
        try session.send("Enter")
        _ = try session.waitFor("new claim c01")
        try session.send("c", "f")
        _ = try session.waitFor("verdict of claim c01: false")
        try session.send("r")
        _ = try session.waitFor("rationale of claim c01")
        try session.send("-l", "The budget papers say 2.9%.")
        try session.send("C-s")
        _ = try session.waitFor("rationale of claim c01 saved")
        try session.send("a")
        _ = try session.waitFor("new note on claim c01")
        try session.send("-l", "Asked the council's press office.")
        try session.send("C-s")
        _ = try session.waitFor("note added to claim c01")

        try session.send("l")
        _ = try session.waitFor("a new source…")
        try session.send("+")
        _ = try session.waitFor("new source for claim c01")
        try session.send("-l", "Budget papers 2024")
        try session.send("Tab")
        try session.send("-l", "https://example.org/budget")
        try session.send("Tab", "Tab", "Tab")
        try session.send("-l", "2024-05")
        try session.send("Tab", "C-w")
        try session.send("-l", "primary")
        try session.send("C-s")
        _ = try session.waitFor("supports: it shows the claim true")
        try session.send("r")
        _ = try session.waitFor("passage of budget-papers-2024")
        try session.send("-l", "Property tax: +2.9%")
        try session.send("C-s")
        _ = try session.waitFor("claim c01 refutes budget-papers-2024")

        try session.send("E")
        _ = try session.waitFor("the article changed on disk")
        #expect(try session.quitReader() == 0)

        let claim = try #require(try AnnotateCommandTests.claims(folder).first)
        #expect(claim["quote"] as? String == "Taxes rise by 3%")
        #expect(claim["verdict"] as? String == "false")
        #expect(claim["rationale"] as? String == "The budget papers say 2.9%.")
        let stored = try AnnotateCommandTests.stored(folder)
        let storedClaim = try #require((stored["claims"] as? [[String: Any]])?.first)
        #expect((storedClaim["notes"] as? [[String: Any]])?.first?["text"] as? String == "Asked the council's press office.")
        #expect((storedClaim["created"] as? [String: Any])?["author"] as? String == "tmux")
        let link = try #require((storedClaim["links"] as? [[String: Any]])?.first)
        #expect(link["source"] as? String == "budget-papers-2024" && link["relation"] as? String == "refutes")
        let source = try #require((stored["sources"] as? [[String: Any]])?.first)
        #expect(source["url"] as? String == "https://example.org/budget" && source["date"] as? String == "2024-05" && source["kind"] as? String == "primary")
        #expect((source["passages"] as? [[String: Any]])?.first?["exact"] as? String == "Property tax: +2.9%")
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8).contains("The council met on Tuesday."))
    }

    /// A real read-only folder: the change is said not saved, nothing on disk is touched, and
    /// it is written with the next change once the folder can be written. (Root writes
    /// anywhere, so as root the reader runs as nobody.)
    @Test func aReadOnlyFolderKeepsTheChangeAndWritesItLater() throws {
        let folder = try AnnotateCommandTests.library()
        #expect(try AnnotateCommandTests.run(["claim", "add", "a", "--quote", "Taxes rise by 3%", "--library", folder], in: folder).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json"))
        // The folder and its files are the user's own, as on a real machine.
        if getuid() == 0 {
            for path in [folder, folder + "/a.md", folder + "/a.claims.json"] { #expect(chown(path, 65534, 65534) == 0) }
        }
        #expect(chmod(folder, 0o555) == 0)
        defer { chmod(folder, 0o755) }
        let asUser = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let session = try TmuxSession(width: 100, height: 30,
                                      command: "\(asUser)env HOME=/tmp LATERAL_AUTHOR=tmux '\(LateralProcess.executable)' read a --library '\(folder)'")
        _ = try session.waitFor("Taxes rise")
        try session.send("Tab", "c", "f")
        _ = try session.waitFor("not saved, kept here and written with your next change:")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.claims.json", "a.md"])

        #expect(chmod(folder, 0o755) == 0)
        try session.send("a")
        _ = try session.waitFor("new note on claim c01")
        try session.send("-l", "Written once the folder could be.")
        try session.send("C-s")
        _ = try session.waitFor("note added to claim c01")
        #expect(try session.quitReader() == 0)
        let claim = try #require(try AnnotateCommandTests.claims(folder).first)
        #expect(claim["verdict"] as? String == "false")
        let stored = try #require((try AnnotateCommandTests.stored(folder)["claims"] as? [[String: Any]])?.first)
        #expect((stored["notes"] as? [[String: Any]])?.first?["text"] as? String == "Written once the folder could be.")
    }
}
