import Testing
@testable import LateralCore

struct ProgressLineTests {
    @Test func aQuickCommandShowsNothing() {
        var line = ProgressLine(verb: "checking", noun: "article")
        #expect(line.update(done: 0, total: 3, now: 10) == nil)
        #expect(line.update(done: 2, total: 3, now: 10.4) == nil)
        #expect(line.update(done: 3, total: 3, now: 10.6) == nil)
        #expect(line.erase() == nil)
    }

    @Test func aLongCommandShowsItsCountAtMostTenTimesASecondAndErasesIt() {
        var line = ProgressLine(verb: "checking", noun: "article")
        #expect(line.update(done: 0, total: 1001, now: 0) == nil)
        #expect(line.update(done: 40, total: 1001, now: 0.5) == "\r\u{1B}[Kchecking 40 of 1001 articles")
        #expect(line.update(done: 41, total: 1001, now: 0.55) == nil)
        #expect(line.update(done: 60, total: 1001, now: 0.61) == "\r\u{1B}[Kchecking 60 of 1001 articles")
        #expect(line.erase() == "\r\u{1B}[K")
        #expect(line.erase() == nil)
        // After other text, drawn again at once.
        #expect(line.update(done: 61, total: 1001, now: 0.62) == "\r\u{1B}[Kchecking 61 of 1001 articles")
        #expect(line.update(done: 1001, total: 1001, now: 2) == nil)
        #expect(line.erase() == "\r\u{1B}[K")
    }

    @Test func oneFileIsSaidInTheSingular() {
        var line = ProgressLine(verb: "reading", noun: "article")
        _ = line.update(done: 0, total: 1, now: 0)
        #expect(line.update(done: 0, total: 1, now: 1) == "\r\u{1B}[Kreading 0 of 1 article")
    }
}
