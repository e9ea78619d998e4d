import Testing
@testable import LateralCore

struct JSONSourceMapTests {
    @Test(arguments: [
        ("[1,]", 1, 4, "unexpected ']'; expected a value"),
        ("{\"a\": 1", 1, 8, "unexpected end of file; expected ',' or '}'"),
        ("{,}", 1, 2, "unexpected ','; expected a key in quotes"),
        ("{\"a\" 1}", 1, 6, "unexpected '1'; expected ':' after the key \"a\""),
        ("[tru]", 1, 5, "unexpected ']'; expected 'true'"),
        ("{\"a\": 1x}", 1, 8, "unexpected 'x'; expected ',' or '}'"),
        ("[01]", 1, 3, "a number cannot have a 0 before its other digits"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 2, "the key \"a\" appears twice in this object; keep one"),
        ("[\"ok\", \"\\ud800x\"]", 1, 9, "lone surrogate \\ud800 in a string: its pair is missing"),
        ("[\"\\udc00\"]", 1, 3, "lone surrogate \\udc00 in a string: its pair is missing"),
        ("[\"\\u12\"]", 1, 7, "unexpected '\"'; expected four hexadecimal digits after \\u"),
        ("[1] 2", 1, 5, "expected end of file after the top-level value"),
        ("\n\n  [\"a\tb\"]", 3, 6, "control character byte 0x09 inside a string; write it as an escape"),
    ])
    func syntaxErrorsHaveTheirPlace(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(JSONSourceMap(bytes: Array(text.utf8)).syntaxError)
        #expect(error.location == TextLocation(line: line, column: column))
        #expect(error.message == message)
    }

    /// Keys are found as they read, whatever escapes spell them.
    @Test func escapedKeysAreFoundUnescaped() {
        let map = JSONSourceMap(bytes: Array("{\"a\\\\b\": 1,\n \"\\u0041\": {\"x/y\": 2}}".utf8))
        #expect(map.syntaxError == nil)
        #expect(map.location(of: [.key("a\\b")]) == TextLocation(line: 1, column: 10))
        #expect(map.location(of: [.key("A")]) == TextLocation(line: 2, column: 12))
        #expect(map.location(of: [.key("A"), .key("x/y")]) == TextLocation(line: 2, column: 20))
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONParser.parse(Array("[\"\\ud83d\\ude00\"]".utf8)) == .array([.string("😀")]))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(JSONSourceMap(bytes: Array(text.utf8)).syntaxError?.message == "values nested more than 512 deep")
    }

    @Test func valuesAreFoundByPathAndMissingOnesAtTheirParent() {
        let map = JSONSourceMap(bytes: Array("{\n  \"claims\": [\n    {\"id\": \"ü\", \"verdict\": 3}\n  ]\n}".utf8))
        #expect(map.syntaxError == nil)
        #expect(map.location(of: [.key("claims"), .index(0), .key("verdict")]) == TextLocation(line: 3, column: 28))
        #expect(map.location(of: [.key("claims"), .index(0), .key("quote")]) == TextLocation(line: 3, column: 5))
    }
}
