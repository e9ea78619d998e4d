import Testing
@testable import LateralCore

struct ArticleTests {
    @Test func headerIsReadAndBodyStartsAfterIt() {
        let text = "---\ntitle: \"A: title\"\noutlet: NewsBTC\ndate: 2022-07-13\nurl: https://x.org/a\nlanguage: en\nsection: Crypto\n---\nBody starts here.\n"
        let article = Article.parse(Array(text.utf8), path: "a.md")
        #expect(article.metadata.title == "A: title")
        #expect(article.metadata.outlet == "NewsBTC")
        #expect(article.metadata.date == "2022-07-13")
        #expect(article.metadata.url == "https://x.org/a")
        #expect(article.metadata.language == "en")
        #expect(article.metadata.extra.map(\.key) == ["section"])
        #expect(article.bodyString == "Body starts here.\n")
        #expect(article.bodyFirstLine == 9)
        #expect(article.warnings.isEmpty)
    }

    @Test func noHeaderTakesTitleFromFirstLine() {
        let article = Article.parse(Array("\n# Big news\n\nText.".utf8), path: "a.md")
        #expect(article.title == "Big news")
        #expect(article.bodyString == "\n# Big news\n\nText.")
    }

    /// A byte-order mark is not text: the header after it is read and positions count from
    /// after it, so claims do not all seem moved.
    @Test func byteOrderMarkIsSkipped() {
        let article = Article.parse([0xEF, 0xBB, 0xBF] + Array("---\ntitle: T\n---\nBody".utf8), path: "a.md")
        #expect(article.metadata.title == "T")
        #expect(article.bodyString == "Body")
        let bare = Article.parse([0xEF, 0xBB, 0xBF] + Array("Hello".utf8), path: "b.md")
        #expect(bare.bodyString == "Hello")
        #expect(bare.body.scalarCount == 5)
    }

    @Test func headerWithoutItsClosingLineIsAWarning() {
        let article = Article.parse(Array("---\ntitle: T\nBody".utf8), path: "a.md")
        #expect(article.bodyString == "---\ntitle: T\nBody")
        #expect(article.warnings.map(\.line) == [1])
        #expect(article.warnings.first?.severity == .warning)
        #expect(article.warnings.first?.message.contains("not closed") == true)
    }

    @Test func crlfHeaderIsRead() {
        let article = Article.parse(Array("---\r\ntitle: T\r\n---\r\nBody\r\n".utf8), path: "a.md")
        #expect(article.metadata.title == "T")
        #expect(article.bodyString == "Body\r\n")
    }

    @Test func badHeaderLinesAreWarningsWithTheirPlace() {
        let article = Article.parse(Array("---\ntitle: T\nnonsense\ndate: 13/07/2022\n---\nB".utf8), path: "a.md")
        #expect(article.warnings.map(\.description) == [
            "a.md:3:1: warning: header line is not \"key: value\"; it is ignored",
            "a.md:4:7: warning: date \"13/07/2022\" is not ISO 8601; expected YYYY-MM-DD (or YYYY-MM, YYYY)",
        ])
    }

    @Test(arguments: [("2022-07-13", true), ("2022-07-13T10:30:00Z", true), ("2022-07", true), ("2022", true),
                      ("13/07/2022", false), ("2022-7-13", false), ("July 2022", false), ("2022-07-13 10:30", false)])
    func datesAreISO8601WithReducedPrecisionAllowed(date: String, valid: Bool) {
        #expect(MetadataHeader.isISO8601Date(date) == valid)
    }

    @Test func binaryArticleIsAnError() throws {
        let error = #expect(throws: FileProblem.self) { try Article.read(Fixtures.path("broken/binary.claims.json")) }
        #expect(error?.message == "looks like a binary file (NUL byte); expected UTF-8 text")
    }
}
