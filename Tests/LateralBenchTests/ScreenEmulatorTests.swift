import Foundation
import Testing
@testable import LateralBench

/// The benchmark's terminal emulator: the screen it rebuilds from control sequences, and a
/// real program in a pseudo-terminal read through it.
struct ScreenEmulatorTests {
    init() { _ = setlocale(LC_CTYPE, "C.UTF-8") }

    func screen(_ input: String, width: Int = 10, height: Int = 4) -> String {
        var screen = ScreenEmulator(width: width, height: height)
        screen.feed(Array(input.utf8))
        return screen.text
    }

    @Test func printsWrapsAndMovesTheCursor() {
        #expect(screen("hello\r\nworld") == "hello\nworld\n\n")
        #expect(screen("0123456789ab") == "0123456789\nab\n\n")
        #expect(screen("\u{1B}[2;3Hx\u{1B}[1;1Hy") == "y\n  x\n\n")
        #expect(screen("abc\u{1B}[2D\u{1B}[K") == "a\n\n\n")
        #expect(screen("北京é\u{301}") == "北京é\u{301}\n\n\n")
    }

    @Test func erasesInsertsDeletesAndScrolls() {
        #expect(screen("1\r\n2\r\n3\r\n4\u{1B}[2J") == "\n\n\n")
        #expect(screen("1\r\n2\r\n3\r\n4\r\n5") == "2\n3\n4\n5")
        // A scroll region of rows 2–3: a line feed at its bottom scrolls only it.
        #expect(screen("top\u{1B}[2;3r\u{1B}[2;1Ha\r\nb\r\nc\u{1B}[4;1Hend") == "top\nb\nc\nend")
        #expect(screen("1\r\n2\r\n3\u{1B}[1;1H\u{1B}[L") == "\n1\n2\n3")
        #expect(screen("1\r\n2\r\n3\u{1B}[1;1H\u{1B}[M") == "2\n3\n\n")
        #expect(screen("abcdef\u{1B}[1;2H\u{1B}[2P") == "adef\n\n\n")
        #expect(screen("x\u{1B}[4b") == "xxxxx\n\n\n")
        #expect(screen("\u{1B}]0;title\u{07}\u{1B}[1;31mred\u{1B}[0m") == "red\n\n\n")
    }

    @Test func aProgramInAPseudoTerminalIsReadAsItsScreen() throws {
        let terminal = try PseudoTerminal(["/bin/sh", "-c", "stty size; printf 'ready\\n'; read line; echo \"got $line\""],
                                          environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color"], width: 90, height: 20)
        let ready = terminal.waitForFrame(quiet: 0.05, timeout: 10) { $0.text.contains("ready") }
        #expect(ready != nil)
        #expect(terminal.screen.text.hasPrefix("20 90\nready"))
        let sent = PseudoTerminal.now()
        terminal.send("abc\r")
        #expect(terminal.waitForResponse(after: sent, quiet: 0.05, timeout: 10) != nil)
        #expect(terminal.screen.text.contains("got abc"))
    }
}
