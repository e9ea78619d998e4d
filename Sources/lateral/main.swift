import ArgumentParser
import FoundationEssentials
import Glibc
import LateralCore
import LateralTerminal
import LateralUI

/// When the program started, for the reader's frame trace (`LATERAL_TRACE`).
let launched = TerminalSession.monotonicSeconds()

// Display widths (CJK takes two columns) come from the C library, which needs a UTF-8 locale.
DisplayWidth.prepareLocale()

let givenArguments = Array(CommandLine.arguments.dropFirst())
if let word = Lateral.unknownCommand(in: givenArguments) {
    // The word may also be an article named with words too many: what is said holds either way.
    Console.error("\"\(word)\" is not a command, and an article is read with nothing after its name but options (the commands: \(Lateral.commandNames)); see lateral --help")
    exit(ExitStatus.usageOrUnreadable.rawValue)
}

// Not `@main`: usage errors must exit with 2 as `check` documents, not ArgumentParser's 64.
do {
    if let path = ReadCommand.lonePath(in: givenArguments) {
        try ReadCommand.open(path, claim: nil, library: Library.folder(option: nil))
    } else {
        var command = try Lateral.parseAsRoot()
        try command.run()
    }
} catch {
    // ArgumentParser's messages quote the arguments as typed: they go out through the same
    // door as everything else, so that an argument's escape sequences are shown, not obeyed.
    let code = Lateral.exitCode(for: error)
    let message = Lateral.fullMessage(for: error)
    if code == .success {
        Console.print(message)
        exit(0)
    }
    if !message.isEmpty { Console.error(message) }
    exit(code == .validationFailure ? ExitStatus.usageOrUnreadable.rawValue : code.rawValue)
}
