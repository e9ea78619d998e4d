import Foundation
import Testing
@testable import LateralImport

/// Web pages made articles, on pages the team wrote the way news sites build theirs: chrome
/// around the text (a cookie banner, navigation, share buttons, a comment form), metadata in
/// JSON-LD only, a page in another script, broken markup, and a page that is only links.
struct ArticleImportTests {
    static let paragraph = "The council approved the budget on Monday after a debate that ran past midnight, with seven votes to four."

    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8">
        <title>Council approves budget | Example Gazette</title>
        <meta property="og:title" content="Council approves budget after late debate">
        <meta property="og:site_name" content="Example Gazette">
        <meta property="article:published_time" content="2024-01-30T08:15:00+00:00">
        <meta name="author" content="Ana Lima">
        <link rel="canonical" href="https://gazette.example.org/news/budget">
        <script>window.tracker = {id: 42};</script><style>.x{color:red}</style>
        </head><body>
        <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <main><article>
        <h1>Council approves budget after late debate</h1>
        <div class="share-buttons"><a href="https://x.example/share">Share on X</a></div>
        <p>\(paragraph)</p>
        <p>Taxes rise by 3%, says the <a href="/documents/minutes.pdf">draft minutes</a>, which the clerk published on <em>Tuesday</em> &amp; sent to members.</p>
        <h2>What changes</h2>
        <ul><li>Property tax: up 3%.</li><li>Parking fees: unchanged.</li></ul>
        <blockquote><p>“We had no choice,” the mayor said.</p></blockquote>
        <aside class="related">Related: <a href="/a">Another story</a></aside>
        </article></main>
        <section id="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></section>
        <footer>© Example Gazette</footer>
        </body></html>
        """

    @Test func aNewsPageGivesItsTextAndMetadataWithoutItsChrome() throws {
        let article = try ArticleImport.html(Array(Self.newsPage.utf8), address: nil, name: "page")
        #expect(article.title == "Council approves budget after late debate")
        #expect(article.outlet == "Example Gazette" && article.author == "Ana Lima" && article.date == "2024-01-30")
        #expect(article.url == "https://gazette.example.org/news/budget" && article.language == "en-GB")
        #expect(article.body == """
            # Council approves budget after late debate

            \(Self.paragraph)

