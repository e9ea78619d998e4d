import LateralCore
import Synchronization

/// Where a key binding applies.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case everywhere
    case library
    case article
    case picker
    /// A claim's whole case, on a screen of its own.
    case claim
    case source
    case help
    /// A menu over the screen: the verdicts, the attributions.
    case menu
    /// The editor of a rationale or a note.
    case editor
    /// A yes-or-no question.
    case confirm
    /// Selecting words of the article to make a claim, as vim's visual mode.
    case visual
    /// The form of a source's description.
    case form

    /// Contexts that take every key: what they do not bind does nothing, rather than
    /// scrolling the screen under them.
    var isModal: Bool { self == .menu || self == .editor || self == .confirm || self == .visual || self == .form }
}

/// What the user can ask for.
public enum Action: Sendable, Equatable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextClaim, previousClaim
    /// `i`: the selected claim's whole case, on a screen of its own.
    case claimCase
    /// `:`: go to a claim by its number (or id).
    case goToClaim
    /// Esc: cancel what is going on (a search's highlight, a filter, the list's focus).
    case cancel
    /// `L`: the legend of verdict glyphs and colours.
    case legend
    /// Enter: open the selected article, jump to the selected claim's source, take the
    /// selected source of the picker.
    case open
    /// A digit in the source picker or a claim's case: take that source.
    case choose(Int)
    /// Backspace, Ctrl-O: back to the screen before; never quits.
    case back
    /// `q`: back, and quit from the library.
    case backOrQuit
    case toggleSidePane
    /// Ctrl-W: move the focus between the article and the side pane's list.
    case switchPane
    /// `o`: open the URL of the source on screen, or of the selected claim's first source.
    case openURL
    /// `y`: copy that URL, or the selected claim's quote, to the clipboard.
    case copy
    /// A mouse click at a cell of the screen; a double click also opens what it hits.
    case click(x: Int, y: Int, double: Bool)
    /// The mouse wheel: lines down (negative: up).
    case wheel(Int)
    /// Open an article of the library, and select a claim once its claims are read: how the
    /// command line starts the reader on an article.
    case openArticle(path: String, selectingClaim: String?)
    /// Answers to effects: an article's file read, its claims read and anchored (or why not),
    /// an effect that did not work out.
    case articleRead(ArticleAnswer)
    /// The first part of a long article, read to be shown while the rest is read.
    case articleBeginning(ArticleAnswer)
    case claimsLoaded(ClaimsAnswer)
    case effectFailed(String)
    /// `/` and `?`: search the article (forward, backward); in the library, filter by title.
    case startSearch(forward: Bool)
    case nextMatch, previousMatch
    /// `f`: step only through claims of one verdict, cycling all → false → misleading → …
    case cycleVerdict
    /// Annotating the selected claim: its verdict and attribution from a menu, its rationale
    /// and a new note in the editor, deleting it; undo and redo; a conflict settled.
    case chooseVerdict, chooseAttribution, editRationale, addNote, deleteClaim
    case undo, redo
    case keepConflict, takeOtherSide
    /// `v`: start selecting words to make a claim (or an orphan's new place); `M`: make the
    /// search's current match a claim.
    case startSelection, claimMatch
    /// Moving the selection's cursor; `o`, as in vim, moves it to the other end.
    case moveCursor(CursorMotion)
    case swapSelectionEnds
    /// `l`: link the selected claim to a source; `U`: take a link away; `e`: edit the source
    /// selected in the side pane's list.
    case linkSource, unlinkSource, editSource
    /// A menu item's own key.
    case menuPick(Int)
    case edit(EditorCommand)
    case confirm(Bool)
    /// Answers to the effects that save claims and run the user's editor.
    case claimsSaved(SaveAnswer)
    case textEdited(ExternalEditAnswer)
    /// Files changed on disk (the terminal watches the open article's), and the answers to
    /// reading an article again and to editing it.
    case filesChanged([String])
    case articleReloaded(ReloadAnswer)
    case articleEdited(ArticleEditAnswer)
    /// `E`: the article's own text in the user's editor.
    case editArticle
    /// The reader starting: the library and the author are found apart from the first frame.
    case start
    case libraryRead(LibraryAnswer)
    case authorFound(String)
    /// Typing into the prompt of a search or a filter.
    case promptInput(Character)
    case promptDelete, promptSubmit, promptCancel
    case help
    /// Ctrl-L: draw the whole screen again.
    case redraw
    case quit
    case resize(width: Int, height: Int)
}

