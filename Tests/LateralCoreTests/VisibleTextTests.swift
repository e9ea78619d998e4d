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
}
