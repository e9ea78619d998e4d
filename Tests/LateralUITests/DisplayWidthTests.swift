import Testing
@testable import LateralUI

struct DisplayWidthTests {
    init() { DisplayWidth.prepareLocale() }

    @Test(arguments: [("a", 1), ("中", 2), ("한", 2), ("é", 1), ("e\u{301}", 1), ("👩🏽‍💻", 2), ("❤️", 2), ("ع", 1), ("\u{301}", 0)])
    func cellsPerCharacter(text: String, width: Int) {
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    @Test func cellsOfAString() {
        #expect(DisplayWidth.of("北韩IT工作者") == 12)
        #expect(DisplayWidth.of("Ünïcödé") == 7)
    }
}

struct CellGridTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func wideCharactersTakeTwoCellsAndAreNotCut() {
        var grid = CellGrid(width: 7, height: 2)
        #expect(grid.put("a中b", x: 0, y: 0) == 4)
        #expect(grid[1, 0].text == "中")
        #expect(grid[2, 0].text == "")
        grid.put("中中中中", x: 0, y: 1)
        #expect(grid.text == "a中b\n中中中")
    }

    @Test func combiningMarksJoinTheCellBefore() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("re\u{301}gime", x: 0, y: 0)
        #expect(grid[1, 0].text == "e\u{301}")
        #expect(grid.text == "régim")
    }

    @Test func textIsClippedAtTheLimit() {
        var grid = CellGrid(width: 10, height: 1)
        grid.put("abcdef", x: 2, y: 0, paint: .bar, limit: 3)
        #expect(grid.text == "  abc")
        #expect(grid[4, 0].paint == .bar)
        #expect(grid[5, 0].paint == .plain)
    }
}
