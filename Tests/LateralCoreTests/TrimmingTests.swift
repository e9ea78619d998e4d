import Foundation
import LateralCore
import Testing

/// `trimmed` takes off what Foundation's `trimmingCharacters(in:)` took off, for the three
/// sets Lateral used.
struct TrimmingTests {
    static let texts = ["", "   ", "\n", "plain", "  two words \t", "\n\nlines\r\n", " \u{00A0}non-breaking\u{2003}", "\u{2028}separator\u{2029}",
                        " \r\n mixed \n ", "é\u{301} ", " 漢字 ", "\u{3000}ideographic space\u{3000}", "\t\u{85}next line\u{85}",
                        "¶\u{200B}", "\u{200B} zero width \u{200B}", " \u{301}x", "x \u{301}", "x\u{3000}\u{FE0F}", "  \u{20E3}",
                        "\u{0B}\u{0C}form feeds\u{0C}", "\u{1680}ogham\u{205F}"]

    @Test(arguments: texts) func asFoundationTrims(text: String) {
        #expect(text.trimmed() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimmed(.spaces) == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmed(.lineEnds) == text.trimmingCharacters(in: .newlines))
    }

    @Test func aSubstringIsTrimmedToo() {
        let line = "key:  value  "
        #expect(line[line.index(after: line.firstIndex(of: ":")!)...].trimmed(.spaces) == "value")
    }

    @Test func wordsAreReadWithSpacesAndTypedEitherWay() {
        #expect(Verdict.mostlyTrue.label == "mostly true")
        #expect(Attribution.notApplicable.label == "not applicable")
        #expect(Verdict.false.label == "false")
        #expect(Verdict(userInput: "Mostly True") == .mostlyTrue)
        #expect(Verdict(userInput: "mostly-true") == .mostlyTrue)
        #expect(Attribution(userInput: "not applicable") == .notApplicable)
        #expect(Verdict(userInput: "mostly  true") == nil)
    }
}
