import Foundation
import LateralCore
import LateralUI
import Testing
@testable import LateralTerminal

struct ANSITextTests {
    var sample: StyledText {
        var text = StyledText()
        text.append("Plain ")
        text.appendSafe("⟦false claim⟧[1✘]", .claim(.false))
        text.appendSafe("\nnext\n", .claim(.true))
        return text
    }

    @Test func noColourIsTheBareText() {
        #expect(ANSIText.render(sample, depth: .none) == "Plain ⟦false claim⟧[1✘]\nnext\n")
    }

    @Test func eightColoursUseTheBasicPalette() {
        #expect(ANSIText.render(sample, depth: .eight)
            == "Plain \u{1B}[1;31m⟦false claim⟧[1✘]\u{1B}[0m\n\u{1B}[32mnext\u{1B}[0m\n")
    }

    @Test func twoHundredFiftySixColoursUseTheExtendedPalette() {
        #expect(ANSIText.render(sample, depth: .ansi256).hasPrefix("Plain \u{1B}[1;38;5;196m⟦false claim⟧"))
    }

    @Test func aPipeGetsNoColour() throws {
        let pipe = Pipe()
        #expect(TerminalInfo.colorDepth(fd: pipe.fileHandleForWriting.fileDescriptor, environment: Environment.fixed(["TERM": "xterm-256color"])) == .none)
    }
}
