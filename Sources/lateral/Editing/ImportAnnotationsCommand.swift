import ArgumentParser
import Glibc
import LateralCore

struct ImportAnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-annotations",
        abstract: "Read W3C Web Annotations onto an article as claims.",
        discussion: """
            FILE (- reads standard input) holds an Annotation, an AnnotationCollection or AnnotationPage, a list of \
            annotations, or what the Hypothesis API returns ({"rows": [...]}). Each annotation's TextQuoteSelector \
            is anchored in the article; one whose words are not there is kept as an orphan and listed. Tags that \
            name a verdict or "attribution: …" set them; a describing body is the rationale; comments and other \
            tags become notes; links become sources. Claims exported by Lateral keep their ids; an id already in \
            the claims file is skipped and said.
            """)

    @OptionGroup var article: ArticleArgument
    @Argument(help: "The annotations (JSON-LD), or - for standard input.") var file: String

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = TextFile.readAll(from: STDIN_FILENO) ?? []
        } else {
            do {
                bytes = try TextFile.readBytes(file)
            } catch {
                Console.report(error)
                throw ExitStatus.usageOrUnreadable.code
            }
        }
        var edit = try ClaimsEdit(article)
        let body = edit.article.body
        let source = file == "-" ? "standard input" : file
        var problem: FileProblem?
        let outcome = try edit.run { (sidecar: inout Sidecar, _: Article, stamp: Stamp) throws(EditRefusal) in
            do throws(FileProblem) {
                return try AnnotationImport.apply(bytes, path: source, to: &sidecar, body: body, stamp: stamp).outcome
            } catch {
                problem = error
                return AnnotationImport.Outcome()
            }
        }
        if let problem {
            Console.report(problem)
            throw ExitStatus.usageOrUnreadable.code
        }
        Console.print("imported \(Plural.count(outcome.added.count, "claim"))" + (outcome.orphans.isEmpty ? "" : ", \(outcome.orphans.count) of them orphans"))
        for id in outcome.orphans { Console.print("\(id): orphan: its quote is not in the article's text; kept, as `lateral claims` lists it") }
        for reason in outcome.skipped { Console.print("skipped: \(reason)") }
    }
}
