import ArgumentParser
import Foundation

// Not `@main`: usage errors must exit with 2 as `check` documents, not ArgumentParser's 64.
do {
    var command = try Lateral.parseAsRoot()
    try command.run()
} catch {
    if Lateral.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Lateral.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usageOrUnreadable.rawValue)
    }
    Lateral.exit(withError: error)
}
