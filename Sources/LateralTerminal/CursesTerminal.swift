import CNcursesw
import CSignalWake
import Glibc
import LateralCore
import LateralUI

/// The one owner of curses, as htop's CRT: it starts and restores the terminal, reads keys,
/// and draws the cells of a frame that changed. It sleeps in poll() on the terminal and on a
/// wake pipe, which signals and finished effects write to, so that nothing waits for a tick.
final class CursesTerminal: ReaderTerminal {
    private let screen: OpaquePointer
    private let palette: CursesPalette
    private let wakeRead: Int32
    private let wakeWrite: Int32
    /// Changes on disk to the open article's files; none where inotify cannot be had.
    private let fileWatcher = FileWatcher()

    init() throws(TerminalSession.Failure) {
        let term = Environment.process("TERM") ?? ""
        guard let screen = lateral_newterm() else { throw .cannotStart(term) }
        self.screen = screen
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            endwin()
            delscreen(screen)
            throw .cannotStart(term)
        }
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        for end in pipeEnds {
            // Neither end blocks (a full pipe already wakes the loop), nor leaks into a browser.
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        raw()
        noecho()
        nonl()
        keypad(lateral_stdscr(), true)
        // Keys are read only when poll() says there are some; reading never waits.
        nodelay(lateral_stdscr(), true)
        // Esc answers at once, as in htop; an escape sequence arrives within this many ms.
        set_escdelay(25)
        lateral_enable_mouse()
        curs_set(0)
        palette = CursesPalette(depth: CursesTerminal.startColors())
        lateral_signals_install(wakeWrite)
        // Until a screen has once been suspended and resumed, ncurses 6.4 writes its output
        // out at every cursor move of a refresh (its `_nc_mvcur` flushes while the screen is
        // in its initial state): a frame went out in a hundred small writes. Suspended and
        // resumed here, before anything is drawn, each frame is then written in a few large
        // writes (docs/PERFORMANCE.md, 38). Resumed at once: suspended, the terminal would be
        // back in line mode, echoing keys, while the article is read.
        endwin()
        wrefresh(lateral_stdscr())
    }

    /// Gives the terminal back as it was.
    func close() {
        lateral_signals_restore()
        endwin()
        delscreen(screen)
        // The writing end first: a byte written to a pipe whose reading end is closed is SIGPIPE.
        Glibc.close(wakeWrite)
        Glibc.close(wakeRead)
    }

    var size: (width: Int, height: Int) { (Int(lateral_cols()), Int(lateral_lines())) }

    func watch(_ files: [String]) {
        fileWatcher?.watch(files)
    }

    var waker: @Sendable () -> Void {
        let fd = wakeWrite
        return {
            var byte: UInt8 = 1
            _ = Glibc.write(fd, &byte, 1)
        }
    }

