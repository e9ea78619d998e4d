import Foundation
import LateralTestSupport
import Testing

/// The reader in a real terminal: open the sample article, move between claims, resize, quit.
@Suite(.serialized)
struct ReaderTmuxTests {
    let reader = "'\(LateralProcess.executable)'"

    @Test func readClaimsResizeAndQuitRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\(reader) read north")
        var screen = try session.waitFor("Claims (40)")
        #expect(screen.contains(" Lateral · Articles › Are North Korean Remote IT Workers"))
        #expect(screen.contains("│ Tab selects the next claim."))

        try session.send("Tab")
        screen = try session.waitFor("claim 1/40")
        #expect(screen.contains("│ ✓ mostly true · claim c01"))

        try session.send("Tab", "Tab")
        // Enter goes to the claim's source; Backspace comes back to exactly the same screen.
        let beforeJump = try session.waitForSettled("claim 3/40")
        #expect(beforeJump.contains("✓ mostly true · claim c03"))
        try session.send("Enter")
        let source = try session.waitFor("Passages")
        #expect(source.contains("› Guidance on the Democratic People’s Republic of Korea Information Technology Workers"))
        #expect(source.contains("URL: https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf"))
        try session.send("BSpace")
        #expect(try session.waitForSettled("claim 3/40") == beforeJump)

        // At 80 columns the side pane moves below the article, under a rule as wide as the window.
        try session.resize(width: 80, height: 24)
        // The rule is drawn before the rest of the frame reaches tmux: wait for the whole frame.
        _ = try session.waitUntil("the side pane below the article") { screen in
            screen.split(separator: "\n").contains { $0 == String(repeating: "─", count: 80) }
        }
        screen = try session.waitForSettled("─")
        #expect(screen.contains("✓ mostly true · claim c03"))
        let statusLine = try #require(screen.split(separator: "\n").last)
        #expect(statusLine.contains("claim 3/40  ") && statusLine.hasSuffix("%"))

        // G shows 100 %; b from there goes back a page, and the percentage with it (not to 0).
        try session.send("G")
        _ = try session.waitFor("100%")
        try session.send("b")
        screen = try session.waitUntil("a percentage below 100 after b") { screen in
            guard let percent = Self.percentage(screen) else { return false }
            return percent < 100
        }
        #expect((Self.percentage(screen) ?? 0) > 50)

