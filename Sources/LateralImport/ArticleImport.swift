import FoundationEssentials
import LateralCore

/// A web page or a plain text made a Lateral article: Markdown with its metadata header.
public struct ArticleImport: Sendable, Equatable {
    public var title: String
    public var outlet: String?
    public var author: String?
    public var date: String?
    public var url: String?
    public var language: String?
    /// The article's text as Markdown, without the header.
    public var body: String

    /// Why a page could not be made an article.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// An HTML page. `address` is where it came from (a URL, for links and the header).
    public static func html(_ bytes: [UInt8], address: String?, name: String) throws(Failure) -> ArticleImport {
        if let problem = HTMLTree.libraryProblem {
            throw Failure(message: "cannot be read as HTML without libxml2 (\(problem)); install it (Debian and Ubuntu: apt-get install libxml2)")
        }
        guard let tree = HTMLTree(bytes: bytes, url: address), let root = tree.root else {
            throw Failure(message: "cannot be read as HTML")
        }
        let metadata = PageMetadata(root)
        let base = (metadata.url ?? address).flatMap(URL.init(string:))
        let text = ArticleText(base: base)
        var blocks = text.container(in: root).map(text.blocks(of:)) ?? []
        if blocks.joined().count < 200, let articleBody = metadata.articleBody {
            // A page that hides its text from the markup but gives it in JSON-LD.
            blocks = articleBody.components(separatedBy: "\n").compactMap(PageMetadata.clean)
        }
        let words = blocks.filter { !$0.hasPrefix("#") }.joined(separator: " ")
        guard words.count >= 200 || (blocks.count >= 2 && words.count >= 80) else {
            throw Failure(message: "holds no article text (\(words.count) characters outside headings): it looks like a page of navigation or links")
        }
        let title = metadata.title ?? name
        if !blocks.contains(where: { $0.hasPrefix("# ") && $0.dropFirst(2) == title }) { blocks.insert("# " + title, at: 0) }
        return ArticleImport(title: title, outlet: metadata.outlet, author: metadata.author, date: metadata.date,
                             url: metadata.url ?? address.flatMap { $0.hasPrefix("http") ? $0 : nil }, language: metadata.language,
                             body: blocks.joined(separator: "\n\n") + "\n")
    }

    /// A plain text: its first line is its title; its text is kept as it is (line ends made \n).
    public static func plainText(_ text: String, name: String) -> ArticleImport {
        let body = text.replacingEvery("\r\n", with: "\n")
        let title = body.split(separator: "\n").lazy.compactMap { PageMetadata.clean(String($0)) }.first ?? name
        return ArticleImport(title: title, body: body.hasSuffix("\n") ? body : body + "\n")
    }

    /// The article file: the metadata header, then the text.
    public var markdown: String {
        func line(_ key: String, _ value: String?) -> String? {
            value.flatMap(PageMetadata.clean).map { "\(key): \($0)" }
        }
        let header = [line("title", title), line("outlet", outlet), line("author", author), line("date", date), line("url", url),
                      line("language", language)].compactMap { $0 }
        return "---\n" + header.joined(separator: "\n") + "\n---\n" + body
    }

    /// A file name from a title: `are-north-korean-remote-it-workers`.
    public static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(8)
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "article" : String(slug.prefix(80))
    }
}