    func waitForEvents() -> [TerminalEvent] {
        var events = readInput()
        if events.isEmpty && !drainWakePipe() {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: fileWatcher?.descriptor ?? -1, events: Int16(POLLIN), revents: 0)]
            // A signal interrupts the wait (EINTR): its handler has written to the pipe too.
            _ = poll(&fds, 3, -1)
            _ = drainWakePipe()
            // The terminal went away (its window closed, ssh dropped): end as on SIGHUP, as a
            // pager does, instead of waking for ever on a terminal that will never answer.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return [.terminate(signal: SIGHUP)]
            }
            events = readInput()
        }
        if let changed = fileWatcher?.changes(), !changed.isEmpty { events.append(.filesChanged(changed)) }
        let signal = lateral_signals_termination()
        if signal != 0 { events.append(.terminate(signal: signal)) }
        return events
    }

    /// Every key and mouse event curses has, without waiting for more.
    private func readInput() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        while let input = KeyReader.read() {
            switch input {
            case .key(let key): events.append(.key(key))
            case .mouse(let action): events.append(.mouse(action))
            case .resize: events.append(.resize(width: Int(lateral_cols()), height: Int(lateral_lines())))
            case .suspend: events.append(.suspend)
            case .ignored: break
            }
        }
        return events
    }

    /// Empties the wake pipe; whether anything was in it.
    private func drainWakePipe() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var woke = false
        while Glibc.read(wakeRead, &buffer, buffer.count) > 0 { woke = true }
        return woke
    }

    func suspend() {
        endwin()
        kill(getpid(), SIGTSTP)
        // Back in the foreground: curses restores its modes on the next refresh.
        wrefresh(lateral_stdscr())
    }

    /// Draws the cells that differ from what is on screen; everything when nothing is.
    func draw(_ frame: CellGrid, over previous: CellGrid?) {
        let full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if full { werase(lateral_stdscr()) }
        // Runs of cells share a paint: its attributes are looked up once per run.
        var lastPaint: Paint?
        var attributes = lateral_a_normal()
        var pair: Int16 = 0
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if !full && previous![x, y] == cell { continue }
                // The second cell of a wide character is drawn by its first.
                if cell.text.isEmpty { continue }
                // The bottom-right cell cannot be written without scrolling the screen.
                if y == frame.height - 1 && x == frame.width - 1 { continue }
                if cell.paint != lastPaint {
                    (attributes, pair) = palette.attributes(for: cell.paint)
                    lastPaint = cell.paint
                }
                // Most cells are one ASCII character: drawn without making arrays for it.
                if cell.text.utf8.count == 1, let byte = cell.text.utf8.first {
                    var ascii: (wchar_t, wchar_t) = (wchar_t(byte), 0)
                    _ = withUnsafePointer(to: &ascii) { tuple in
                        tuple.withMemoryRebound(to: wchar_t.self, capacity: 2) { lateral_draw_cell(Int32(y), Int32(x), $0, attributes, pair) }
                    }
                    continue
                }
                let (drawn, fillsWidth) = CursesTerminal.drawable(cell.text)
                var wide = drawn.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = lateral_draw_cell(Int32(y), Int32(x), wide, attributes, pair)
                // The grid gave a wide cell to what curses draws narrow (❤️ is ❤ and a selector):
                // its second cell gets a space, or whatever was there before would stay.
                if !fillsWidth && x + 1 < frame.width && frame[x + 1, y].text.isEmpty {
                    _ = lateral_draw_cell(Int32(y), Int32(x + 1), [wchar_t(32), 0], attributes, pair)
                }
            }
        }
        if full { clearok(lateral_stdscr(), true) }
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(lateral_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(lateral_stdscr())
    }

    /// What of a grapheme cluster curses can draw in one cell: its first character and the
    /// marks that combine with it. A cluster joined from several emoji (👩‍💻), or one with a
    /// skin tone or a variation selector, is drawn as its first emoji: curses keeps one
    /// character that takes space, and a joiner left dangling shifts the rest of the row in
    /// some terminals. Also whether what is drawn is as wide as the grid made the cell.
    static func drawable(_ text: String) -> (scalars: [Unicode.Scalar], fillsWidth: Bool) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1, let first = scalars.first else { return (scalars, true) }
        var kept = [first]
        for scalar in scalars.dropFirst() where kept.count < 5 {
            let category = scalar.properties.generalCategory
            guard category == .nonspacingMark || category == .enclosingMark || category == .spacingMark else { break }
            // A variation selector asks for emoji width, which terminals grant or not: without
            // it, curses and the terminal agree on the character's width, and a space follows.
            if (0xFE00...0xFE0F).contains(scalar.value) { continue }
            kept.append(scalar)
        }
        // Curses gives the cell the width of its first character, as wcwidth says.
        return (kept, DisplayWidth.of(Character(first)) >= DisplayWidth.of(Character(text)))
    }

    /// Starts curses' colours and says how many there are; none with NO_COLOR. (Asking
    /// terminfo directly here would replace the terminal curses is using.)
    private static func startColors() -> ColorDepth {
        if let noColor = Environment.process("NO_COLOR"), !noColor.isEmpty { return .none }
        guard has_colors(), start_color() != ERR else { return .none }
        use_default_colors()
        if lateral_colors() >= 256 { return .ansi256 }
        return lateral_colors() >= 8 ? .eight : .none
    }
}