public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var context: KeyContext
    /// A word or two for the status line's hints; nil to leave the key out of them.
    public var hint: String?

    /// The keys as help shows them: the digits' binding as one range.
    public var keyLabels: [String] {
        switch action {
        case .choose(1): return ["1…9"]
        case .menuPick: return ["letter"]
        default: return keys.map(\.description)
        }
    }
}

/// The one table of keys, as newsboat keeps it: the reducer, the help screen and the status
/// line's hints are all read from here.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(action: .lineDown, keys: [.character("j"), .down, .control("n"), .control("e")], help: "down one line", context: .everywhere),
        KeyBinding(action: .lineUp, keys: [.character("k"), .up, .control("p"), .control("y")], help: "up one line", context: .everywhere),
        KeyBinding(action: .pageDown, keys: [.character(" "), .pageDown, .control("f")], help: "down one page", context: .everywhere),
        KeyBinding(action: .pageUp, keys: [.character("b"), .pageUp, .control("b")], help: "up one page", context: .everywhere),
        KeyBinding(action: .halfPageDown, keys: [.control("d")], help: "down half a page", context: .everywhere),
        KeyBinding(action: .halfPageUp, keys: [.control("u")], help: "up half a page", context: .everywhere),
        KeyBinding(action: .top, keys: [.character("g"), .home, .character("<")], help: "to the top", context: .everywhere),
        KeyBinding(action: .bottom, keys: [.character("G"), .end, .character(">")], help: "to the bottom", context: .everywhere),
        KeyBinding(action: .nextClaim, keys: [.tab], help: "next claim", context: .article, hint: "next claim"),
        KeyBinding(action: .previousClaim, keys: [.backTab], help: "previous claim", context: .article),
        KeyBinding(action: .goToClaim, keys: [.character(":")], help: "go to a claim by its number or id", context: .article),
        KeyBinding(action: .claimCase, keys: [.character("i")], help: "the claim's whole case, on its own screen", context: .article, hint: "case"),
        KeyBinding(action: .open, keys: [.enter], help: "open the article", context: .library, hint: "open"),
        KeyBinding(action: .open, keys: [.enter], help: "go to the claim's source (or the list's)", context: .article, hint: "source"),
        KeyBinding(action: .open, keys: [.enter], help: "go to the selected source", context: .picker, hint: "go"),
        KeyBinding(action: .choose(1), keys: (1...9).map { .character(Character(String($0))) }, help: "go to the source with that number", context: .picker, hint: "source"),
        KeyBinding(action: .choose(1), keys: (1...9).map { .character(Character(String($0))) }, help: "go to the source with that number", context: .claim, hint: "source"),
        KeyBinding(action: .open, keys: [.enter], help: "back to the selected claim", context: .source, hint: "claim"),
        KeyBinding(action: .startSearch(forward: true), keys: [.character("/")], help: "search forward", context: .article, hint: "search"),
        KeyBinding(action: .startSearch(forward: false), keys: [.character("?")], help: "search backward", context: .article),
        KeyBinding(action: .nextMatch, keys: [.character("n")], help: "next match", context: .article),
        KeyBinding(action: .previousMatch, keys: [.character("N")], help: "previous match", context: .article),
        KeyBinding(action: .cycleVerdict, keys: [.character("f")], help: "step through one verdict: all, false, …", context: .article),
        KeyBinding(action: .chooseVerdict, keys: [.character("c")], help: "change the claim's verdict (a menu, one key each)", context: .article, hint: "verdict"),
        KeyBinding(action: .chooseAttribution, keys: [.character("A")], help: "change the claim's attribution", context: .article),
        KeyBinding(action: .editRationale, keys: [.character("r")], help: "write the claim's rationale", context: .article),
        KeyBinding(action: .addNote, keys: [.character("a")], help: "add a note to the claim", context: .article, hint: "note"),
        KeyBinding(action: .deleteClaim, keys: [.character("D")], help: "delete the claim (asks first)", context: .article),
        KeyBinding(action: .undo, keys: [.character("u")], help: "undo the last change (saved at once)", context: .article),
        KeyBinding(action: .redo, keys: [.control("r")], help: "redo what was undone", context: .article),
        KeyBinding(action: .startSelection, keys: [.character("v")], help: "select words to make a claim (on an orphan: its new place)", context: .article, hint: "select"),
        KeyBinding(action: .claimMatch, keys: [.character("M")], help: "make the search's current match a claim", context: .article),
        KeyBinding(action: .linkSource, keys: [.character("l")], help: "link the claim to a source (or a new one), with a passage", context: .article),
        KeyBinding(action: .unlinkSource, keys: [.character("U")], help: "unlink the claim from one of its sources", context: .article),
        KeyBinding(action: .editSource, keys: [.character("e")], help: "edit the source selected in the side list (D deletes it)", context: .article),
        KeyBinding(action: .editArticle, keys: [.character("E")], help: "correct the article itself in $VISUAL or $EDITOR; claims re-anchored after", context: .article),
        KeyBinding(action: .keepConflict, keys: [.character("K")], help: "conflict: keep the value the claim holds", context: .article),
        KeyBinding(action: .takeOtherSide, keys: [.character("O")], help: "conflict: take the other side's value", context: .article),
        KeyBinding(action: .startSearch(forward: true), keys: [.character("/")], help: "filter by title", context: .library, hint: "filter"),
        KeyBinding(action: .switchPane, keys: [.control("w")], help: "move between the text and the side list", context: .article),
        KeyBinding(action: .openURL, keys: [.character("o")], help: "open the source's URL in $BROWSER", context: .article),
        KeyBinding(action: .copy, keys: [.character("y")], help: "copy the claim's quote to the clipboard", context: .article),
        KeyBinding(action: .openURL, keys: [.character("o")], help: "open its first source's URL in $BROWSER", context: .claim),
        KeyBinding(action: .copy, keys: [.character("y")], help: "copy the claim's quote to the clipboard", context: .claim),
        KeyBinding(action: .openURL, keys: [.character("o")], help: "open the URL in $BROWSER", context: .source, hint: "open URL"),
        KeyBinding(action: .copy, keys: [.character("y")], help: "copy the URL to the clipboard", context: .source, hint: "copy URL"),
        KeyBinding(action: .toggleSidePane, keys: [.character("s")], help: "show or hide the side pane", context: .article),
        KeyBinding(action: .menuPick(0), keys: [], help: "verdicts: " + Verdict.allCases.map { "\(ChoiceMenu.key(for: $0)) \($0.label)" }.joined(separator: ", "), context: .menu),
        KeyBinding(action: .menuPick(0), keys: [], help: "attributions: " + Attribution.allCases.map { "\(ChoiceMenu.key(for: $0)) \($0.label)" }.joined(separator: ", "), context: .menu),
        KeyBinding(action: .menuPick(0), keys: [], help: "relations: " + Relation.allCases.map { "\(ChoiceMenu.key(for: $0)) \($0.rawValue)" }.joined(separator: ", ") + "; sources: 1…9, a…z (not j, k, q), + a new one", context: .menu),
        KeyBinding(action: .lineDown, keys: [.character("j"), .down], help: "next item", context: .menu),
        KeyBinding(action: .lineUp, keys: [.character("k"), .up], help: "previous item", context: .menu),
        KeyBinding(action: .open, keys: [.enter], help: "choose the item", context: .menu, hint: "choose"),
        KeyBinding(action: .cancel, keys: [.escape, .character("q")], help: "close, changing nothing", context: .menu, hint: "cancel"),
        KeyBinding(action: .edit(.save), keys: [.control("s")], help: "save the text", context: .editor, hint: "save"),
        KeyBinding(action: .cancel, keys: [.escape], help: "close, changing nothing", context: .editor, hint: "cancel"),
        KeyBinding(action: .edit(.external), keys: [.control("x")], help: "write it in $VISUAL or $EDITOR instead", context: .editor, hint: "$EDITOR"),
        KeyBinding(action: .edit(.newline), keys: [.enter], help: "new line", context: .editor),
        KeyBinding(action: .edit(.left), keys: [.left], help: "left", context: .editor),
        KeyBinding(action: .edit(.right), keys: [.right], help: "right", context: .editor),
        KeyBinding(action: .edit(.up), keys: [.up], help: "up a line", context: .editor),
        KeyBinding(action: .edit(.down), keys: [.down], help: "down a line", context: .editor),
        KeyBinding(action: .edit(.lineStart), keys: [.home, .control("a")], help: "start of the line", context: .editor),
        KeyBinding(action: .edit(.lineEnd), keys: [.end, .control("e")], help: "end of the line", context: .editor),
        KeyBinding(action: .edit(.deleteBackward), keys: [.backspace], help: "delete the character before", context: .editor),
        KeyBinding(action: .edit(.deleteWord), keys: [.control("w")], help: "delete the word before", context: .editor),
        KeyBinding(action: .open, keys: [.enter], help: "make the selection a claim (or the orphan's new place)", context: .visual, hint: "make claim"),
        KeyBinding(action: .cancel, keys: [.escape, .character("v")], help: "stop selecting, changing nothing", context: .visual, hint: "cancel"),
        KeyBinding(action: .moveCursor(.wordForward), keys: [.character("w")], help: "to the next word", context: .visual, hint: "b e words"),
        KeyBinding(action: .moveCursor(.wordBackward), keys: [.character("b")], help: "back to the word's start", context: .visual),
        KeyBinding(action: .moveCursor(.wordEnd), keys: [.character("e")], help: "to the word's end", context: .visual),
        KeyBinding(action: .moveCursor(.lineStart), keys: [.character("0"), .home], help: "to the line's start", context: .visual, hint: "$ line"),
        KeyBinding(action: .moveCursor(.lineEnd), keys: [.character("$"), .end], help: "to the line's end", context: .visual),
        KeyBinding(action: .moveCursor(.left), keys: [.character("h"), .left], help: "one character left", context: .visual),
        KeyBinding(action: .moveCursor(.right), keys: [.character("l"), .right], help: "one character right", context: .visual),
        KeyBinding(action: .moveCursor(.down), keys: [.character("j"), .down], help: "down a line", context: .visual),
        KeyBinding(action: .moveCursor(.up), keys: [.character("k"), .up], help: "up a line", context: .visual),
        KeyBinding(action: .startSearch(forward: true), keys: [.character("/")], help: "search forward: the cursor goes to the match", context: .visual, hint: "search"),
        KeyBinding(action: .startSearch(forward: false), keys: [.character("?")], help: "search backward", context: .visual),
        KeyBinding(action: .nextMatch, keys: [.character("n")], help: "next match", context: .visual),
        KeyBinding(action: .previousMatch, keys: [.character("N")], help: "previous match", context: .visual),
        KeyBinding(action: .swapSelectionEnds, keys: [.character("o")], help: "the cursor to the selection's other end", context: .visual),
        KeyBinding(action: .edit(.save), keys: [.control("s")], help: "save the source", context: .form, hint: "save"),
        KeyBinding(action: .cancel, keys: [.escape], help: "close, changing nothing", context: .form, hint: "cancel"),
        KeyBinding(action: .lineDown, keys: [.tab, .down, .enter], help: "next field", context: .form, hint: "next field"),
        KeyBinding(action: .lineUp, keys: [.backTab, .up], help: "previous field", context: .form),
        KeyBinding(action: .edit(.left), keys: [.left], help: "left", context: .form),
        KeyBinding(action: .edit(.right), keys: [.right], help: "right", context: .form),
        KeyBinding(action: .edit(.lineStart), keys: [.home, .control("a")], help: "start of the field", context: .form),
        KeyBinding(action: .edit(.lineEnd), keys: [.end, .control("e")], help: "end of the field", context: .form),
        KeyBinding(action: .edit(.deleteBackward), keys: [.backspace], help: "delete the character before", context: .form),
        KeyBinding(action: .edit(.deleteWord), keys: [.control("w")], help: "delete the word before", context: .form),
        KeyBinding(action: .confirm(true), keys: [.character("y")], help: "yes", context: .confirm, hint: "yes"),
        KeyBinding(action: .confirm(false), keys: [.character("n"), .escape], help: "no", context: .confirm, hint: "no"),
        KeyBinding(action: .cancel, keys: [.escape], help: "cancel: a search's marks, a filter, a focus", context: .everywhere),
        KeyBinding(action: .legend, keys: [.character("L")], help: "what the verdicts' glyphs and colours mean", context: .everywhere, hint: "legend"),
        KeyBinding(action: .help, keys: [.character("h"), .function(1)], help: "this help", context: .everywhere, hint: "help"),
        KeyBinding(action: .backOrQuit, keys: [.character("q")], help: "back; quit from the library", context: .everywhere, hint: "back"),
        KeyBinding(action: .back, keys: [.backspace, .control("o")], help: "back to where you were", context: .everywhere),
        KeyBinding(action: .redraw, keys: [.control("l")], help: "draw the screen again", context: .everywhere),
        KeyBinding(action: .quit, keys: [.character("Q"), .control("c")], help: "quit", context: .everywhere),
    ]

    /// The action a key asks for in a context, the context's own bindings first.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        // The digits share one binding; each chooses its own number.
        if context == .picker || context == .claim, case .character(let character) = key, let digit = character.wholeNumberValue,
           (1...9).contains(digit) {
            return .choose(digit)
        }
        let binding = bindings.first { $0.context == context && $0.keys.contains(key) }
            ?? (context.isModal ? nil : bindings.first { $0.context == .everywhere && $0.keys.contains(key) })
        return binding?.action
    }

    /// "Tab next claim · Enter source · / search · s side pane · h help · q back", for the status line.
    public static func hints(for context: KeyContext) -> String {
        hintParts(for: context).joined(separator: " · ")
    }

    /// The hints one by one, most useful first, so that a narrow status line shows whole ones.
    /// Made once per context: every frame's status line asks, and making them was a tenth of
    /// a key's frame.
    public static func hintParts(for context: KeyContext) -> [String] {
        let slot = contexts.firstIndex(of: context)!
        if let made = madeHints.withLock({ $0[slot] }) { return made }
        let parts = bindings.filter { $0.hint != nil && ($0.context == context || ($0.context == .everywhere && !context.isModal)) }
            .map { "\($0.keyLabels[0]) \($0.hint!)" }
        madeHints.withLock { $0[slot] = parts }
        return parts
    }

    private static let madeHints = Mutex<[[String]?]>(Array(repeating: nil, count: contexts.count))
    /// The contexts once, in the order of `madeHints` (`allCases` makes a new list at each call).
    private static let contexts = KeyContext.allCases

    /// The key table as Markdown, for the README (a test keeps the two the same).
    public static var markdownTable: String {
        var rows = ["| keys | what they do | where |", "|---|---|---|"]
        for binding in bindings {
            let keys = binding.keyLabels.map { "`\($0)`" }.joined(separator: " ")
            rows.append("| \(keys) | \(binding.help) | \(binding.context.rawValue) |")
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
