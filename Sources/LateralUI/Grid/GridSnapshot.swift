import LateralCore

/// A grid as text for golden-file tests: each row's characters, then a line of one letter
/// per cell for its paint, so that a test sees colours change as well as words.
public enum GridSnapshot {
    public static func text(of grid: CellGrid) -> String {
        var out = ""
        for y in 0..<grid.height {
            out += grid.row(text: y) + "\n"
            var paints = ""
            for x in 0..<grid.width { paints += letter(grid[x, y].paint) }
            while paints.hasSuffix(".") { paints.removeLast() }
            out += "@" + paints + "\n"
        }
        return out
    }

    /// `.` plain, `h` heading, `e` emphasis, `B` strong, `c` code, `l` link, `d` dim, `b` bar, `s` selection, `/` search match, `*` current match, `v` selected words, `|` their cursor; a claim's
    /// verdict letter, upper case when the claim is selected.
    public static func letter(_ paint: Paint) -> String {
        switch paint {
        case .plain: return "."
        case .heading: return "h"
        case .emphasis: return "e"
        case .strong: return "B"
        case .code: return "c"
        case .link: return "l"
        case .dim: return "d"
        case .bar: return "b"
        case .selection: return "s"
        case .searchMatch: return "/"
        case .currentMatch: return "*"
        case .visual: return "v"
        case .cursor: return "|"
        case .claim(let verdict): return verdictLetter(verdict)
        case .selectedClaim(let verdict): return verdictLetter(verdict).uppercased()
        }
    }

    static func verdictLetter(_ verdict: Verdict) -> String {
        switch verdict {
        case .unverified: return "o"
        case .true: return "t"
        case .mostlyTrue: return "y"
        case .mixed: return "x"
        case .misleading: return "w"
        case .false: return "f"
        case .unverifiable: return "q"
        case .opinion: return "p"
        }
    }
}
