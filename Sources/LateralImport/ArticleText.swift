internal import CLibXML2
import FoundationEssentials

/// The article's own text in a page, in the spirit of Readability: the page's chrome left out
/// (navigation, headers and footers, sidebars, share buttons, cookie banners, comment forms,
/// scripts, styles, ads), the body found (an `<article>`, a `<main>`, else the element that
/// holds the most paragraph text) and written as Markdown: paragraphs, headings, block quotes,
/// lists, and links as Markdown links. The text's own characters are kept as they are.
struct ArticleText {
    /// Elements that are never the article's text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "iframe", "button", "select",
        "input", "textarea", "menu", "dialog", "object", "embed", "canvas", "video", "audio", "picture", "img", "figure", "head",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "search", "alert", "menu"]
    /// Words in a class or id that mark the page's chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "comment", "comments", "respond", "reply", "share",
        "sharing", "social", "cookie", "cookies", "consent", "gdpr", "banner", "subscribe", "newsletter", "related", "recommended",
        "advert", "advertisement", "ad", "ads", "promo", "popup", "modal", "breadcrumb", "breadcrumbs", "masthead", "toolbar", "widget",
        "skip", "paywall", "signup", "login", "byline-share", "tags", "pagination",
    ]

    let base: URL?

    /// Whether an element is the page's chrome rather than its text.
    static func isChrome(_ node: HTMLTree.Node) -> Bool {
        if dropped.contains(node.name) { return true }
        if let role = node.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" || node.attribute("hidden") != nil { return true }
        if isPermalink(node) { return true }
        // A page's own frame says what the page is like (`<body class="sidebar-visible">`), not
        // that it is chrome.
        if ["html", "body", "main", "article"].contains(node.name) { return false }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        let words = names.split { !($0.isLetter || $0.isNumber) }
        return words.contains { chromeWords.contains(String($0)) }
    }

    /// A heading's permalink, which documentation pages put after each heading (Sphinx's "¶",
    /// a "#" or "§"): a link to a place in the page whose text is that lone mark.
    static func isPermalink(_ node: HTMLTree.Node) -> Bool {
        guard node.name == "a", node.attribute("href")?.hasPrefix("#") == true else { return false }
        return ["¶", "#", "§", "🔗", "⚓"].contains(node.allText.trimmed())
    }

    /// The text under an element as a reader sees it: its chrome (a permalink's mark) left out.
    static func shownText(of node: HTMLTree.Node) -> String {
        if node.isText { return node.text }
        guard node.isElement, !isChrome(node) else { return "" }
        return node.children.map(shownText).joined()
    }

    /// The element that holds the article: the `<article>` (or `<main>`, `[role=main]`,
    /// `[itemprop=articleBody]`) with the most paragraph text, else the element whose own
    /// paragraphs hold the most text.
    func container(in root: HTMLTree.Node) -> HTMLTree.Node? {
        let marked = root.elements().filter { node in
            !ArticleText.isChrome(node) && (["article", "main"].contains(node.name) || node.attribute("role")?.lowercased() == "main"
                || node.attribute("itemprop")?.lowercased() == "articlebody")
        }
        if let best = marked.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) > 0 { return best }
        var scores: [NodeKey: (node: HTMLTree.Node, score: Int)] = [:]
        // The paragraph text under each element, its own paragraphs' and its descendants'.
        var held: [NodeKey: Int] = [:]
        var total = 0
        for paragraph in root.elements(named: ["p"]) where !insideChrome(paragraph) {
            let length = paragraph.allText.trimmed().count
            guard length >= 25, let parent = ArticleText.parent(of: paragraph) else { continue }
            scores[NodeKey(parent.pointer), default: (parent, 0)].score += length
            total += length
            var ancestor: HTMLTree.Node? = parent
            while let element = ancestor {
                held[NodeKey(element.pointer), default: 0] += length
                ancestor = ArticleText.parent(of: element)
            }
        }
        guard var best = scores.values.max(by: { $0.score < $1.score })?.node else { return nil }
        // Paragraphs spread over many small elements (a glossary's definitions, a manual's
        // sections): the element that holds most of them, not the one that holds the most alone.
        while (held[NodeKey(best.pointer)] ?? 0) * 2 < total, let parent = ArticleText.parent(of: best) {
            best = parent
        }
        return best
    }

    /// A node's parent element; nil at the document (a page without <html> or <body>).
    static func parent(of node: HTMLTree.Node) -> HTMLTree.Node? {
        guard let parent = node.pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLTree.Node(pointer: parent)
    }

    /// How much text the paragraphs under a node hold (chrome left out).
    func paragraphText(_ node: HTMLTree.Node) -> Int {
        node.elements(named: ["p", "li", "blockquote", "h2", "h3"]).filter { !insideChrome($0) }
            .reduce(0) { $0 + $1.allText.trimmed().count }
    }

    func insideChrome(_ node: HTMLTree.Node) -> Bool {
        var current: HTMLTree.Node? = node
        while let element = current {
            if element.isElement && ArticleText.isChrome(element) { return true }
            current = ArticleText.parent(of: element)
        }
        return false
    }

    /// The text inside an element (not the element itself) as Markdown blocks.
    func blocks(of container: HTMLTree.Node) -> [String] {
        var blocks: [String] = []
        var inline = ""
        func flush() {
            if let text = PageMetadata.clean(inline) { blocks.append(text) }
            inline = ""
        }
        func walk(_ node: HTMLTree.Node, listDepth: Int) {
            if node.isText {
                inline += node.text
                return
            }
            guard node.isElement, !ArticleText.isChrome(node) else { return }
            switch node.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                if let text = PageMetadata.clean(inlineText(node)) {
                    blocks.append(String(repeating: "#", count: Int(node.name.dropFirst())!) + " " + text)
                }
            case "dt":
                // A term of a definition list, its definitions in the paragraphs after it.
                flush()
                if let text = PageMetadata.clean(ArticleText.shownText(of: node)) { blocks.append("**\(text)**") }
            case "p", "pre":
                flush()
                if let text = PageMetadata.clean(inlineText(node)) { blocks.append(text) }
            case "blockquote":
                flush()
                let inner = ArticleText(base: base).blocks(of: node)
                blocks += inner.map { "> " + $0.replacingEvery("\n", with: "\n> ") }
            case "ul", "ol":
                flush()
                var number = 1
                for item in node.children where item.isElement && item.name == "li" && !ArticleText.isChrome(item) {
                    guard let text = PageMetadata.clean(inlineText(item)) else { continue }
                    let marker = node.name == "ol" ? "\(number)." : "-"
                    blocks.append(String(repeating: "  ", count: listDepth) + marker + " " + text)
                    number += 1
                }
            case "br":
                inline += "\n"
            case "table":
                flush()
                for row in node.elements(named: ["tr"]) {
                    let cells = row.children.filter { ["td", "th"].contains($0.name) }.compactMap { PageMetadata.clean(inlineText($0)) }
                    if !cells.isEmpty { blocks.append(cells.joined(separator: " · ")) }
                }
            case "div", "section", "article", "main", "span", "body", "html", "center", "details", "summary", "time", "address", "dl", "dd":
                let isBlock = node.name != "span" && node.name != "time"
                if isBlock { flush() }
                for child in node.children { walk(child, listDepth: listDepth) }
                if isBlock { flush() }
            default:
                inline += inlineText(node)
            }
        }
        for child in container.children { walk(child, listDepth: 0) }
        flush()
        return blocks.filter { !ArticleText.isLeftoverChrome($0) }
    }

    /// The text of an element's inline content: emphasis, code and links kept as Markdown.
    func inlineText(_ node: HTMLTree.Node) -> String {
        if node.isText { return node.text }
        guard node.isElement, !ArticleText.isChrome(node) else { return "" }
        // Code is shown as it is: Markdown inside backticks would be read as characters.
        if node.name == "code" { return PageMetadata.clean(ArticleText.shownText(of: node)).map { "`\($0)`" } ?? "" }
        let inner = node.children.map(inlineText).joined()
        switch node.name {
        case "em", "i": return PageMetadata.clean(inner).map { "*\($0)*" } ?? inner
        case "strong", "b": return PageMetadata.clean(inner).map { "**\($0)**" } ?? inner
        case "br": return " "
        case "a":
            guard let text = PageMetadata.clean(inner), let href = node.attribute("href"), let url = address(href) else { return inner }
            return "[\(text)](\(url))"
        default: return inner
        }
    }

    /// A link's address, made absolute against the page's; only web addresses are kept.
    func address(_ href: String) -> String? {
        let trimmed = href.trimmed()
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL, let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString.replacingEvery(" ", with: "%20").replacingEvery(")", with: "%29")
    }

    /// Short blocks that are chrome by their words: "Leave a Reply", "Share this", "Advertisement".
    static func isLeftoverChrome(_ block: String) -> Bool {
        guard block.count < 60 else { return false }
        // Only the start is compared, so only the start loses its punctuation and spaces ("— Share this").
        let lowered = String(block.lowercased().unicodeScalars.drop { scalar in
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .spaceSeparator:
                return true
            default:
                return scalar == "\t"
            }
        })
        let phrases = ["leave a reply", "leave a comment", "share this", "share on", "advertisement", "related articles", "read more",
                       "subscribe", "sign up", "comments", "cookie", "we use cookies", "accept all", "source link", "tweet"]
        return phrases.contains { lowered.hasPrefix($0) }
    }
}

/// An element's identity, for counting paragraph text per element.
struct NodeKey: Hashable {
    let pointer: xmlNodePtr
    init(_ pointer: xmlNodePtr) { self.pointer = pointer }
    static func == (a: NodeKey, b: NodeKey) -> Bool { a.pointer == b.pointer }
    func hash(into hasher: inout Hasher) { hasher.combine(UnsafeRawPointer(pointer)) }
}
