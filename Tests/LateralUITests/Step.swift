import LateralTerminal
import LateralUI

/// The state after an action, with the files it asks for (an article, its claims) read at
/// once, as the reader's worker threads would read them.
func step(_ state: ReaderState, _ action: Action) -> ReaderState {
    var reader = ImmediateReader(state)
    reader.send(action)
    return reader.state
}

/// The state after keys pressed one by one, each read through the key table as the reader
/// reads it (a key that means nothing where it is pressed does nothing).
func keys(_ keys: [Key], _ state: ReaderState) -> ReaderState {
    keys.reduce(state) { state, key in
        guard let action = state.action(for: key) else { return state }
        return step(state, action)
    }
}

/// The keys that type a text.
func typed(_ text: String) -> [Key] { text.map(Key.character) }
