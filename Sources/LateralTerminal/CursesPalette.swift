import CNcursesw
import LateralCore
import LateralUI

/// Paints as curses attributes and colour pairs, set up once per session. With no colours
/// (NO_COLOR, a monochrome terminal) only bold, underline, reverse and the glyphs remain.
struct CursesPalette {
    /// Each paint with its attributes, in `allPaints`' order. A list looked through, not a
    /// dictionary: a dictionary keyed by `Paint` has its type made at run time on first use,
    /// by a search through every conformance in the program (0.3 ms of the first frame), and
    /// a frame looks paints up only where a run of cells changes paint.
    private var attributes: [(paint: Paint, attributes: attr_t, pair: Int16)] = []
    let depth: ColorDepth

    init(depth: ColorDepth) {
        self.depth = depth
        var nextPair: Int16 = 1
        for paint in CursesPalette.allPaints {
            let style = CursesPalette.style(for: paint, depth: depth)
            var attr = lateral_a_normal()
            if style.bold { attr |= lateral_a_bold() }
            if style.dim { attr |= lateral_a_dim() }
            if style.underline { attr |= lateral_a_underline() }
            if CursesPalette.isReversed(paint) { attr |= lateral_a_reverse() }
            var pair: Int16 = 0
            if depth != .none, let foreground = style.foreground {
                init_pair(nextPair, Int16(foreground), -1)
                pair = nextPair
                nextPair += 1
            }
            attributes.append((paint, attr, pair))
        }
    }

    func attributes(for paint: Paint) -> (attr_t, Int16) {
        guard let found = attributes.first(where: { $0.paint == paint }) else { return (lateral_a_normal(), 0) }
        return (found.attributes, found.pair)
    }

    static var allPaints: [Paint] {
        [.plain, .heading, .emphasis, .strong, .code, .link, .dim, .bar, .selection, .searchMatch, .currentMatch, .visual, .cursor]
            + Verdict.allCases.map(Paint.claim) + Verdict.allCases.map(Paint.selectedClaim)
    }

    static func style(for paint: Paint, depth: ColorDepth) -> CellStyle {
        switch paint {
        case .plain, .bar, .selection: return CellStyle()
        case .heading, .strong: return CellStyle(bold: true)
        case .emphasis, .link: return CellStyle(underline: true)
        case .code: return depth == .none ? CellStyle() : CellStyle(dim: true)
        case .dim: return depth == .none ? CellStyle() : CellStyle(dim: true)
        case .searchMatch: return CellStyle(bold: true)
        // The match the search went to stands out from the others, with or without colour.
        case .currentMatch: return CellStyle(bold: true, underline: true)
        // The cursor stands out inside the reversed selection, with or without colour.
        case .visual: return CellStyle()
        case .cursor: return CellStyle(bold: true, underline: true)
        case .claim(let verdict): return VerdictPalette.style(for: verdict, depth: depth)
        case .selectedClaim(let verdict):
            var style = VerdictPalette.style(for: verdict, depth: depth)
            style.bold = true
            return style
        }
    }

    static func isReversed(_ paint: Paint) -> Bool {
        switch paint {
        case .bar, .selection, .searchMatch, .currentMatch, .selectedClaim, .visual: return true
        default: return false
        }
    }
}
