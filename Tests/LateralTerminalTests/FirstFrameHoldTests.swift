import Foundation
import LateralTestSupport
import Synchronization
import Testing
@testable import LateralTerminal
@testable import LateralUI

/// What an article's first screen does not show waits until that screen is drawn.
struct FirstFrameHoldTests {
    /// Answers as they come, and a way to wait for the next one.
    final class Answers: Sendable {
        private let kinds = Mutex<[String]>([])
        private let arrived = DispatchSemaphore(value: 0)

        func post(_ action: Action) {
            let kind = switch action {
            case .articleBeginning: "beginning"
            case .articleRead: "whole"
            case .libraryRead: "library"
            default: "other"
            }
            kinds.withLock { $0.append(kind) }
            arrived.signal()
        }

        /// The kinds of answer in so far, after waiting up to `seconds` for one more.
        func afterWaiting(_ seconds: Double) -> [String] {
            _ = arrived.wait(timeout: .now() + seconds)
            return kinds.withLock { $0 }
        }
    }

    @Test func heldWorkStartsOnceAFrameIsDrawnAndLaterWorkAtOnce() {
        let hold = FirstFrameHold(holding: true)
        let answers = Answers()
        hold.start { answers.post(.libraryRead(LibraryAnswer(request: LibraryRequest(folder: "."), result: .success([])))) }
        #expect(answers.afterWaiting(0.2).isEmpty)
        hold.frameDrawn()
        #expect(answers.afterWaiting(5) == ["library"])
        hold.start { answers.post(.authorFound("A. Reader")) }
        #expect(answers.afterWaiting(5) == ["library", "other"])
    }

    @Test func nothingIsHeldWhereTheFirstScreenIsMadeOfThatWork() {
        let hold = FirstFrameHold(holding: false)
        let answers = Answers()
        hold.start { answers.post(.authorFound("A. Reader")) }
        #expect(answers.afterWaiting(5) == ["other"])
    }

    /// A long article: its beginning is read at once, the rest once the beginning is drawn.
    @Test func theRestOfALongArticleIsReadAfterItsFirstFrame() throws {
        let path = TestFolder.path("long.md")
        let paragraph = String(repeating: "A line of a long article. ", count: 20) + "\n\n"
        try String(repeating: paragraph, count: 400).write(toFile: path, atomically: true, encoding: .utf8)
        let effects = TerminalEffects(holdingUntilFirstFrame: true)
        let answers = Answers()
        effects.perform(.readArticle(ArticleRequest(id: 1, path: path, purpose: .article(selectingClaim: nil))), answer: answers.post)
        #expect(answers.afterWaiting(5) == ["beginning"])
        #expect(answers.afterWaiting(0.2) == ["beginning"])
        effects.frameDrawn()
        #expect(answers.afterWaiting(5) == ["beginning", "whole"])
    }
}
