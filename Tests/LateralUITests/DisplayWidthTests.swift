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

    /// The ASCII fast paths give what walking the text character by character gives: marks
    /// after ASCII join it, controls and escapes are shown as symbols, wide characters and the
    /// limit are kept, off-screen columns are skipped.
    @Test func asciiFastPathsAgreeWithCharacterByCharacter() {
        let texts = ["plain words", "e\u{301}clair", "a\u{1B}[31mred", "tab\there", "mixed 中文 and 👩🏽‍💻 x", "q\u{7F}z", "end e\u{301}",
                     "\u{202E}rtl", "a\r\nb", "key #\u{FE0F}\u{20E3} cap", ""]
        for text in texts {
            for width in [0, 1, 3, 5, 8, 40] {
                // The first line as the characters give it.
                var expected = ""
                var column = 0
                for character in text {
                    let shown = character == "\t" ? " " : ShownText.of(character)
                    let cells = DisplayWidth.of(shown)
                    if column + cells > width { break }
                    expected += shown
                    column += cells
                }
                #expect(Wrapping.firstLine(text, width: width) == expected, "\(text.debugDescription) \(width)")
            }
        }
        // In the grid: the first column off screen, an escape shown as its symbol, a mark joined.
        var grid = CellGrid(width: 10, height: 1)
        grid.put("ab\u{1B}ce\u{301}", x: -1, y: 0)
        #expect(grid[0, 0].text == "b" && grid[1, 0].text == ShownText.of("\u{1B}") && grid[2, 0].text == "c")
        #expect(grid[3, 0].text == "e\u{301}" && grid[4, 0].text == " ")
        // A keycap is one cluster in one cell: its ASCII base gives it its width, as wcwidth does.
        grid.put("a#\u{FE0F}\u{20E3}b", x: 0, y: 0)
        #expect(grid[1, 0].text == "#\u{FE0F}\u{20E3}" && grid[2, 0].text == "b")
    }
}
