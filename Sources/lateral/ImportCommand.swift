import ArgumentParser
import FoundationEssentials
import Glibc
import LateralCore
import LateralImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a web page (HTML) or a plain text an article of the library.",
        discussion: """
            FILE is an .html or .htm page, a .txt text, an http(s):// address (fetched), or - for standard input (read \
            as HTML when it looks like HTML). The page's metadata (JSON-LD, Open Graph and <meta> tags, the canonical link, <title>, the first \
            <h1>, <html lang>) fills the article's header; its text (the <article> or <main>, else the element with \
            the most paragraph text; navigation, headers, footers, sidebars, share buttons, cookie banners, comments, \
            scripts and ads left out) becomes Markdown. The article is written to --into (default: the library) as \
            --name.md (default: from its title). An article that exists already is replaced only with --force; its \
            claims file is then kept, and claims that moved are recorded where they are now.
            """)

    @Argument(help: "The page or text, an http(s):// address, or - for standard input.") var file: String
    @Option(help: ArgumentHelp("The folder to write the article in (default: the library).", valueName: "folder")) var into: String?
    @Option(help: ArgumentHelp("The article's file name, without .md (default: from its title).", valueName: "slug")) var name: String?
    @Option(help: ArgumentHelp("Where the page came from, for its links and its header when it does not say.", valueName: "url")) var url: String?
    @Flag(help: "Replace an article that exists already (its claims file is kept).") var force = false
    @Option(help: ArgumentHelp("Store the page as a local copy of a source of this article (in its folder's sources/), not as an article.",
                               valueName: "article"))
    var sourceOf: String?
    @Option(help: ArgumentHelp("With --source-of: the source whose copy it is (default: a new source made from the page).", valueName: "id"))
    var source: String?
    @OptionGroup var options: LibraryOptions

    func validate() throws {
        if source != nil && sourceOf == nil { throw ValidationError("--source needs --source-of ARTICLE") }
        if let name, name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw ValidationError("--name \"\(name)\" is not a file name; give a word such as budget-2024")
        }
    }

    func run() throws {
        var bytes: [UInt8] = []
        var address = url
        var fetchedHTML: Bool?
        do throws(FileProblem) {
            if file.lowercased().hasPrefix("http://") || file.lowercased().hasPrefix("https://") {
                let page = try WebPage.fetch(file)
                bytes = page.bytes
                address = address ?? page.address
                fetchedHTML = page.isHTML
            } else if file == "-" {
                bytes = TextFile.readAll(from: STDIN_FILENO) ?? []
            } else {
                bytes = try TextFile.readBytes(file)
            }
            try TextFile.validateText(bytes, path: file == "-" ? "standard input" : file)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        let fileName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let lowered = file.lowercased()
        let start = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let isHTML = fetchedHTML ?? (lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml")
            || (!lowered.hasSuffix(".txt") && (start.contains("<html") || start.contains("<!doctype html") || start.contains("<body"))))
        var imported = ArticleImport.plainText(String(decoding: bytes, as: UTF8.self), name: fileName)
        if isHTML {
            do throws(ArticleImport.Failure) {
                imported = try ArticleImport.html(bytes, address: address, name: fileName)
            } catch {
                Console.report(FileProblem(path: file == "-" ? "standard input" : file, message: error.message))
                throw ExitStatus.usageOrUnreadable.code
            }
        }
        if let sourceOf {
            try storeLocalCopy(imported, of: sourceOf)
            return
        }
        let folder = into ?? options.folder
        if into != nil && !FileManager.default.fileExists(atPath: folder) {
            // A new library begins with its first article, as `mkdir -p` would.
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard FileKind.of(folder) == .folder else {
            Console.report(FileProblem(path: folder, message: "no such folder to write the article in", isUnreadable: true))
            throw ExitStatus.usageOrUnreadable.code
        }
        let path = Path.join(folder, (name ?? ArticleImport.slug(imported.title)) + ".md")
        let existing = FileManager.default.fileExists(atPath: path) ? try? TextFile.readBytes(path) : nil
        if FileManager.default.fileExists(atPath: path) && !force {
            Console.error("\(path) exists already; --force replaces its text (its claims file is kept), or --name gives another name")
            throw ExitStatus.findings.code
        }
        do {
            try SafeWriter.write(Array(imported.markdown.utf8), to: path, expecting: existing)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        let paragraphs = imported.body.components(separatedBy: "\n\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.count
        Console.print("wrote \(path): “\(Console.clipped(imported.title, to: 60))”, \(Plural.count(paragraphs, "paragraph"))")
        // A replaced article's claims are anchored in the new text; moves are recorded.
        guard FileManager.default.fileExists(atPath: SidecarFile.path(forArticle: path)) else { return }
        let check = ArticleCheck.run(articlePath: path)
        let orphans = check.anchors.filter { $0.method == .orphan }.count
        var moved = 0
        if !check.fixableClaimIDs.isEmpty {
            do {
                moved = try check.fixed().count
            } catch {
                Console.report(error)
            }
        }
        Console.print("kept its claims file: \(Plural.count(check.anchors.count, "claim")), \(moved) moved (recorded), \(Plural.count(orphans, "orphan"))")
    }

    /// The page kept under the article's folder as the local copy of one of its sources, with
    /// the copy's SHA-256 and the day it was retrieved, so that a claim's source opens at its
    /// passage and the evidence outlives a dead link.
    func storeLocalCopy(_ page: ArticleImport, of articleName: String) throws {
        var edit = try ClaimsEdit(articleName, library: options)
        let articleFolder = Path.folder(of: edit.articlePath)
        let relative = "sources/" + (name ?? ArticleImport.slug(page.title)) + ".md"
        let path = (articleFolder.isEmpty ? "." : articleFolder) + "/" + relative
        let bytes = Array(page.markdown.utf8)
        do {
            try FileManager.default.createDirectory(atPath: Path.folder(of: path), withIntermediateDirectories: true)
            let existing = FileManager.default.fileExists(atPath: path) ? try TextFile.readBytes(path) : nil
            if existing != nil && !force {
                Console.error("\(path) exists already; --force replaces it, or --name gives another name")
                throw ExitStatus.findings.code
            }
            try SafeWriter.write(bytes, to: path, expecting: existing)
        } catch let problem as FileProblem {
            Console.report(problem)
            throw ExitStatus.usageOrUnreadable.code
        }
        let digest = SHA256.hex(bytes)
        let day = String(Stamp.currentTime().prefix(10))
        let wanted = source
        let id = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) -> String in
            if let wanted {
                let id = try ClaimsEdit.sourceID(wanted, in: sidecar)
                _ = try sidecar.editSource(id: id, summary: "source \(id) has a local copy") { source in
                    source.localCopy = relative
                    source.localCopySHA256 = digest
                    source.retrieved = day
                    if source.url == nil { source.url = page.url }
                }
                return id
            }
            let new = Source(id: sidecar.newSourceID(title: page.title), title: page.title, publisher: page.outlet, author: page.author,
                             date: page.date, url: page.url, kind: .secondary, localCopy: relative)
            var described = new
            described.localCopySHA256 = digest
            described.retrieved = day
            _ = try sidecar.addSource(described)
            return described.id
        }
        Console.print("wrote \(path), the local copy of source \(id) (SHA-256 \(digest.prefix(12))…)")
    }
}
