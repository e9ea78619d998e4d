import CNcursesw
import LateralCore
import LateralUI
import Testing
@testable import LateralTerminal

/// Each paint is drawn with its own attributes and colour pair: the palette finds them by paint.
struct CursesPaletteTests {
    @Test func eachPaintHasItsAttributes() {
        let palette = CursesPalette(depth: .none)
        let (bold, reverse, underline) = (lateral_a_bold(), lateral_a_reverse(), lateral_a_underline())
        #expect(palette.attributes(for: .plain) == (lateral_a_normal(), 0))
        #expect(palette.attributes(for: .heading).0 & bold != 0 && palette.attributes(for: .heading).0 & reverse == 0)
        #expect(palette.attributes(for: .link).0 & underline != 0)
        #expect(palette.attributes(for: .selection).0 & reverse != 0)
        #expect(palette.attributes(for: .claim(.false)).0 & reverse == 0)
        #expect(palette.attributes(for: .selectedClaim(.false)).0 & (bold | reverse) == bold | reverse)
    }

    /// With colours, verdicts get pairs of their own (the pairs are numbered even where curses
    /// is not started, as here).
    @Test func verdictsHaveColourPairsOfTheirOwn() {
        let palette = CursesPalette(depth: .eight)
        let pairs = Verdict.allCases.map { palette.attributes(for: .claim($0)).1 }
        #expect(palette.attributes(for: .plain).1 == 0)
        #expect(pairs.filter { $0 != 0 }.count >= 4)
        #expect(palette.attributes(for: .claim(.false)).1 != palette.attributes(for: .claim(.true)).1)
    }
}
