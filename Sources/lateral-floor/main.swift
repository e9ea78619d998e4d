import CNcursesw
import Glibc

// The floor of the terminal benchmark: the least a program built as Lateral is built (Swift
// with its standard library linked in, ncursesw) can do to show an article's first screen. It
// reads the start of the file, leaves out a front-matter header, cuts the lines to the width
// and draws them, with a status line, then waits for q as `less` does. Beside `less`, its
// first frame says what the language and the drawing library cost before any of Lateral's own
// work (docs/PERFORMANCE.md).

func fail(_ message: String) -> Never {
    let line = Array((message + "\n").utf8)
    _ = write(2, line, line.count)
    exit(2)
}

setlocale(LC_ALL, "")
guard CommandLine.arguments.count == 2 else {
    fail("usage: lateral-floor FILE")
}
let descriptor = open(CommandLine.arguments[1], O_RDONLY)
guard descriptor >= 0 else {
    fail("lateral-floor: cannot open \(CommandLine.arguments[1])")
}
// Enough for a screen of 40 lines of 120 columns, in any script.
let start = [UInt8](unsafeUninitializedCapacity: 32_768) { buffer, count in
    count = max(0, read(descriptor, buffer.baseAddress, buffer.count))
}
close(descriptor)
var lines = String(decoding: start, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
    lines.removeSubrange(...end)
}

initscr()
cbreak()
noecho()
keypad(lateral_stdscr(), true)
// Suspended and resumed once, so that ncurses writes the frame in a few writes rather than at
// every cursor move, as Lateral does (docs/PERFORMANCE.md, 38): the floor takes what any
// program can.
endwin()
refresh()
let width = Int(lateral_cols())
let height = Int32(lateral_lines())
var row: Int32 = 0
drawing: for line in lines {
    var rest = line[...]
    repeat {
        guard row < height - 1 else { break drawing }
        let piece = rest.prefix(width)
        mvaddstr(row, 0, String(piece))
        rest = rest.dropFirst(piece.count)
        row += 1
    } while !rest.isEmpty
}
attron(Int32(lateral_a_reverse()))
mvaddstr(height - 1, 0, String(repeating: " ", count: max(0, width - 5)) + "  0%")
attroff(Int32(lateral_a_reverse()))
refresh()
while true {
    let key = getch()
    if key == Int32(UInt8(ascii: "q")) || key == Int32(UInt8(ascii: "Q")) || key == ERR { break }
}
endwin()
