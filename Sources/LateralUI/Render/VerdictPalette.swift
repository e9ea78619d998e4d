import LateralCore

/// How many colours the output may use.
public enum ColorDepth: Sendable, Hashable {
    /// Monochrome, `NO_COLOR`, or not a terminal: bold, underline and glyphs only.
    case none
    case eight
    case ansi256
}

/// A colour and its emphasis, independent of how a terminal is told about them.
public struct CellStyle: Sendable, Hashable {
    /// A palette index (0–7 or 0–255); nil for the terminal's default colour.
    public var foreground: Int?
    public var bold = false
    public var underline = false
    public var dim = false

    public init(foreground: Int? = nil, bold: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.bold = bold
        self.underline = underline
        self.dim = dim
    }
}

/// The one place where each verdict gets its colour. Red and green never carry the meaning
/// alone: every verdict also has its glyph, and the strongest findings are bold.
public enum VerdictPalette {
    public static func style(for verdict: Verdict, depth: ColorDepth) -> CellStyle {
        let emphasis = verdict == .false || verdict == .misleading
        switch depth {
        case .none:
            return CellStyle(bold: emphasis, underline: true)
        case .eight:
            // Eight colours do not go round: the two verdicts that are not findings (not yet
            // checked, opinion) keep the terminal's colour, told apart by their glyphs, and the
            // one not yet checked is dim.
            return CellStyle(foreground: eightColor(verdict), bold: emphasis, dim: verdict == .unverified)
        case .ansi256:
            return CellStyle(foreground: color256(verdict), bold: emphasis)
        }
    }

    private static func eightColor(_ verdict: Verdict) -> Int? {
        switch verdict {
        case .unverified, .opinion: return nil
        case .true: return 2
        case .mostlyTrue: return 6
        case .mixed: return 3
        case .misleading: return 5
        case .false: return 1
        case .unverifiable: return 4
        }
    }

    private static func color256(_ verdict: Verdict) -> Int? {
        switch verdict {
        case .unverified: return 250
        case .true: return 34
        case .mostlyTrue: return 106
        case .mixed: return 178
        case .misleading: return 208
        case .false: return 196
        case .unverifiable: return 75
        case .opinion: return 141
        }
    }

    /// Styles for the other roles of printed text.
    public static func style(for role: StyledText.Role, depth: ColorDepth) -> CellStyle {
        switch role {
        case .plain: return CellStyle()
        case .heading: return CellStyle(bold: true)
        case .dim: return depth == .none ? CellStyle() : CellStyle(dim: true)
        case .claim(let verdict): return style(for: verdict, depth: depth)
        }
    }
}
