import CNcursesw
import LateralUI

/// What one read from the keyboard gave.
enum Input {
    case key(Key)
    case resize
    case suspend
    case mouse(Action)
    /// A key or mouse event Lateral does not use.
    case ignored
}

enum KeyReader {
    /// The next input curses has; nil when there is none now.
    static func read() -> Input? {
        var character: wint_t = 0
        let result = wget_wch(lateral_stdscr(), &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        return plainKey(UInt32(character))
    }

    private static func functionKey(_ code: Int32) -> Input {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return mouse()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        default:
            for number in 1...12 where code == lateral_key_f(Int32(number)) { return .key(.function(number)) }
            return .ignored
        }
    }

    private static func mouse() -> Input {
        var x: Int32 = 0
        var y: Int32 = 0
        switch lateral_read_mouse(&x, &y) {
        case 1: return .mouse(.click(x: Int(x), y: Int(y), double: false))
        case 2: return .mouse(.click(x: Int(x), y: Int(y), double: true))
        case 3: return .mouse(.wheel(-3))
        case 4: return .mouse(.wheel(3))
        default: return .ignored
        }
    }

    private static func plainKey(_ value: UInt32) -> Input {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 26: return .suspend
        case 27: return .key(.escape)
        case 1...31:
            return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
