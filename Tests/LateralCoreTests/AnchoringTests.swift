import Testing
@testable import LateralCore

/// The cases of Hypothesis's anchoring, on our own texts.
struct AnchoringTests {
    /// A claim on `quote` as it stood in `original`, re-anchored in `edited`.
    func reanchor(_ quote: String, in original: String, occurrence: Int = 0, edited: String) -> (AnchorResult, String?) {
        let before = ScalarText(original)
        let hit = before.occurrences(of: Array(quote.utf8))[occurrence]
        let start = before.scalarOffset(ofByte: hit)
        let range = start..<(start + quote.unicodeScalars.count)
        let selector = QuoteSelector(text: before, range: range)
        let after = ScalarText(edited)
        let result = Anchorer(text: after).anchor(quote: selector, position: PositionSelector(start: range.lowerBound, end: range.upperBound))
        return (result, result.range.map(after.string(scalars:)))
    }

    @Test func unchangedTextAnchorsExactly() {
        let text = "The FBI said the theft was $620 million."
        let (result, found) = reanchor("$620 million", in: text, edited: text)
        #expect(result.method == .exact)
        #expect(found == "$620 million")
    }

    @Test func textInsertedBeforeMovesTheClaim() {
        let original = "The FBI said the theft was $620 million."
        let (result, found) = reanchor("$620 million", in: original, edited: "Update: new paragraph.\n\n" + original)
        #expect(result.method == .moved)
        #expect(result.range == 51..<63)
        #expect(found == "$620 million")
    }

    @Test func typoFixedInsideTheQuoteIsFuzzy() {
        let original = "Officials said the hackers stole teh funds in March from a bridge."
        let edited = "Officials said the hackers stole the funds in March from a bridge."
        let (result, found) = reanchor("the hackers stole teh funds in March", in: original, edited: edited)
        #expect(result.method == .fuzzy)
        #expect(result.editDistance == 2)
        #expect(found == "the hackers stole the funds in March")
    }

    @Test func quoteAppearingTwiceIsDecidedByContext() {
        let original = "First, the CIA said it was false. Later, the FBI said it was false. The end."
        // The second copy is the claim; an insertion puts the first copy nearer its old place.
        let edited = "Preface words here. First, the CIA said it was false. Later, the FBI said it was false. The end."
        let (result, _) = reanchor("said it was false", in: original, occurrence: 1, edited: edited)
        #expect(result.method == .moved)
        let after = ScalarText(edited)
        #expect(after.string(scalars: (result.range!.lowerBound - 8)..<result.range!.lowerBound) == "the FBI ")
    }

    @Test func deletedPassageIsAnOrphan() {
        let original = "Keep this. The regime takes 90 percent of the wages. Keep that."
        let (result, found) = reanchor("The regime takes 90 percent of the wages.", in: original, edited: "Keep this. Keep that.")
        #expect(result.method == .orphan)
        #expect(found == nil)
    }

    @Test func crlfLineEndingsStillAnchor() {
        let original = "Line one.\nThe claim is here.\nLine three.\n"
        let edited = original.replacingOccurrences(of: "\n", with: "\r\n")
        let (result, found) = reanchor("The claim is here.", in: original, edited: edited)
        #expect(result.method == .moved)
        #expect(found == "The claim is here.")
        let (spanning, spanningFound) = reanchor("one.\nThe claim is here.", in: original, edited: edited)
        #expect(spanning.method == .fuzzy)
        #expect(spanningFound == "one.\r\nThe claim is here.")
    }

    @Test(arguments: [
        ("CJK", "北韩IT工作者", "据美国政府称，北韩IT工作者正在涌入自由市场。", "新闻：据美国政府称，北韩IT工作者正在涌入自由市场。"),
        ("emoji with modifiers", "👩🏽‍💻 workers", "Remote 👩🏽‍💻 workers earn more.", "Now: remote 👩🏽‍💻 workers earn more."),
        ("combining marks", "Pyongyang’s re\u{301}gime", "The Pyongyang’s re\u{301}gime gains.", "Intro. The Pyongyang’s re\u{301}gime gains."),
        ("right-to-left", "العمال الكوريون الشماليون", "يقول التقرير إن العمال الكوريون الشماليون يعملون عن بعد.", "مقدمة. يقول التقرير إن العمال الكوريون الشماليون يعملون عن بعد."),
    ])
    func scriptsAnchorByScalars(name: String, quote: String, original: String, edited: String) {
        let (result, found) = reanchor(quote, in: original, edited: edited)
        #expect(result.method == .moved, "\(name)")
        #expect(found == quote, "\(name)")
        let (same, _) = reanchor(quote, in: original, edited: original)
        #expect(same.method == .exact, "\(name)")
    }

    @Test func typoInCJKIsFuzzy() {
        let original = "据美国政府称，北韩IT工作者正在涌入自由市场，每年收入超过三十万美元。"
        let edited = "据美国政府称，朝鲜IT工作者正在涌入自由市场，每年收入超过三十万美元。"
        let (result, found) = reanchor("北韩IT工作者正在涌入自由市场", in: original, edited: edited)
        #expect(result.method == .fuzzy)
        #expect(found == "朝鲜IT工作者正在涌入自由市场")
    }

    @Test func positionPastTheEndFallsBackToTheQuote() {
        let text = ScalarText("short text")
        let result = Anchorer(text: text).anchor(quote: QuoteSelector(exact: "text"), position: PositionSelector(start: 500, end: 504))
        #expect(result.method == .moved)
        #expect(result.range == 6..<10)
    }

    @Test func emptyQuoteOrEmptyTextIsAnOrphan() {
        #expect(Anchorer(text: ScalarText("abc")).anchor(quote: QuoteSelector(exact: ""), position: PositionSelector(start: 0, end: 0)).method == .orphan)
        #expect(Anchorer(text: ScalarText("")).anchor(quote: QuoteSelector(exact: "a long quote here"), position: PositionSelector(start: 0, end: 17)).method == .orphan)
    }
}
