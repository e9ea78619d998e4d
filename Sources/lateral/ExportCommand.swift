import ArgumentParser
import FoundationEssentials
import LateralCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an article's claims in a standard format: W3C Web Annotations, schema.org ClaimReview, a Markdown report, or CSV.",
        discussion: """
            w3c: a W3C Web Annotation Data Model AnnotationCollection (JSON-LD), one annotation per claim. \
            claimreview: schema.org ClaimReview JSON-LD for every claim with a verdict that rates (not \
            unverified, not opinion). markdown: a fact-check report (claims, sources in full, the method from \
            the library's METHODOLOGY.md when there is one, the corrections log). csv: one row per claim, RFC 4180. \
            Written to standard output, or to --output (-o) FILE.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case w3c, claimreview, markdown, csv
    }

    @OptionGroup var article: ArticleArgument
    @Option(help: ArgumentHelp("w3c, claimreview, markdown or csv.", valueName: "format")) var format: Format
    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file")) var output: String?
    @Option(help: ArgumentHelp("claimreview: the address of the page the fact-check is published on; each review's url is it with the claim's id as fragment.",
                               valueName: "url"))
    var publishedAt: String?

    func run() throws {
        let loaded = try article.loadAnchored()
        let name = URL(fileURLWithPath: loaded.article.path).deletingPathExtension().lastPathComponent
        let bytes: [UInt8]
        switch format {
        case .w3c:
            bytes = JSONWriter.write(W3CAnnotations.collection(article: loaded.article, sidecar: loaded.sidecar,
                                                               articleIRI: W3CAnnotations.articleIRI(loaded.article), articleName: name))
        case .claimreview:
            bytes = JSONWriter.write(ClaimReviewExport.graph(article: loaded.article, sidecar: loaded.sidecar, publishedAt: publishedAt))
        case .markdown:
            let folder = Path.folder(of: loaded.article.path)
            let methodology = try? String(contentsOfFile: (folder.isEmpty ? "." : folder) + "/METHODOLOGY.md", encoding: .utf8)
            bytes = Array(MarkdownReport.text(article: loaded.article, sidecar: loaded.sidecar, anchors: loaded.anchors,
                                              methodology: methodology).utf8)
        case .csv:
            bytes = Array(ClaimsCSV.text(sidecar: loaded.sidecar, anchors: loaded.anchors).utf8)
        }
        guard let output else {
            Console.output(bytes)
            return
        }
        // Written as the claims files are: whole or not at all, over what is there now.
        do {
            try SafeWriter.write(bytes, to: output, expecting: TextFile.bytesIfReadable(output))
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
    }
}
