import Foundation
import LateralUI
import Testing
@testable import LateralTerminal

struct EffectsTests {
    @Test(arguments: ["--gpu-launcher=touch /tmp/x", "file:///etc/passwd", "javascript:alert(1)", ""])
    func onlyWebAddressesGoToABrowser(url: String) {
        #expect(Browser.open(url) == "not opened: only http and https addresses are handed to a browser")
    }

    /// A browser that is not there is found out before curses lets go of the screen.
    @Test func aMissingBrowserIsSaidNotRun() {
        #expect(UserProgram.executablePath("xdg-open", path: "/nonexistent") == nil)
        #expect(UserProgram.executablePath("sh", path: "/nonexistent:/bin") == "/bin/sh")
        #expect(UserProgram.executablePath("/bin/sh", path: "") == "/bin/sh")
    }

    /// A worker thread gives way to the loop, and only it: the loop keeps its priority.
    @Test func aWorkerGivesWayAndTheLoopDoesNot() async {
        #if os(Linux)
        let loopBefore = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let worker: Int32 = await withCheckedContinuation { done in
            Thread.detachNewThread {
                TerminalEffects.giveWayToTheLoop()
                done.resume(returning: getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
            }
        }
        #expect(worker == min(19, loopBefore + 10))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == loopBefore)
        #endif
    }
}

/// What curses is given for a cell: one character that takes space and its marks.
struct DrawableCellTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func joinedEmojiAreDrawnAsTheirFirst() {
        let technologist = CursesTerminal.drawable("👩\u{200D}💻")
        #expect(technologist.scalars == ["👩"])
        #expect(technologist.fillsWidth)
        #expect(CursesTerminal.drawable("👍🏽").scalars == ["👍"])
        #expect(CursesTerminal.drawable("e\u{301}").scalars == ["e", "\u{301}"])
        #expect(CursesTerminal.drawable("a").scalars == ["a"])
    }

    /// ❤️ is two columns in the grid, but curses draws its first character in one.
    @Test func aNarrowFirstCharacterLeavesTheSecondCellToFill() {
        let heart = CursesTerminal.drawable("\u{2764}\u{FE0F}")
        #expect(heart.scalars == ["\u{2764}"])
        #expect(!heart.fillsWidth)
    }
}