            Taxes rise by 3%, says the [draft minutes](https://gazette.example.org/documents/minutes.pdf), which the clerk published on *Tuesday* & sent to members.

            ## What changes

            - Property tax: up 3%.

            - Parking fees: unchanged.

            > “We had no choice,” the mayor said.

            """)
        for chrome in ["cookies", "Accept", "Home", "Share", "Related", "Leave a Reply", "©", "tracker", "color"] {
            #expect(!article.body.contains(chrome), "\(chrome)")
        }
        #expect(article.markdown.hasPrefix("---\ntitle: Council approves budget after late debate\noutlet: Example Gazette\nauthor: Ana Lima\n"))
    }

    @Test func metadataFromJSONLDAlone() throws {
        let page = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
             {"@type": ["NewsArticle"], "headline": "Rates held at 4%", "datePublished": "2024-03-21",
              "author": [{"@type": "Person", "name": "Ben Ode"}, {"@type": "Person", "name": "Cy Ruiz"}],
              "publisher": {"@type": "Organization", "name": "The Ledger"}, "url": "https://ledger.example/rates", "inLanguage": "en"}]}
            </script></head><body><div class="content"><p>\(Self.paragraph)</p><p>\(Self.paragraph)</p></div></body></html>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "rates")
        #expect(article.title == "Rates held at 4%" && article.outlet == "The Ledger" && article.author == "Ben Ode, Cy Ruiz")
        #expect(article.date == "2024-03-21" && article.url == "https://ledger.example/rates" && article.language == "en")
        #expect(article.body.hasPrefix("# Rates held at 4%\n\n\(Self.paragraph)\n\n"))
    }

    @Test func aPageInAnotherScriptKeepsItsCharacters() throws {
        let text = "東京都議会は月曜日に予算案を可決した。賛成七、反対四で、審議は深夜まで続いた。固定資産税は三パーセント引き上げられる。"
        let page = """
            <html lang="ja"><head><meta charset="utf-8"><title>予算案を可決</title></head>
            <body><nav>ホーム ニュース</nav><article><h1>予算案を可決</h1><p>\(text)</p><p>\(text)</p></article></body></html>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "yosan")
        #expect(article.title == "予算案を可決" && article.language == "ja")
        #expect(article.body == "# 予算案を可決\n\n\(text)\n\n\(text)\n")
        #expect(ArticleImport.slug(article.title) == "予算案を可決")
    }

    @Test func brokenMarkupIsReadAllTheSame() throws {
        let page = """
            <html><body><div id="story"><p>\(Self.paragraph)<p>Second paragraph, never closed, with <b>bold text
            <p>Third one after a stray end</div></span> and more words to make it an article of some length.
            </body>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "broken")
        #expect(article.body.contains(Self.paragraph))
        #expect(article.body.contains("Second paragraph, never closed, with **bold text**"))
        #expect(article.body.contains("Third one after a stray end"))
        #expect(article.title == "broken")
    }

    @Test func aPageWhoseFrameIsNamedLikeChromeKeepsItsText() throws {
        let page = """
            <html class="no-sidebar"><body class="sidebar-visible menu-open"><main id="content-nav"><article class="footer-less">
            <p>\(Self.paragraph)</p><p>\(Self.paragraph)</p></article></main><div class="sidebar">Contents</div></body></html>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "framed")
        #expect(article.body == "# framed\n\n\(Self.paragraph)\n\n\(Self.paragraph)\n")
    }

    @Test func aDocumentationPageLosesItsPermalinkMarksAndKeepsItsCodeAsItIs() throws {
        let page = """
            <html><head><title>Budget documentation</title></head><body><div class="body">
            <h1>Budget approved<a class="headerlink" href="#budget-approved" title="Permalink to this heading">¶</a></h1>
            <p>\(Self.paragraph)</p><h2>Votes <a href="#votes">§</a></h2><p>\(Self.paragraph)</p>
            <p>See <a href="#votes">the votes</a> and <a href="#n1">#</a>, in <code>/srv/budget/<em>YEAR</em>/votes</code>.</p></div></body></html>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "docs")
        #expect(article.title == "Budget approved")
        #expect(article.body.hasPrefix("# Budget approved\n\n\(Self.paragraph)\n\n## Votes\n\n"))
        #expect(!article.body.contains("¶") && !article.body.contains("§"))
        // Code as it is, without Markdown inside its backticks.
        #expect(article.body.contains("See the votes and , in `/srv/budget/YEAR/votes`."))
    }

    @Test func paragraphsSpreadOverADefinitionListAreAllKept() throws {
        // A manual's page as DocBook writes it: an introduction, then a glossary whose every
        // definition is its own element.
        let terms = ["root", "daemon", "bin", "sys", "games"]
        let definitions = terms.map { "<DT><B>\($0)</B></DT><DD><P>The account \($0) is reserved by the system for a purpose this page explains.</P></DD>" }
        let page = """
            <HTML><BODY><DIV CLASS="BOOK"><DIV CLASS="CHAPTER"><H1>Introduction</H1><P>\(Self.paragraph)</P></DIV>
            <DIV CLASS="CHAPTER"><H1>Accounts</H1><DL>\(definitions.joined())</DL></DIV></DIV></BODY></HTML>
            """
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "manual")
        #expect(article.body.contains(Self.paragraph))
        for term in terms {
            #expect(article.body.contains("**\(term)**\n\nThe account \(term) is reserved"), "\(term)")
        }
    }

    @Test func aDeeplyNestedPageWithManyParagraphsIsRead() throws {
        // Nested as deep as libxml2 goes, each of many paragraphs in an element of its own.
        let paragraphs = (1...2_000).map { "<div><p>Paragraph \($0) of a page built to be slow to read, nested deep.</p></div>" }
        let page = "<html><body>" + String(repeating: "<div>", count: 200) + paragraphs.joined() + String(repeating: "</div>", count: 200) + "</body></html>"
        let article = try ArticleImport.html(Array(page.utf8), address: nil, name: "deep")
        #expect(article.body.contains("Paragraph 1 of a page") && article.body.contains("Paragraph 2000 of a page"))
    }

    @Test func aPageOfNavigationIsRefused() {
        let page = """
            <html><head><title>Sections</title></head><body><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
            <div class="menu"><a href="/c">Sport</a> <a href="/d">Culture</a></div><footer>About us</footer></body></html>
            """
        #expect(throws: ArticleImport.Failure.self) { try ArticleImport.html(Array(page.utf8), address: nil, name: "sections") }
    }

    @Test func aPlainTextIsKeptAsItIs() {
        let article = ArticleImport.plainText("Budget approved\r\n\r\nThe council   approved it.\r\n", name: "t")
        #expect(article.title == "Budget approved" && article.body == "Budget approved\n\nThe council   approved it.\n")
    }
}
