import LateralCore

/// A small window over the screen that takes every key until it is done: a menu of
/// verdicts, the editor of a rationale or a note, a yes-or-no question.
public enum Overlay: Sendable, Equatable {
    case menu(ChoiceMenu)
    case editor(TextEditor)
    case confirm(Confirmation)

    var context: KeyContext {
        switch self {
        case .menu: return .menu
        case .editor: return .editor
        case .confirm: return .confirm
        }
    }
}

/// A menu whose every item has a key of its own, shown beside it.
public struct ChoiceMenu: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case verdict(claimID: String)
        case attribution(claimID: String)
    }

    public struct Item: Sendable, Equatable {
        public var key: Character
        public var glyph: String
        public var label: String
    }

    public var purpose: Purpose
    public var items: [Item]
    public var selection: Int

    public var title: String {
        switch purpose {
        case .verdict(let id): return "verdict of claim \(id)"
        case .attribution(let id): return "attribution of claim \(id)"
        }
    }

    /// The one-key shortcut of each verdict, shown in the menu and the README.
    static let verdictKeys: [Verdict: Character] = [
        .unverified: "u", .true: "t", .mostlyTrue: "m", .mixed: "x", .misleading: "s", .false: "f", .unverifiable: "n", .opinion: "o",
    ]
    static let attributionKeys: [Attribution: Character] = [
        .confirmed: "c", .misattributed: "m", .unconfirmed: "u", .notApplicable: "n",
    ]

    static func verdicts(of claim: Claim, ascii: Bool) -> ChoiceMenu {
        let items = Verdict.allCases.map { Item(key: verdictKeys[$0]!, glyph: ascii ? $0.asciiGlyph : $0.glyph, label: $0.label) }
        return ChoiceMenu(purpose: .verdict(claimID: claim.id), items: items,
                          selection: Verdict.allCases.firstIndex(of: claim.verdict) ?? 0)
    }

    static func attributions(of claim: Claim) -> ChoiceMenu {
        let items = Attribution.allCases.map { Item(key: attributionKeys[$0]!, glyph: " ", label: $0.label) }
        return ChoiceMenu(purpose: .attribution(claimID: claim.id), items: items,
                          selection: Attribution.allCases.firstIndex(of: claim.attribution) ?? 0)
    }

    /// The item a typed key names.
    func item(for character: Character) -> Int? {
        items.firstIndex { $0.key == character }
    }
}

/// A question answered with y or n.
public struct Confirmation: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case deleteClaim(id: String)
        /// Leave an article whose last change could not be written.
        case leaveUnsaved
    }

    public var purpose: Purpose
    public var question: String
}
