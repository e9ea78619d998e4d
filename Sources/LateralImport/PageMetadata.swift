import FoundationEssentials
import LateralCore

/// What a page says about itself, from what pages really carry, the most precise first:
/// JSON-LD (`NewsArticle`, `Article` and their kin), Open Graph and `<meta>` tags,
/// `<link rel=canonical>`, `<title>`, the first `<h1>`, `<html lang>`.
struct PageMetadata {
    var title: String?
    var outlet: String?
    var author: String?
    var date: String?
    var url: String?
    var language: String?
    /// The article's text as JSON-LD gives it, for a page whose body cannot be found otherwise.
    var articleBody: String?

    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                                            "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "ScholarlyArticle"]

    init(_ root: HTMLTree.Node) {
        var meta: [String: String] = [:]
        var jsonLD: [String: JSONValue]?
        var canonical: String?
        var pageTitle: String?
        var heading: String?
        for element in root.elements(named: ["meta", "link", "script", "title", "h1"]) {
            switch element.name {
            case "meta":
                if let key = (element.attribute("property") ?? element.attribute("name"))?.lowercased(), let content = element.attribute("content"),
                   meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                if element.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true { canonical = element.attribute("href") }
            case "script":
                if jsonLD == nil, element.attribute("type")?.lowercased() == "application/ld+json",
                   case .success(let value) = JSONValue.parse(Array(element.allText.utf8)) {
                    jsonLD = PageMetadata.article(in: value)
                }
            case "title":
                if pageTitle == nil { pageTitle = PageMetadata.clean(element.allText) }
            case "h1":
                if heading == nil { heading = PageMetadata.clean(ArticleText.shownText(of: element)) }
            default: break
            }
        }
        func field(_ key: String) -> String? { jsonLD.flatMap { PageMetadata.name($0[key]) }.flatMap(PageMetadata.clean) }
        title = field("headline") ?? meta["og:title"].flatMap(PageMetadata.clean) ?? heading ?? pageTitle
        outlet = field("publisher") ?? meta["og:site_name"].flatMap(PageMetadata.clean)
        author = field("author") ?? meta["author"].flatMap(PageMetadata.clean) ?? meta["article:author"].flatMap(PageMetadata.clean)
        date = PageMetadata.isoDate(field("datePublished") ?? meta["article:published_time"] ?? meta["date"])
        url = canonical ?? meta["og:url"] ?? field("url")
        language = root.attribute("lang").flatMap(PageMetadata.clean) ?? field("inLanguage")
        articleBody = field("articleBody")
    }

    /// The first object of an article type in a JSON-LD value (a list, an `@graph`, nested).
    static func article(in value: JSONValue) -> [String: JSONValue]? {
        switch value {
        case .array(let elements):
            return elements.lazy.compactMap(article).first
        case .object(let fields):
            let types: [String] = switch fields["@type"] {
            case .string(let type)?: [type]
            case .array(let list)?: list.compactMap { if case .string(let type) = $0 { type } else { nil } }
            default: []
            }
            if types.contains(where: articleTypes.contains) { return fields }
            return fields["@graph"].flatMap(article)
        default:
            return nil
        }
    }

    /// A JSON-LD value as text: a string, a thing's `name`, the names of a list of them.
    static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text
        case .object(let fields)?: return name(fields["name"])
        case .array(let elements)?:
            let names = elements.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }

    /// Text with its runs of spaces and line ends made single spaces; nil when nothing is left.
    static func clean(_ text: String) -> String? {
        let cleaned = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A date as the metadata header keeps it (ISO 8601: the day of a full timestamp).
    static func isoDate(_ text: String?) -> String? {
        guard let text = text?.trimmed(.spaces), !text.isEmpty else { return nil }
        let day = String(text.prefix(10))
        if text.count > 10, Source.isISO8601Date(day) { return day }
        return Source.isISO8601Date(text) ? text : nil
    }
}
