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
        _ = try session.waitFor("Taxes rise")
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

        // A script adds a note meanwhile; the reader's next change merges it in.
        #expect(try AnnotateCommandTests.run(["note", "a", "c01", "From a script."] + library, in: folder, author: "script").status == 0)
        try session.send("a")
        _ = try session.waitFor("new note on claim c01")
        try session.send("-l", "Checked the minutes.")
        try session.send("C-s")
        _ = try session.waitFor("merged with changes made elsewhere")
        try session.send("A", "c")
        _ = try session.waitFor("attribution of claim c01: confirmed")
        #expect(try session.quitReader() == 0)

        let claim = try #require(try AnnotateCommandTests.claims(folder).first)
        #expect(claim["verdict"] as? String == "false")
        #expect(claim["attribution"] as? String == "confirmed")
        #expect(claim["rationale"] as? String == "The budget says 2.9 %; 北京 ✔\nSecond line.")
        let stored = try #require(try AnnotateCommandTests.stored(folder)["claims"] as? [[String: Any]]).first!
        let notes = (stored["notes"] as? [[String: Any]] ?? []).map { "\($0["author"]!): \($0["text"]!)" }
        // Notes of the same second keep the order of the merge (ours first); here both are in.
        #expect(Set(notes) == ["script: From a script.", "tmux: Checked the minutes."])
        #expect((stored["history"] as? [[String: Any]])?.first?["author"] as? String == "tmux")
    }
}
