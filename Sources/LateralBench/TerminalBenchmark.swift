import Foundation

/// Lateral measured as its users feel it: started in a pseudo-terminal of 120×40 until its
/// screen is complete, and a key pressed until the frame it causes is drawn, with `less` on
/// the same file in the same run. A frame is complete when the screen, rebuilt by
/// `ScreenEmulator` from what the program wrote, shows what it should and no more output comes
/// for a quiet spell; its time is when its last byte arrived (the quiet spell is not counted).
public struct TerminalBenchmark {
    public struct Options {
        public var lateral: String
        public var less = "less"
        /// `lateral-floor`, when built: the first screen drawn by Swift and ncursesw alone.
        public var floor: String?
        public var width = 120
        public var height = 40
        /// Presses of each key for the key-to-frame figures.
        public var presses = 200
        /// How long without output ends a frame.
        public var quiet = 0.05
        public var runs = 5
        /// The cache folder the programs measured keep their index in (the benchmark's own).
        public var cache = NSTemporaryDirectory()

        public init(lateral: String) {
            self.lateral = lateral
        }
    }

    /// One measure: its name and its values in milliseconds (or bytes), and what `less` and
    /// the floor gave.
    public struct Row: Codable, Sendable {
        public var measure: String
        public var lateral: [Double]
        public var less: [Double]?
        public var floor: [Double]?
        public var unit: String

        public init(measure: String, lateral: [Double], less: [Double]?, floor: [Double]? = nil, unit: String) {
            self.measure = measure
            self.lateral = lateral
            self.less = less
            self.floor = floor
            self.unit = unit
        }
    }

    public let options: Options
    public private(set) var rows: [Row] = []

    public init(options: Options) {
        self.options = options
    }

    var environment: [String: String] {
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": NSTemporaryDirectory(),
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LATERAL_AUTHOR": "benchmark"]
        // less as it comes: no options from the environment of whoever runs the benchmark.
        environment["LESS"] = ""
        environment["XDG_CACHE_HOME"] = options.cache
        return environment
    }

    func start(_ arguments: [String]) throws -> (PseudoTerminal, Double) {
        let started = PseudoTerminal.now()
        let terminal = try PseudoTerminal(arguments, environment: environment, width: options.width, height: options.height)
        return (terminal, started)
    }

