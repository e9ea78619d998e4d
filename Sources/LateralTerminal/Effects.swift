import CNcursesw
import Foundation
import LateralUI

/// What the reader does outside its screen: open a browser, set the clipboard.
enum Effects {
    /// - Returns: a message for the status line when something went wrong.
    static func perform(_ effect: Effect, inbox: Inbox) -> String? {
        switch effect {
        case .openURL(let url): return openURL(url)
        case .copy(let text): return copy(text)
        case .loadClaims(let path, let body):
            // On its own thread: the user reads and scrolls the text meanwhile.
            Thread.detachNewThread {
                switch LoadedClaims.load(articlePath: path, body: body) {
                case .success(let claims): inbox.post(.claimsLoaded(path: path, claims: claims, problem: nil))
                case .failure(let problem): inbox.post(.claimsLoaded(path: path, claims: nil, problem: problem.description))
                }
            }
            return nil
        }
    }

    /// Actions that arrive from other threads, taken by the event loop between keys.
    final class Inbox: @unchecked Sendable {
        private let lock = NSLock()
        private var actions: [Action] = []

        func post(_ action: Action) {
            lock.lock()
            actions.append(action)
            lock.unlock()
        }

        func take() -> [Action] {
            lock.lock()
            defer { lock.unlock() }
            let taken = actions
            actions = []
            return taken
        }
    }

    /// Runs $BROWSER (or xdg-open) with the URL as its one argument, never through a shell,
    /// with curses suspended so that a text browser gets the terminal.
    static func openURL(_ url: String) -> String? {
        // Only web addresses: a claims file could hold "--some-browser-option" or a file: URL.
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            return "not opened: only http and https addresses are handed to a browser"
        }
        let environment = ProcessInfo.processInfo.environment
        // $BROWSER may list several commands separated by colons; the first is used.
        let browser = environment["BROWSER"].flatMap { $0.split(separator: ":").first.map(String.init) } ?? "xdg-open"
        let words = browser.split(separator: " ").map(String.init)
        guard let program = words.first else { return "no browser: set BROWSER" }
        endwin()
        defer { wrefresh(lateral_stdscr()) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words + [url]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return "cannot run \(program): \(error.localizedDescription)"
        }
        return process.terminationStatus == 0 ? nil : "\(program) exited with status \(process.terminationStatus)"
    }

    /// OSC 52: the terminal (or tmux, or ssh's far end) puts the text on the clipboard.
    static func copy(_ text: String) -> String? {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        FileHandle.standardOutput.write(Data(sequence.utf8))
        return nil
    }
}
