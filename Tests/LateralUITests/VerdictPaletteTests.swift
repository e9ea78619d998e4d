import LateralCore
import Testing
@testable import LateralUI

struct VerdictPaletteTests {
    @Test func everyVerdictHasItsOwnGlyphInUnicodeAndASCII() {
        #expect(Set(Verdict.allCases.map(\.glyph)).count == Verdict.allCases.count)
        #expect(Set(Verdict.allCases.map(\.asciiGlyph)).count == Verdict.allCases.count)
        #expect(Verdict.allCases.allSatisfy { $0.asciiGlyph.unicodeScalars.allSatisfy(\.isASCII) })
    }

    /// Every finding has a colour of its own, true and mostly true too, on 8 colours as on
    /// 256; the two that are not findings (unverified, opinion) may keep the terminal's.
    @Test func verdictsThatDifferInMeaningDifferInColour() {
        for depth in [ColorDepth.eight, .ansi256] {
            let colours = [Verdict.true, .mostlyTrue, .mixed, .misleading, .false, .unverifiable]
                .map { VerdictPalette.style(for: $0, depth: depth).foreground }
            #expect(Set(colours).count == colours.count, "\(depth)")
            #expect(!colours.contains(nil), "\(depth)")
        }
        let all256 = Verdict.allCases.map { VerdictPalette.style(for: $0, depth: .ansi256).foreground }
        #expect(Set(all256).count == Verdict.allCases.count)
    }

    @Test func monochromeUsesNoColourOnlyEmphasis() {
        for verdict in Verdict.allCases {
            let style = VerdictPalette.style(for: verdict, depth: .none)
            #expect(style.foreground == nil)
            #expect(style.underline)
        }
        #expect(VerdictPalette.style(for: .false, depth: .none).bold)
        #expect(!VerdictPalette.style(for: .true, depth: .none).bold)
    }
}