        try session.send("q", "q")
        screen = try session.waitFor("tty: echo")
        #expect(screen.contains("exited with 0"))
        // curses gave the terminal back: line editing and echo are on again.
        #expect(screen.contains("tty: icanon\ntty: echo"))
    }

    /// The percentage at the end of the status line.
    static func percentage(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        guard let last = lines.last?.split(separator: " ").last, last.hasSuffix("%") else { return nil }
        return Int(last.dropLast())
    }

    @Test func helpAndTheLegendAreGeneratedFromTheirTables() throws {
        let session = try TmuxSession(width: 80, height: 24, command: reader)
        _ = try session.waitFor("Lateral · Articles")
        try session.send("L")
        // The heading can reach tmux before the rest of the frame: wait for the frame to settle.
        var screen = try session.waitForSettled("(ClaimReview 1, FEVER REFUTES)")
        #expect(screen.contains("   ✔ true  (ClaimReview 5, FEVER SUPPORTS)"))
        #expect(screen.contains("   ✓ mostly true  (ClaimReview 4, FEVER SUPPORTS)"))
        try session.send("q", "h")
        _ = try session.waitFor("Verdicts")
        screen = try session.waitForSettled("Everywhere")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("   j ↓ Ctrl-N Ctrl-E") && $0.hasSuffix(" down one line") })
        try session.send("Space")
        screen = try session.waitForSettled("Shift-Tab")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("   Tab ") && $0.hasSuffix(" next claim") })
        // Every line of the help fits the 80 columns it was written for.
        #expect(!screen.split(separator: "\n").contains { $0.count >= 80 })
        #expect(try session.quitReader() == 0)
    }

    /// Esc closes a prompt at once (curses would wait a second for a longer sequence).
    @Test func escClosesAPromptAtOnce() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "\(reader) read north")
        _ = try session.waitFor("Claims (40)")
        try session.send("/")
        _ = try session.waitFor(" /█")
        try session.send("Escape")
        _ = try session.waitUntil("the prompt gone", timeout: 0.7) { !$0.contains(" /█") }
        #expect(try session.quitReader() == 0)
    }

    /// A paragraph written over several lines of the file reads as one, reflowed.
    @Test func aHardWrappedParagraphIsReflowed() throws {
        let folder = TestFolder.path("reflow")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: Council\n---\nCritics say the\nnew sports hall\nwill cost twice\nas much.\n\n> A quote\n> on two lines.\n"
            .write(toFile: folder + "/council.md", atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 100, height: 30, command: "\(reader) read '\(folder)/council.md'")
        let screen = try session.waitFor("This article has no claims yet.")
        #expect(screen.contains(" Critics say the new sports hall will cost twice as much."))
        #expect(screen.contains(" │ A quote on two lines."))
        #expect(try session.quitReader() == 0)
    }

    @Test func hostileBytesAreShownNotObeyed() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "\(reader) read hostile --library Tests/Fixtures/Library")
        _ = try session.waitFor("Claims (1)")
        let titleBefore = try session.title()
        try session.send("Tab")
        let screen = try session.waitFor("claim 1/1")
        #expect(screen.contains("Innocent start.␛[2J␛[H ✘Cleared?␛]0;owned␇ Retitled?"))
        #expect(screen.contains("⟨U+202E⟩evil"))
        #expect(screen.contains("reversed⟨U+202C⟩ text."))
        #expect(screen.contains("Backspace: ab␈␈XY. "))
        #expect(!screen.contains("␊"))
        #expect(screen.contains("Claimed by: Mallory␛[8m"))
        #expect(!titleBefore.contains("owned") && !titleBefore.contains("pwned"))
        let titleAfter = try session.title()
        #expect(!titleAfter.contains("owned") && !titleAfter.contains("pwned"))
        #expect(try session.quitReader() == 0)
    }

    @Test func oOpensTheSourceInTheBrowserAsOneArgument() throws {
        let folder = TestFolder.path("browser")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let browser = folder + "/browser"
        // Written beside and renamed, so that the file is there only once it is complete.
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(folder)/opened.tmp' && mv '\(folder)/opened.tmp' '\(folder)/opened'\n"
            .write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let session = try TmuxSession(width: 120, height: 40, command: "BROWSER='\(browser)' \(reader) read north --claim c01")
        _ = try session.waitFor("claim 1/40")
        try session.send("o")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: folder + "/opened") && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let opened = try String(contentsOfFile: folder + "/opened", encoding: .utf8)
        #expect(opened == "1\nhttps://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf\n")
        // The reader comes back, redrawn.
        #expect(try session.waitFor("claim 1/40").contains("✓ mostly true · claim c01"))
        #expect(try session.quitReader() == 0)
    }

    /// With no browser to run, the status line says so and nothing is printed in the shell.
    @Test func aMissingBrowserIsSaidInTheStatusLine() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "PATH=/nonexistent \(reader) read north --claim c01")
        _ = try session.waitFor("claim 1/40")
        try session.send("o")
        _ = try session.waitFor("no browser: set BROWSER (xdg-open is not installed)")
        try session.send("q", "q")
        let screen = try session.waitFor("exited with")
        #expect(screen.contains("exited with 0"))
        #expect(!screen.contains("xdg-open:") && !screen.contains("No such file"))
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "PS1='ready> ' bash --norc --noprofile")
        _ = try session.waitFor("ready>")
        try session.send("\(reader) read north", "Enter")
        _ = try session.waitFor("Claims (40)")
        try session.send("C-z")
        _ = try session.waitFor("Stopped")
        try session.send("fg", "Enter")
        let screen = try session.waitFor("Claims (40)")
        #expect(screen.contains(" Lateral · Articles › Are North Korean Remote IT Workers"))
        try session.send("q", "q")
        // The shell's prompt is back before it is asked to exit.
        _ = try session.waitForPrompt("ready>", after: "read north")
        try session.send("exit", "Enter")
        #expect(try session.waitFor("exited with").contains("exited with 0"))
    }

    @Test func aTerminalThatIsNotUTF8GetsOnlyASCII() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "LC_ALL=C \(reader) read north")
        _ = try session.waitFor("Claims (40)")
        try session.send("Tab")
        let screen = try session.waitFor("claim 1/40")
        // Only ASCII reaches a terminal that is not UTF-8: the pane's rule and the dot too.
        #expect(screen.contains("| t mostly true * claim c01"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains(" tAccording to the US government"))
        #expect(try session.quitReader() == 0)
    }

    @Test func sigtermAndCtrlCRestoreTheTerminal() throws {
        let pidFile = TestFolder.path("pid")
        let session = try TmuxSession(width: 100, height: 30,
                                      command: "sh -c 'echo $$ > \(pidFile); exec \"$0\" read north' \(reader)")
        _ = try session.waitFor("Claims (40)")
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        let screen = try session.waitFor("tty: echo")
        // 128 + 15, as shells expect of a program ended by SIGTERM.
        #expect(screen.contains("exited with 143"))
        #expect(screen.contains("tty: icanon\ntty: echo"))

        let second = try TmuxSession(width: 100, height: 30, command: "\(reader) read north")
        _ = try second.waitFor("Claims (40)")
        try second.send("C-c")
        let after = try second.waitFor("tty: echo")
        #expect(after.contains("exited with 0"))
        #expect(after.contains("tty: icanon\ntty: echo"))
    }

    @Test func withoutATerminalTheLibraryScreenExitsWithTwo() throws {
        let result = try LateralProcess.run([])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the library screen needs a terminal; `lateral list` prints the library"))
        let article = try LateralProcess.run(["north"])
        #expect(article.status == 0)
        #expect(article.stdout.contains("⟦According to the US government"))
    }
}

