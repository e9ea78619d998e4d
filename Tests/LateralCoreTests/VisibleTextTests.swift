import Testing
@testable import LateralCore

struct VisibleTextTests {
    @Test func escapeSequencesBecomeSymbols() {
        let hostile = "Title\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\u{7F}"
        #expect(VisibleText.make(hostile) == "Title␛]0;pwned␇␛[2J⟨U+009B⟩31m⟨U+202E⟩evil␡")
    }

    @Test func lineBreaksStayInArticlesButNotInFields() {
        #expect(VisibleText.make("a\r\nb\tc\rd") == "a\nb\tc␍d")
        #expect(VisibleText.make("a\nb", keepNewlines: false) == "a␊b")
    }

    @Test func ordinaryTextOfEveryScriptIsUntouched() {
        let text = "Ünïcödé 中文 עברית العربية 👩🏽‍🔬 e\u{301}"
        #expect(VisibleText.make(text) == text)
    }

    @Test func invisibleDirectionAndLineSeparatorMarksBecomeSymbols() {
        #expect(VisibleText.make("a\u{200E}b\u{200F}c\u{061C}d\u{2028}e\u{2029}f")
                == "a⟨U+200E⟩b⟨U+200F⟩c⟨U+061C⟩d⟨U+2028⟩e⟨U+2029⟩f")
    }

    /// Outside UTF-8 nothing but ASCII goes out: a UTF-8 symbol's bytes (␛ is e2 90 9b) hold
    /// 0x9B, which is CSI to an 8-bit terminal.
    @Test func asciiModeSendsOnlyASCII() {
        let shown = VisibleText.make("It’s \u{1B}[2J\u{7F}\u{202E} 中 “x”", ascii: true)
        #expect(shown == "It's ^[[2J^?<U+202E> <U+4E2D> \"x\"")
        #expect(shown.utf8.allSatisfy { $0 < 0x80 })
    }
}
