import Foundation
import LateralCore
import Testing

/// The helpers that replaced Foundation's NSString paths, percent escapes, `localizedStandardCompare`
/// and `replacingOccurrences` in the reader: each gives what Foundation gave on the cases Lateral meets.
struct FoundationFreeHelpersTests {
    static let paths = ["/a/b/c.md", "a/b/c.md", "c.md", "/c.md", "/", "", "a/b/", "a//b", "/a/b//", "./a.md", "../x/y", "Articles/north.md", "/tmp/漢字/é.md"]

    @Test(arguments: paths) func pathsAreTakenApartAsNSStringDid(path: String) {
        #expect(Path.folder(of: path) == (path as NSString).deletingLastPathComponent)
        #expect(Path.lastComponent(of: path) == (path as NSString).lastPathComponent)
    }

    @Test func namesAreJoinedWithOneSlash() {
        for (folder, name) in [("a", "b.md"), ("a/", "b.md"), ("/", "b.md"), ("", "b.md"), ("/a/b", "c/d.md"), ("a", "/b.md")] {
            #expect(Path.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) + \(name)")
        }
    }

    static let names = ["north-korean-it-workers", "c01", "with space", "a/b:c?d#e", "café", "漢字", "emoji 😀", "50%", "ü\u{308}", "tab\there", "~._-"]

    @Test(arguments: names) func namesAreEscapedAsFoundationEscapedThem(name: String) {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        #expect(PercentEncoding.encode(name) == name.addingPercentEncoding(withAllowedCharacters: allowed))
        #expect(PercentEncoding.decode(PercentEncoding.encode(name)) == name)
    }

    @Test func escapesAreReadBackOrRefused() {
        for text in ["c%30%31", "%E6%BC%A2", "plain", "%zz", "%4", "%", "%FF", "a%2fb", "%+1"] {
            #expect(PercentEncoding.decode(text) == text.removingPercentEncoding, "\(text)")
        }
    }

    @Test func titlesAreOrderedAsFoundationOrderedThem() {
        let titles = ["Part 10", "part 2", "Part 1", "Alpha", "alpha", "Beta 007", "Beta 7", "beta 8", "Zeta", "Part 2b", "Part 02",
                      "Élan", "elan", "Report 2024-03", "Report 2024-11", "report 2024-3", "x", "X1", "", "10", "9"]
        let foundations = titles.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        // Accented letters aside (ours go by code point, Foundation's by the locale's collation).
        let unaccented = { (list: [String]) in list.filter { $0.unicodeScalars.allSatisfy(\.isASCII) } }
        #expect(unaccented(titles.sorted(by: NaturalOrder.precedes)) == unaccented(foundations))
        #expect(!NaturalOrder.precedes("Part 2", "Part 2"))
        #expect(NaturalOrder.precedes("Part 9", "Part 10") && !NaturalOrder.precedes("Part 10", "Part 9"))
    }

    @Test func everyOccurrenceIsReplacedScalarByScalar() {
        for (text, target, replacement) in [("a\"b\"", "\"", "\"\""), ("one\r\ntwo\nthree", "\n", " "),
                                            ("x~y/z", "~", "~0"), ("aaa", "aa", "b"), ("", "a", "b"), ("no match", "q", "r")] {
            #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement), "\(text)")
        }
        // Where they differ: a quote with a combining mark after it is still doubled.
        #expect("say \"\u{301}hi".replacingEvery("\"", with: "\"\"") == "say \"\"\u{301}hi")
    }
}
