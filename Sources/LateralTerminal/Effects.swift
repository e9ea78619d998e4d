import CNcursesw
import Foundation
import LateralCore
import LateralUI

/// The answers to the effects that read files, worked out where they may block: on the
/// reader's worker threads, in the tests and the benchmark directly.
public enum FileEffects {
    /// The answer to an effect that reads files; nil for any other effect.
    public static func answer(to effect: Effect) -> Action? {
        switch effect {
        case .readArticle(let request):
            let result = Result { () throws(FileProblem) in try Article.read(request.path) }
            return .articleRead(ArticleAnswer(request: request, result: result))
        case .loadClaims(let request):
            return .claimsLoaded(ClaimsAnswer(request: request, result: LoadedClaims.load(articlePath: request.path, body: request.body)))
        case .saveClaims(let request):
            let result = Result { () throws(FileProblem) in
                try SidecarFile.save(request.sidecar, to: request.claimsPath, base: request.base, baseBytes: request.baseBytes)
            }
            return .claimsSaved(SaveAnswer(request: request, result: result))
        case .openURL, .copy, .redraw, .editExternally:
            return nil
        }
    }
}

/// What the reader does outside its screen: read files on worker threads, open a browser,
/// set the clipboard.
struct TerminalEffects: EffectRunner {
    func perform(_ effect: Effect, answer: @escaping @Sendable (Action) -> Void) {
        switch effect {
        case .readArticle, .loadClaims:
            // Off the loop: the user reads and scrolls meanwhile.
            Thread.detachNewThread {
                if let action = FileEffects.answer(to: effect) { answer(action) }
            }
        case .saveClaims:
            // On the loop: the change is on disk before the next key is read.
            if let action = FileEffects.answer(to: effect) { answer(action) }
        case .editExternally(let request):
            answer(.textEdited(ExternalEditAnswer(request: request, result: ExternalEditor.edit(request.editor.text))))
        case .openURL(let url):
            if let problem = Browser.open(url) { answer(.effectFailed(problem)) }
        case .copy(let text):
            Clipboard.copy(text)
        case .redraw:
            break
        }
    }
}

enum Browser {
    /// Runs $BROWSER (or xdg-open) with the URL as its one argument, never through a shell,
    /// with curses suspended so that a text browser gets the terminal.
    /// - Returns: what went wrong, for the status line.
    static func open(_ url: String) -> String? {
        // Only web addresses: a claims file could hold "--some-browser-option" or a file: URL.
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            return "not opened: only http and https addresses are handed to a browser"
        }
        let environment = ProcessInfo.processInfo.environment
        // $BROWSER may list several commands separated by colons; the first is used.
        let browser = environment["BROWSER"].flatMap { $0.split(separator: ":").first.map(String.init) }
        let words = (browser ?? "xdg-open").split(separator: " ").map(String.init)
        guard let program = words.first else { return "no browser: set BROWSER" }
        // Found before curses lets go of the screen, so that a missing browser is said in the
        // status line and nothing is printed into the user's shell.
        guard let executable = executablePath(program, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return browser == nil ? "no browser: set BROWSER (xdg-open is not installed)" : "no browser: \(program) is not found (BROWSER)"
        }
        endwin()
        defer { wrefresh(lateral_stdscr()) }
        let arguments = [executable] + Array(words.dropFirst()) + [url]
        switch runInForeground(executable, arguments) {
        case .failure(let reason): return "cannot run \(program): \(reason)"
        case .success(let status): return status == 0 ? nil : "\(program) exited with status \(status)"
        }
    }

    /// Runs a program in the reader's own process group, so that a text browser is in the
    /// terminal's foreground and may read keys. (Foundation's `Process` starts it in a group of
    /// its own, where its first read of the terminal stops it, and the reader waits for ever.)
    static func runInForeground(_ executable: String, _ arguments: [String]) -> Result<Int32, SpawnFailure> {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, executable, nil, nil, &argv, environ)
        guard spawned == 0 else { return .failure(SpawnFailure(reason: String(cString: strerror(spawned)))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(SpawnFailure(reason: String(cString: strerror(errno)))) }
        }
        // Exited: its status; killed: 128 + the signal, as a shell says it.
        let signal = status & 0x7F
        return .success(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// A program's file: itself when it has a slash, else the first in PATH that can run.
    static func executablePath(_ program: String, path: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

enum Clipboard {
    /// OSC 52: the terminal (or tmux, or ssh's far end) puts the text on the clipboard.
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }
}
