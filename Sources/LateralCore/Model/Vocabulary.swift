/// A closed set of words stored as strings in the sidecar: reading an unknown one is an
/// error that lists the words that are allowed.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable
where RawValue == String {
    /// What the field is called in messages ("verdict", "relation").
    static var fieldName: String { get }
}

extension Vocabulary {
    public static var allowedWords: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a word as a user types it: case-insensitive, with spaces or hyphens.
    public init?(userInput: String) {
        self.init(rawValue: String(userInput.lowercased().map { $0 == " " ? "-" : $0 }))
    }

    /// The word people read, with a space where the stored word has a hyphen ("mostly true").
    public var label: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }
}

/// Is the claim true? The vocabulary and its mapping to ClaimReview and FEVER are in DESIGN.md.
public enum Verdict: String, Vocabulary {
    case unverified
    case `true`
    case mostlyTrue = "mostly-true"
    case mixed
    case misleading
    case `false`
    case unverifiable
    case opinion

    public static let fieldName = "verdict"

    /// A glyph per verdict, so that verdicts read without colour.
    public var glyph: String {
        switch self {
        case .unverified: return "○"
        case .true: return "✔"
        case .mostlyTrue: return "✓"
        case .mixed: return "◐"
        case .misleading: return "⚠"
        case .false: return "✘"
        case .unverifiable: return "?"
        case .opinion: return "❝"
        }
    }

    /// The glyph for terminals and pipes that are not UTF-8.
    public var asciiGlyph: String {
        switch self {
        case .unverified: return "o"
        case .true: return "T"
        case .mostlyTrue: return "t"
        case .mixed: return "~"
        case .misleading: return "!"
        case .false: return "X"
        case .unverifiable: return "?"
        case .opinion: return "\""
        }
    }

    /// Whether the verdict is a finding about the world, which must rest on evidence: a
    /// source that supports, refutes or gives context.
    public var needsEvidence: Bool {
        switch self {
        case .true, .mostlyTrue, .mixed, .misleading, .false: return true
        case .unverified, .unverifiable, .opinion: return false
        }
    }

    /// schema.org ClaimReview rating, 1 (false) to 5 (true); nil where the scale has no place.
    public var claimReviewRating: Int? {
        switch self {
        case .true: return 5
        case .mostlyTrue: return 4
        case .mixed: return 3
        case .misleading: return 2
        case .false: return 1
        case .unverified, .unverifiable, .opinion: return nil
        }
    }

    /// The FEVER label, for data sets.
    public var feverLabel: String? {
        switch self {
        case .true, .mostlyTrue: return "SUPPORTS"
        case .misleading, .false: return "REFUTES"
        case .unverifiable: return "NOT ENOUGH INFO"
        case .unverified, .mixed, .opinion: return nil
        }
    }
}

/// Did the person or body the article names really say it?
public enum Attribution: String, Vocabulary {
    case confirmed
    case misattributed
    case unconfirmed
    case notApplicable = "not-applicable"

    public static let fieldName = "attribution"
}

/// How a source bears on a claim.
public enum Relation: String, Vocabulary {
    /// The article attributes the claim to this source.
    case cites
    case supports
    case refutes
    case context

    public static let fieldName = "relation"

    /// What the relation says, for menus and help.
    public var meaning: String {
        switch self {
        case .cites: return "cites: the article attributes the claim to it"
        case .supports: return "supports: it shows the claim true"
        case .refutes: return "refutes: it shows the claim false"
        case .context: return "context: it helps judge the claim"
        }
    }
}

public enum SourceKind: String, Vocabulary {
    case primary
    case secondary

    public static let fieldName = "kind"
}
