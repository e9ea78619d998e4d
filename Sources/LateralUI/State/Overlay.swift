import LateralCore

/// A small window over the screen that takes every key until it is done: a menu of
/// verdicts, the editor of a rationale or a note, a yes-or-no question.
public enum Overlay: Sendable, Equatable {
    case menu(ChoiceMenu)
    case editor(TextEditor)
    case confirm(Confirmation)
    case form(SourceForm)

    var context: KeyContext {
        switch self {
        case .menu: return .menu
        case .editor: return .editor
        case .confirm: return .confirm
        case .form: return .form
        }
    }
}

/// A menu whose every item has a key of its own, shown beside it.
public struct ChoiceMenu: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case verdict(claimID: String)
        case attribution(claimID: String)
        /// The article's sources to link a claim to, after a first item for a new one.
        case linkSource(claimID: String, sourceIDs: [String])
        case relation(LinkDraft)
        /// The claim's links, one to take away.
        case unlink(claimID: String, links: [SourceLink])
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
        case .linkSource(let id, _): return "link claim \(id) to"
        case .relation(let draft): return "claim \(draft.claimID) and \(draft.sourceID): the source"
        case .unlink(let id, _): return "unlink claim \(id) from"
        }
    }

    /// The one-key shortcut of each verdict, shown in the menu and the README. (Switches, not
    /// dictionaries: the key table is made for the first frame's hints, and a dictionary's
    /// type is built at run time.)
    static func key(for verdict: Verdict) -> Character {
        switch verdict {
        case .unverified: "u"
        case .true: "t"
        case .mostlyTrue: "m"
        case .mixed: "x"
        case .misleading: "s"
        case .false: "f"
        case .unverifiable: "n"
        case .opinion: "o"
        }
    }

    static func key(for attribution: Attribution) -> Character {
        switch attribution {
        case .confirmed: "c"
        case .misattributed: "m"
        case .unconfirmed: "u"
        case .notApplicable: "n"
        }
    }

    static func verdicts(of claim: Claim, ascii: Bool) -> ChoiceMenu {
        let items = Verdict.allCases.map { Item(key: key(for: $0), glyph: ascii ? $0.asciiGlyph : $0.glyph, label: $0.label) }
        return ChoiceMenu(purpose: .verdict(claimID: claim.id), items: items,
                          selection: Verdict.allCases.firstIndex(of: claim.verdict) ?? 0)
    }

    static func attributions(of claim: Claim) -> ChoiceMenu {
        let items = Attribution.allCases.map { Item(key: key(for: $0), glyph: " ", label: $0.label) }
        return ChoiceMenu(purpose: .attribution(claimID: claim.id), items: items,
                          selection: Attribution.allCases.firstIndex(of: claim.attribution) ?? 0)
    }

    /// The keys of items picked from a list: digits, then letters, but not the menu's own
    /// keys (j and k move, q closes).
    static let listKeys = Array("123456789abcdefghilmnoprstuvwxyz")
    static func key(for relation: Relation) -> Character {
        switch relation {
        case .cites: "c"
        case .supports: "s"
        case .refutes: "r"
        case .context: "x"
        }
    }

    static func linkSource(of claim: Claim, in sidecar: Sidecar) -> ChoiceMenu {
        let sources = sidecar.sources.enumerated().map { index, source in
            Item(key: index < listKeys.count ? listKeys[index] : " ", glyph: " ", label: SourceFacts.label(source))
        }
        return ChoiceMenu(purpose: .linkSource(claimID: claim.id, sourceIDs: sidecar.sources.map(\.id)),
                          items: [Item(key: "+", glyph: " ", label: "a new source…")] + sources, selection: sources.isEmpty ? 0 : 1)
    }

    static func relation(_ draft: LinkDraft) -> ChoiceMenu {
        let items = Relation.allCases.map { Item(key: key(for: $0), glyph: " ", label: $0.meaning) }
        return ChoiceMenu(purpose: .relation(draft), items: items, selection: 0)
    }

    static func unlink(_ claim: Claim, in sidecar: Sidecar) -> ChoiceMenu {
        let items = claim.links.enumerated().map { index, link in
            let source = sidecar.source(id: link.source)
            let title = source.map(SourceFacts.label) ?? link.source
            // Two passages of one source are two links: the passage tells them apart.
            let passage = link.passage.flatMap { source?.passage(id: $0)?.exact }.map { " — “\($0)”" } ?? ""
            return Item(key: index < listKeys.count ? listKeys[index] : " ", glyph: " ", label: "\(link.relation.rawValue): \(title)\(passage)")
        }
        return ChoiceMenu(purpose: .unlink(claimID: claim.id, links: claim.links), items: items, selection: 0)
    }

    /// The item a typed key names.
    func item(for character: Character) -> Int? {
        character == " " ? nil : items.firstIndex { $0.key == character }
    }
}

/// A question answered with y or n.
public struct Confirmation: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case deleteClaim(id: String)
        case deleteSource(id: String)
        /// Leave an article whose last change could not be written.
        case leaveUnsaved
    }

    public var purpose: Purpose
    public var question: String
}
