import Foundation
import Testing
@testable import LateralBench

/// What the benchmark reads from Lateral's status line: whether the frame is complete, and
/// whether the text or the claims are still being read. Keys pressed while the claims load are
/// counted only while the status line says so.
struct StatusLineTests {
    init() { _ = setlocale(LC_CTYPE, "C.UTF-8") }

    func screen(statusLine: String) -> ScreenEmulator {
        var screen = ScreenEmulator(width: 60, height: 3)
        screen.feed(Array("Some words of the text\r\n\r\n\(statusLine)".utf8))
        return screen
    }

    @Test func tellsTheTextBeingReadFromTheClaimsBeingRead() {
        let text = screen(statusLine: " Tab next claim            reading…  0%")
        #expect(TerminalBenchmark.hasStatusLine(text))
        #expect(TerminalBenchmark.stillReading(text))
        #expect(!TerminalBenchmark.readingClaims(text))

        let claims = screen(statusLine: " Tab next claim     reading claims…  0%")
        #expect(TerminalBenchmark.hasStatusLine(claims))
        #expect(TerminalBenchmark.stillReading(claims))
        #expect(TerminalBenchmark.readingClaims(claims))

        let done = screen(statusLine: " Tab next claim · a note              12%")
        #expect(TerminalBenchmark.hasStatusLine(done))
        #expect(!TerminalBenchmark.stillReading(done))
        #expect(!TerminalBenchmark.readingClaims(done))
    }

    @Test func readsOnlyTheLastLine() {
        var screen = ScreenEmulator(width: 60, height: 3)
        screen.feed(Array("reading claims… in the text\r\n\r\n 40%".utf8))
        #expect(!TerminalBenchmark.readingClaims(screen))
        #expect(TerminalBenchmark.lastLine(screen) == " 40%")
    }
}
