import CWidth
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many terminal cells text takes, from the C library's `wcwidth`, the same table curses
/// uses, so that our layout and the terminal agree. Needs a UTF-8 `LC_CTYPE`
/// (`DisplayWidth.prepareLocale()`); in another locale every non-ASCII scalar counts one.
public enum DisplayWidth {
    /// Sets `LC_CTYPE` from the environment, falling back to C.UTF-8 when that is not UTF-8.
    /// The locale is set once per process, however many threads ask: `setlocale` is not
    /// safe to call while another thread uses `wcwidth`.
    /// - Returns: whether the user's own locale is UTF-8 (else only ASCII may be shown).
    @discardableResult
    public static func prepareLocale() -> Bool { userLocaleIsUTF8 }

    private static let userLocaleIsUTF8: Bool = {
        // The locale's own codeset, not its name: "en_US.utf8", "C.UTF-8" and an alias alike.
        let isUTF8 = setlocale(LC_CTYPE, "") != nil && String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        if !isUTF8 { _ = setlocale(LC_CTYPE, "C.UTF-8") }
        return isUTF8
    }()

    /// Cells taken by one grapheme cluster: its first scalar's width, two for emoji shown in
    /// emoji presentation, zero for marks that combine with what is before them.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII {
            return first.value >= 0x20 && first.value < 0x7F ? 1 : 0
        }
        var width = Int(lateral_wcwidth(first.value))
        if width < 0 { width = 1 }
        if width == 1 && scalars.contains(where: { $0.value == 0xFE0F }) { width = 2 }
        if width == 1 && first.properties.isEmojiPresentation { width = 2 }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }
}