    /// Two words near the start of an article's body, plain ASCII letters so that every
    /// terminal draws them alike: what tells that its text is on screen.
    static func firstWords(ofArticle path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let body = text.hasPrefix("---\n") ? text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n") : text
        let line = body.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmed(.spaces).isEmpty } ?? ""
        let words = line.split(separator: " ").map(String.init)
        let plain = { (word: String) in !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isLetter } }
        guard let index = words.indices.dropLast().first(where: { plain(words[$0]) && plain(words[$0 + 1]) }) else {
            return words.first ?? ""
        }
        return words[index] + " " + words[index + 1]
    }

    /// The screen's last line: Lateral's status line, the floor's, or `less`'s prompt.
    static func lastLine(_ screen: ScreenEmulator) -> Substring {
        screen.text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    }

    /// Lateral's status line is drawn: how far through the text, or that it is still read.
    static func hasStatusLine(_ screen: ScreenEmulator) -> Bool {
        let last = lastLine(screen)
        return last.hasSuffix("%") || last.contains("reading…")
    }

    /// less's prompt is drawn on its last line (the file's name, or a colon).
    static func hasPrompt(_ screen: ScreenEmulator) -> Bool {
        !lastLine(screen).trimmed(.spaces).isEmpty
    }

    /// Whether Lateral's status line says its text or claims are still being read.
    static func stillReading(_ screen: ScreenEmulator) -> Bool {
        lastLine(screen).contains("reading")
    }

    /// Whether the status line says the text is all read and the claims are still being read.
    static func readingClaims(_ screen: ScreenEmulator) -> Bool {
        lastLine(screen).contains("reading claims")
    }

    static let verdictGlyphs: [Character] = ["✔", "✓", "◐", "⚠", "✘", "?", "❝", "○"]

    /// Milliseconds from starting `lateral ARTICLE` (as users type it, and as `less ARTICLE` is)
    /// to its complete first screen; for Lateral also to the claims' glyphs on screen, the
    /// claims loaded. The programs take turns run by run, so that a slow spell of this shared
    /// machine falls on all of them alike.
    public mutating func firstFrame(_ name: String, article path: String, claims: Bool) throws {
        let words = try Self.firstWords(ofArticle: path)
        var text: [Double] = []
        var highlighted: [Double] = []
        var peak: [Double] = []
        var floor: [Double] = []
        var less: [Double] = []
        for _ in 0..<options.runs {
            let (terminal, started) = try start([options.lateral, path])
            guard let first = terminal.waitForFrame(quiet: options.quiet, until: { $0.text.contains(words) && Self.hasStatusLine($0) }) else {
                throw PseudoTerminal.Failure(description: "lateral never showed \"\(words)\":\n\(terminal.screen.text)")
            }
            text.append((first - started) * 1000)
            if claims {
                let loaded = terminal.waitForFrame(quiet: options.quiet) { screen in
                    !Self.stillReading(screen) && screen.text.contains { Self.verdictGlyphs.contains($0) }
                }
                if let loaded { highlighted.append((loaded - started) * 1000) }
            }
            if let bytes = terminal.peakResidentBytes { peak.append(Double(bytes)) }
            terminal.send("Q")
            terminal.terminate()
            if let program = options.floor {
                floor.append(try firstFrameTime([program, path], showing: words, ready: Self.hasStatusLine))
            }
            less.append(try firstFrameTime([options.less, path], showing: words, ready: Self.hasPrompt))
        }
        rows.append(Row(measure: "first frame, \(name)", lateral: text, less: less, floor: options.floor == nil ? nil : floor, unit: "ms"))
        if claims { rows.append(Row(measure: "claims highlighted, \(name)", lateral: highlighted, less: nil, unit: "ms")) }
        rows.append(Row(measure: "peak resident memory, \(name)", lateral: peak, less: nil, unit: "bytes"))
    }

    /// Milliseconds from starting a program that is quit by q to its screen showing `words` and
    /// being `ready` (its last line drawn).
    private func firstFrameTime(_ program: [String], showing words: String, ready: (ScreenEmulator) -> Bool) throws -> Double {
        let (terminal, started) = try start(program)
        defer { terminal.terminate() }
        guard let first = terminal.waitForFrame(quiet: options.quiet, until: { $0.text.contains(words) && ready($0) }) else {
            throw PseudoTerminal.Failure(description: "\(program[0]) never showed \"\(words)\":\n\(terminal.screen.text)")
        }
        terminal.send("q")
        return (first - started) * 1000
    }

    /// A key's cost: what it is called, the bytes a terminal sends for it, and the key that
    /// undoes it (so that every press does the same work), if any.
    public struct Press: Sendable {
        public var name: String
        public var keys: String
        public var then: String?
        public var inLess: Bool

        public init(_ name: String, _ keys: String, then: String? = nil, inLess: Bool = false) {
            self.name = name
            self.keys = keys
            self.then = then
            self.inLess = inLess
        }
    }

    static let pageDown = Press("PgDn", "\u{1B}[6~", then: "g", inLess: true)

    public static let presses: [Press] = [
        Press("Tab", "\t"),
        Press("Shift-Tab", "\u{1B}[Z"),
        pageDown,
        Press("G", "G", then: "g", inLess: true),
        Press("search (/ Enter)", "\r", inLess: true),
        Press("Enter to a source", "\r", then: "\u{7F}"),
    ]

    /// Milliseconds from Ctrl-S, which saves a note typed in the reader, to the frame that
    /// says it is saved: the note is on disk before that frame is drawn (the save is done on
    /// the reader's loop before the next key is read), so the time holds the whole save.
    public mutating func noteSaved(_ name: String, article path: String, notes: Int) throws {
        let words = try Self.firstWords(ofArticle: path)
        let (terminal, _) = try start([options.lateral, path])
        defer { terminal.terminate() }
        guard terminal.waitForFrame(quiet: options.quiet, until: { $0.text.contains(words) && Self.hasStatusLine($0) }) != nil,
              terminal.waitForFrame(quiet: options.quiet, until: { !Self.stillReading($0) }) != nil else {
            throw PseudoTerminal.Failure(description: "lateral did not open \(path):\n\(terminal.screen.text)")
        }
        terminal.send("\t")
        _ = terminal.waitForResponse(after: PseudoTerminal.now(), quiet: options.quiet)
        var times: [Double] = []
        for _ in 0..<notes {
            terminal.send("a")
            _ = terminal.waitForResponse(after: PseudoTerminal.now() - 0.001, quiet: options.quiet)
            terminal.send("Checked by the benchmark.")
            _ = terminal.waitForResponse(after: PseudoTerminal.now() - 0.001, quiet: options.quiet)
            let sent = PseudoTerminal.now()
            terminal.send("\u{13}")
            guard let frame = terminal.waitForResponse(after: sent, quiet: options.quiet, timeout: 10),
                  terminal.screen.text.contains("note added") else {
                throw PseudoTerminal.Failure(description: "the note was not said saved:\n\(terminal.screen.text)")
            }
            times.append((frame - sent) * 1000)
        }
        rows.append(Row(measure: "note saved in the reader (Ctrl-S to its frame), \(name)", lateral: times, less: nil, unit: "ms"))
    }

    /// Milliseconds from a key to its frame, over many presses, in Lateral and in `less`.
    public mutating func keys(_ name: String, article path: String, searchTerm: String) throws {
        let words = try Self.firstWords(ofArticle: path)
        for press in Self.presses {
            let lateral = try pressTimes(press, program: [options.lateral, path], ready: { $0.text.contains(words) && Self.hasStatusLine($0) },
                                         searchTerm: searchTerm, lateral: true)
            let less = press.inLess ? try pressTimes(press, program: [options.less, path], ready: { $0.text.contains(words) },
                                                      searchTerm: searchTerm, lateral: false) : nil
            rows.append(Row(measure: "key to frame, \(press.name), \(name)", lateral: lateral, less: less, unit: "ms"))
        }
    }

    /// Milliseconds from PgDn to its frame while the claims are still being read: from the
    /// status line's "reading claims…", once the text is all read, until the claims are
    /// drawn. A press whose frame no longer says it (the claims came meanwhile, and their frame
    /// would be counted as the key's) ends that start; the reader is started again until
    /// there are `presses` presses, or after a few tries when the claims come too soon to
    /// press at all (the quick sizes).
    public mutating func keysWhileClaimsLoad(_ name: String, article path: String) throws {
        let words = try Self.firstWords(ofArticle: path)
        var times: [Double] = []
        var starts = 0
        while times.count < options.presses && starts < max(3, options.presses / 4) {
            starts += 1
            let (terminal, _) = try start([options.lateral, path])
            defer { terminal.terminate() }
            // The text all read: the claims are either still being read or already in.
            let textRead = { (screen: ScreenEmulator) in
                screen.text.contains(words) && Self.hasStatusLine(screen) && (Self.readingClaims(screen) || !Self.stillReading(screen))
            }
            guard terminal.waitForFrame(quiet: options.quiet, until: textRead) != nil, Self.readingClaims(terminal.screen) else { continue }
            while times.count < options.presses {
                let sent = PseudoTerminal.now()
                terminal.send(Self.pageDown.keys)
                guard let frame = terminal.waitForResponse(after: sent, quiet: options.quiet), Self.readingClaims(terminal.screen)
                else { break }
                times.append((frame - sent) * 1000)
            }
        }
        rows.append(Row(measure: "key to frame while the claims are read, PgDn, \(name)", lateral: times, less: nil, unit: "ms"))
    }

    private func pressTimes(_ press: Press, program: [String], ready: (ScreenEmulator) -> Bool, searchTerm: String,
                            lateral: Bool) throws -> [Double] {
        let (terminal, _) = try start(program)
        defer { terminal.terminate() }
        guard terminal.waitForFrame(quiet: options.quiet, until: ready) != nil else {
            throw PseudoTerminal.Failure(description: "\(program[0]) did not start:\n\(terminal.screen.text)")
        }
        if lateral {
            // The claims loaded first: Tab and Enter need them.
            _ = terminal.waitForFrame(quiet: options.quiet) { !Self.stillReading($0) }
            if press.name.hasPrefix("Enter") {
                terminal.send("\t")
                _ = terminal.waitForResponse(after: PseudoTerminal.now(), quiet: options.quiet)
            }
        }
        var times: [Double] = []
        for _ in 0..<options.presses {
            if press.name.hasPrefix("search") {
                // The term is typed first; what is measured is Enter to the match on screen.
                terminal.send("/" + searchTerm)
                _ = terminal.waitForResponse(after: PseudoTerminal.now() - 0.001, quiet: options.quiet)
            }
            let sent = PseudoTerminal.now()
            terminal.send(press.keys)
            if let frame = terminal.waitForResponse(after: sent, quiet: options.quiet) { times.append((frame - sent) * 1000) }
            if let then = press.then {
                terminal.send(then)
                _ = terminal.waitForResponse(after: PseudoTerminal.now() - 0.001, quiet: options.quiet)
            }
        }
        return times
    }

    /// Milliseconds a command takes from start to exit, as a script sees it.
    public mutating func command(_ name: String, _ arguments: [String], runs: Int? = nil) throws {
        var times: [Double] = []
        for _ in 0..<(runs ?? options.runs) {
            let started = PseudoTerminal.now()
            try Self.run(options.lateral, arguments, environment: environment)
            times.append((PseudoTerminal.now() - started) * 1000)
        }
        rows.append(Row(measure: name, lateral: times, less: nil, unit: "ms"))
    }

    /// Runs a program to its end, its output thrown away: spawned and waited for directly,
    /// since Foundation's `Process` adds tens of milliseconds of its own to each run.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]) throws {
        func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        let argv = cStrings([program] + arguments)
        let envp = cStrings(environment.map { "\($0.key)=\($0.value)" })
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: program]) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    public mutating func add(_ row: Row) {
        rows.append(row)
    }

    /// The table as text: median and 99th percentile (or the range over runs) beside `less` and
    /// the floor.
    public var table: String {
        func summary(_ values: [Double], unit: String) -> String {
            guard !values.isEmpty else { return "—" }
            let sorted = values.sorted()
            let median = sorted[sorted.count / 2]
            let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
            func format(_ value: Double) -> String {
                unit == "bytes" ? String(format: "%.0f MiB", value / 1_048_576) : value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
            }
            return sorted.count >= 20 ? "p50 \(format(median)) · p99 \(format(p99))" : "\(format(sorted.first!))–\(format(sorted.last!))"
        }
        var lines = ["| measure | lateral | less | floor |", "|---|---|---|---|"]
        for row in rows {
            let others = [row.less, row.floor].map { $0.map { summary($0, unit: row.unit) } ?? "" }
            lines.append("| \(row.measure) | \(summary(row.lateral, unit: row.unit)) | \(others[0]) | \(others[1]) |")
        }
        return lines.joined(separator: "\n")
    }
}
