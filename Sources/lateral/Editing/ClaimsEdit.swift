import ArgumentParser
import Glibc
import LateralCore

/// One edit of an article's claims file from the command line: read, change, save (merged
/// with whatever another program wrote meanwhile), and say what happened. The reader makes
/// the same edits through the same functions.
struct ClaimsEdit {
    var articlePath: String
    var article: Article
    var file: SidecarFile
    let stamp = Stamp.now(by: Author.current())

    /// Reads an ARTICLE argument and its claims file (empty when there is none yet); an
    /// unreadable file is exit status 2.
    init(_ argument: ArticleArgument) throws {
        try self.init(argument.article, library: argument.library)
    }

    /// An article named as an ARTICLE argument is, looked up in a library.
    init(_ name: String, library: LibraryOptions) throws {
        articlePath = try library.resolveArticle(name)
        do {
            article = try Article.read(articlePath)
            file = try SidecarFile.readOrEmpty(forArticle: articlePath)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
    }

    /// Runs an edit and saves it, unless it changed nothing. A refusal (unknown claim,
    /// ambiguous quote) is exit status 1.
    mutating func run<Value>(_ edit: (inout Sidecar, Article, Stamp) throws(EditRefusal) -> Value) throws -> Value {
        let value: Value
        do {
            value = try edit(&file.sidecar, article, stamp)
        } catch {
            Console.error(error.message)
            throw ExitStatus.findings.code
        }
        guard file.sidecar != file.base else { return value }
        do {
            let saved = try file.save()
            if saved.merged {
                let conflicts = saved.newConflicts == 0 ? "" : "; \(Plural.count(saved.newConflicts, "conflict")) recorded, see `lateral check`"
                Console.error("\(file.path) had been changed by another program: merged with its changes\(conflicts)")
            }
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        return value
    }

    /// Changes one claim, named by its id or number: by itself when its claims file allows
    /// (a large file is then neither read nor written whole), else through `run`. Says the
    /// claim's id and whether anything changed.
    static func updateClaim(_ argument: ArticleArgument, named name: String,
                            _ update: (inout Claim, Stamp) throws(EditRefusal) -> Void) throws -> (id: String, changed: Bool) {
        let articlePath = try argument.library.resolveArticle(argument.article)
        let stamp = Stamp.now(by: Author.current())
        let outcome: OneClaimUpdate.Outcome
        do {
            outcome = try OneClaimUpdate.run(claimsFile: SidecarFile.path(forArticle: articlePath), claim: name, stamp: stamp) { claim throws(EditRefusal) in
                try update(&claim, stamp)
            }
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        switch outcome {
        case .done(let id, let changed):
            return (id, changed)
        case .refused(let refusal):
            Console.error(refusal.message)
            throw ExitStatus.findings.code
        case .readWhole:
            var edit = try ClaimsEdit(argument)
            return try edit.run { (sidecar: inout Sidecar, _: Article, stamp: Stamp) throws(EditRefusal) in
                let id = try claimID(name, in: sidecar)
                let change = try sidecar.editClaim(id: id, stamp: stamp, summary: "claim \(id) changed") { claim throws(EditRefusal) in
                    try update(&claim, stamp)
                }
                return (id, change != nil)
            }
        }
    }

    /// A claim named by its id, or by its number in `lateral claims`.
    static func claimID(_ name: String, in sidecar: Sidecar) throws(EditRefusal) -> String {
        if sidecar.claimIndex(id: name) != nil { return name }
        if let number = Int(name), sidecar.claims.indices.contains(number - 1) { return sidecar.claims[number - 1].id }
        throw .noSuchClaim(name)
    }

    static func sourceID(_ name: String, in sidecar: Sidecar) throws(EditRefusal) -> String {
        guard sidecar.sourceIndex(id: name) != nil else {
            throw EditRefusal("no source \"\(name)\" in this article; `lateral sources ARTICLE` lists them, `lateral source add` adds one")
        }
        return name
    }
}

/// A text argument where `-` means standard input.
enum TextArgument {
    static func read(_ value: String) -> String {
        guard value == "-" else { return value }
        let data = TextFile.readAll(from: STDIN_FILENO) ?? []
        // A final newline is the shell's or the editor's, not the note's.
        return String(decoding: data, as: UTF8.self).trimmed(.lineEnds)
    }
}

/// Reads a word of a vocabulary from an option, or says which words there are.
func parseWord<Word: Vocabulary>(_ text: String?, as: Word.Type) throws -> Word? {
    guard let text else { return nil }
    guard let word = Word(userInput: text) else {
        throw ValidationError("unknown \(Word.fieldName) \"\(text)\"; expected one of: \(Word.allowedWords)")
    }
    return word
}
