import Foundation
import Testing

/// The reader in a real terminal: open the sample article, move between claims, resize, quit.
@Suite(.serialized)
struct ReaderTmuxTests {
    @Test func readClaimsResizeAndQuitRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "'\(LateralProcess.executable)' read north")
        var screen = session.waitFor("Claims (31)")
        #expect(screen.contains(" Lateral · Articles › Are North Korean Remote IT Workers"))
        #expect(screen.contains("│ Tab selects the next claim."))

        try session.send("Tab")
        screen = session.waitFor("claim 1/31")
        #expect(screen.contains("│ ✓ mostly true · claim c01"))

        try session.send("Tab", "Tab")
        screen = session.waitFor("claim 3/31")
        #expect(screen.contains("✓ mostly true · claim c03"))

        // Enter goes to the claim's source; Backspace comes back to exactly the same screen.
        let beforeJump = screen
        try session.send("Enter")
        let source = session.waitFor("Passages")
        #expect(source.contains("› Guidance on the Democratic People’s Republic of Korea Information Technology Workers"))
        #expect(source.contains("URL: https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf"))
        try session.send("BSpace")
        screen = session.waitFor("claim 3/31")
        #expect(screen == beforeJump)

        try session.resize(width: 80, height: 24)
        screen = session.waitFor("────────")
        #expect(screen.contains("✓ mostly true · claim c03"))
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })

        try session.send("G")
        screen = session.waitFor("100%")
        try session.send("q", "q")
        screen = session.waitFor("tty: echo")
        #expect(screen.contains("exited with 0"))
        // curses gave the terminal back: line editing and echo are on again.
        #expect(screen.contains("tty: icanon\ntty: echo"))
    }

    @Test func helpIsGeneratedFromTheKeyTable() throws {
        let session = try TmuxSession(width: 80, height: 24, command: "'\(LateralProcess.executable)'")
        session.waitFor("Lateral · Articles")
        try session.send("h")
        let screen = session.waitFor("Everywhere")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("   Tab ") && $0.hasSuffix(" next claim") })
        try session.send("q", "q")
        #expect(session.waitFor("exited with 0").contains("exited with 0"))
    }

    @Test func hostileBytesAreShownNotObeyed() throws {
        let session = try TmuxSession(width: 100, height: 30,
                                      command: "'\(LateralProcess.executable)' read hostile --library Tests/Fixtures/Library")
        session.waitFor("Claims (1)")
        let titleBefore = session.title
        try session.send("Tab")
        let screen = session.waitFor("claim 1/1")
        #expect(screen.contains("Innocent start.␛[2J␛[H ✘Cleared?␛]0;owned␇ Retitled?"))
        #expect(screen.contains("⟨U+202E⟩evil"))
        #expect(screen.contains("reversed⟨U+202C⟩ text."))
        #expect(screen.contains("Backspace: ab␈␈XY. "))
        #expect(!screen.contains("␊"))
        #expect(screen.contains("Claimed by: Mallory␛[8m"))
        #expect(!titleBefore.contains("owned") && !titleBefore.contains("pwned"))
        #expect(!session.title.contains("owned") && !session.title.contains("pwned"))
        try session.send("q", "q")
        #expect(session.waitFor("exited with 0").contains("exited with 0"))
    }

    @Test func oOpensTheSourceInTheBrowserAsOneArgument() throws {
        let folder = NSTemporaryDirectory() + "lateral-browser-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let browser = folder + "/browser"
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(folder)/opened'\n".write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let session = try TmuxSession(width: 120, height: 40,
                                      command: "BROWSER='\(browser)' '\(LateralProcess.executable)' read north --claim c01")
        session.waitFor("claim 1/31")
        try session.send("o")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: folder + "/opened") && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        let opened = try String(contentsOfFile: folder + "/opened", encoding: .utf8)
        #expect(opened == "1\nhttps://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf\n")
        // The reader comes back, redrawn.
        #expect(session.waitFor("claim 1/31").contains("✓ mostly true · claim c01"))
        try session.send("q", "q")
        #expect(session.waitFor("exited with 0").contains("exited with 0"))
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "bash --norc --noprofile")
        try session.send("'\(LateralProcess.executable)' read north", "Enter")
        session.waitFor("Claims (31)")
        try session.send("C-z")
        #expect(session.waitFor("Stopped").contains("Stopped"))
        try session.send("fg", "Enter")
        let screen = session.waitFor("Claims (31)")
        #expect(screen.contains(" Lateral · Articles › Are North Korean Remote IT Workers"))
        try session.send("q", "q")
        try session.send("exit", "Enter")
        #expect(session.waitFor("exited with 0").contains("exited with 0"))
    }

    @Test func aTerminalThatIsNotUTF8GetsASCIIGlyphs() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "LC_ALL=C '\(LateralProcess.executable)' read north")
        session.waitFor("Claims (31)")
        try session.send("Tab")
        let screen = session.waitFor("claim 1/31")
        // Only ASCII reaches a terminal that is not UTF-8: the pane's rule and the dot too.
        #expect(screen.contains("| t mostly true * claim c01"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains(" tAccording to the US government"))
        try session.send("q", "q")
        #expect(session.waitFor("exited with 0").contains("exited with 0"))
    }

    @Test func sigtermAndCtrlCRestoreTheTerminal() throws {
        let pidFile = NSTemporaryDirectory() + "lateral-pid-" + UUID().uuidString
        let session = try TmuxSession(width: 100, height: 30,
                                      command: "sh -c 'echo $$ > \(pidFile); exec \"$0\" read north' '\(LateralProcess.executable)'")
        session.waitFor("Claims (31)")
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGTERM)
        let screen = session.waitFor("tty: echo")
        // 128 + 15, as shells expect of a program ended by SIGTERM.
        #expect(screen.contains("exited with 143"))
        #expect(screen.contains("tty: icanon\ntty: echo"))

        let second = try TmuxSession(width: 100, height: 30, command: "'\(LateralProcess.executable)' read north")
        second.waitFor("Claims (31)")
        try second.send("C-c")
        #expect(second.waitFor("tty: echo").contains("tty: icanon\ntty: echo"))
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
