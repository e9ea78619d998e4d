import LateralTerminal
import LateralUI

/// The state after an action, with the files it asks for (an article, its claims) read at
/// once, as the reader's worker threads would read them.
func step(_ state: ReaderState, _ action: Action) -> ReaderState {
    var reader = ImmediateReader(state)
    reader.send(action)
    return reader.state
}