/// Programs the reader hands the terminal to, and characters curses cannot draw whole.
@Suite(.serialized)
struct ReaderTerminalHandOffTests {
    let reader = "'\(LateralProcess.executable)'"

    /// A text browser gets the terminal: it reads the keys typed to it, and the reader comes
    /// back after it, under a shell with job control as a user has one.
    @Test func aTextBrowserReadsTheTerminal() throws {
        let folder = TestFolder.path("tty-browser")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let browser = folder + "/browser"
        try "#!/bin/sh\necho 'browsing; type a line'\nread line\nprintf '%s\\n' \"$line\" > '\(folder)/typed.tmp' && mv '\(folder)/typed.tmp' '\(folder)/typed'\n"
            .write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let session = try TmuxSession(width: 100, height: 30, command: "PS1='ready> ' bash --norc --noprofile -i")
        _ = try session.waitFor("ready>")
        try session.send("BROWSER='\(browser)' \(reader) read north --claim c01", "Enter")
        _ = try session.waitFor("claim 1/40")
        try session.send("o")
        _ = try session.waitFor("browsing; type a line")
        try session.send("hello there", "Enter")
        #expect(try session.waitFor("claim 1/40").contains("✓ mostly true · claim c01"))
        #expect(try String(contentsOfFile: folder + "/typed", encoding: .utf8) == "hello there\n")
        try session.send("q", "q")
        _ = try session.waitForPrompt("ready>", after: "read north")
    }

    /// An emoji joined from several (👩‍💻) takes its two columns and shifts nothing after it.
    @Test func joinedEmojiKeepTheRowInPlace() throws {
        let folder = TestFolder.path("emoji")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: Emoji\n---\nA 👩\u{200D}💻 coder, a 👍🏽 and a ❤️ heart.\n".write(toFile: folder + "/e.md", atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 100, height: 30, command: "\(reader) read '\(folder)/e.md'")
        let screen = try session.waitFor("This article has no claims yet.")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("coder") })
        // The side pane's rule stands in the same column on this row as on a row of plain text.
        let title = try #require(screen.split(separator: "\n").first { $0.contains("│") && !$0.contains("coder") })
        func column(_ line: Substring) -> Int? {
            guard let index = line.firstIndex(of: "│") else { return nil }
            return line[..<index].reduce(0) { $0 + (($1.unicodeScalars.first!.properties.isEmojiPresentation || $1.unicodeScalars.contains("\u{FE0F}")) ? 2 : 1) }
        }
        #expect(column(row) != nil && column(row) == column(title))
        try session.send("q", "q")
        _ = try session.waitFor("exited with")
    }
}
