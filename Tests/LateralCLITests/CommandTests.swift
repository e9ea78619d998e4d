import Foundation
import LateralTestSupport
import Testing

struct CommandTests {
    let library = ["--library", LateralProcess.fixtureLibrary]

    @Test func listShowsArticlesNewestFirstWithVerdictCounts() throws {
        let result = try LateralProcess.run(["list"] + library)
        #expect(result.status == 0)
        #expect(result.stdout == """
            2024-03-01  Example Gazette   An article nobody has checked yet
                        no-sidecar.md: no claims
            2024-02-01  Example Gazette   A corrected article
                        orphans.md: 2 claims: ○ 2 unverified
            2024-01-15  Example Gazette   多语言测试 — اختبار متعدد اللغات
                        scripts.md: 3 claims: ○ 2 unverified, ❝ 1 opinion
            2023-12-01                    One very long line
                        long-line.md: 1 claim: ○ 1 unverified
            2023-11-01  Example␛[2J Gaz…  Hostile␛]0;pwned␇ title
                        hostile.md: 1 claim: ✘ 1 false

            """)
    }

    /// Files that cannot be read at all exit 2 with what they are; the summary says so and
    /// never "no findings".
    @Test func unreadableClaimsFilesSayWhatTheyAreAndExit2() throws {
        let folder = TestFolder.path("kinds")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["json", "dangling", "loop", "fifo"] { try "Text.\n".write(toFile: "\(folder)/\(name).md", atomically: true, encoding: .utf8) }
        try "{\"version\": 1, \"claims\": [".write(toFile: folder + "/json.claims.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.claims.json", withDestinationPath: "gone.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop.claims.json", withDestinationPath: "loop.claims.json")
        #expect(mkfifo(folder + "/fifo.claims.json", 0o644) == 0)
        let expected = [
            ("json", "json.claims.json:1:27: error: unexpected end of file; expected a value"),
            ("dangling", "dangling.claims.json: error: is a symbolic link to gone.json, which does not exist"),
            ("loop", "loop.claims.json: error: is a symbolic link that loops back on itself"),
            ("fifo", "fifo.claims.json: error: is a named pipe (FIFO), not a file"),
        ]
        for (name, message) in expected {
            let result = try LateralProcess.run(["check", name, "--library", folder])
            #expect(result.status == 2, "\(name)")
            #expect(result.stdout == "\(folder)/\(message)\nchecked 1 article, 0 claims: 1 file could not be read\n")
        }
        let all = try LateralProcess.run(["check", folder])
        #expect(all.status == 2)
        #expect(all.stdout.hasSuffix("checked 4 articles, 0 claims: 4 files could not be read\n"))
    }

    @Test func aClaimsFileIsNotTakenForAnArticle() throws {
        for command in ["show", "claims", "sources"] {
            let result = try LateralProcess.run([command, "Tests/Fixtures/Library/orphans.claims.json"])
            #expect(result.status == 2, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "lateral: Tests/Fixtures/Library/orphans.claims.json: error: is a claims file; name its article instead: Tests/Fixtures/Library/orphans.md\n")
        }
    }

    @Test func argumentErrorsShowTheirBytes() throws {
        let result = try LateralProcess.run(["claims", "orphans", "--verdict", "\u{1B}]0;X\u{07}"] + library)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown verdict \"␛]0;X␇\""))
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func libraryComesFromTheEnvironmentToo() throws {
        let result = try LateralProcess.run(["list", "--json"], environment: ["LATERAL_LIBRARY": LateralProcess.fixtureLibrary])
        let articles = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(articles.map { $0["title"] as! String }.first == "An article nobody has checked yet")
        #expect((articles[1]["verdicts"] as! [String: Int]) == ["unverified": 2])
    }

    @Test func hostileBytesNeverReachTheTerminal() throws {
        for arguments in [["show", "hostile"], ["show", "hostile", "--plain"], ["list"], ["claims", "hostile"], ["check", "hostile"]] {
            let result = try LateralProcess.run(arguments + library, environment: ["TERM": "xterm-256color"])
            let output = result.stdout + result.stderr
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(arguments)")
            #expect(!output.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" }, "\(arguments)")
        }
        let shown = try LateralProcess.run(["show", "hostile", "--plain"] + library)
        #expect(shown.stdout.contains("Innocent start.␛[2J␛[H ⟦Cleared?␛]0;owned␇ Retitled?⟧[1✘]"))
        #expect(shown.stdout.contains("⟨U+202E⟩evil reversed⟨U+202C⟩"))
        #expect(shown.stdout.contains("note by attacker␛[31m, 2023-11-01T00:00:00Z: note with ␛[2J escape"))
    }

    @Test func hostileIdsAndDatesAreShownNotObeyed() throws {
        let folder = TestFolder.path("ids")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: T\ndate: 20\u{1B}[31mX\n---\nHello brave world.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try """
            {"version": 1,
             "sources": [{"id": "s\\u001b]0;PWNED\\u0007", "title": "T\\u202e", "kind": "primary", "url": "u\\u009b2J"}],
             "claims": [{"id": "c\\u001b[2J1", "quote": {"exact": "brave"}, "position": {"start": 6, "end": 11},
                         "verdict": "true", "links": [{"source": "s\\u001b]0;PWNED\\u0007", "relation": "supports"}]}]}
            """.write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        for arguments in [["list"], ["list", "--json"], ["claims", "a"], ["claims", "a", "--json"], ["sources", "a"],
                          ["sources", "a", "--json"], ["show", "a"], ["check"]] {
            let result = try LateralProcess.run(arguments + ["--library", folder])
            let output = result.stdout + result.stderr
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" },
                    "\(arguments): \(output.debugDescription)")
        }
        #expect(try LateralProcess.run(["claims", "a", "--library", folder]).stdout.contains("c␛[2J1"))
    }

    @Test func showMarksClaimsAndListsThemAsFootnotes() throws {
        let result = try LateralProcess.run(["show", "orph", "--plain"] + library)
        #expect(result.status == 0)
        #expect(result.stdout == """
            A corrected article
            Example Gazette · 2024-02-01

            The ⟦council approved the budget on Monday⟧[1○]. An earlier version of this story said the vote was unanimous.


            Claims

            [1○] unverified

            [2○] unverified · orphan: not found in the text
                “the mayor resigned after the vote”

            """)
    }

    @Test func claimsFilterByVerdictAndPrintJSON() throws {
        let result = try LateralProcess.run(["claims", "scripts", "--json", "--verdict", "opinion"] + library)
        let claims = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(claims.count == 1)
        #expect(claims[0]["id"] as? String == "c3")
        #expect(claims[0]["anchor"] as? String == "exact")
        #expect(claims[0]["start"] as? Int == 88)
    }

    @Test func badUsageAndMissingFilesExitWithTwo() throws {
        let badVerdict = try LateralProcess.run(["claims", "scripts", "--verdict", "maybe"] + library)
        #expect(badVerdict.status == 2)
        #expect(badVerdict.stderr.hasPrefix("lateral: Error: unknown verdict \"maybe\"; expected one of: unverified, true"))
        let unknownArticle = try LateralProcess.run(["show", "zzz"] + library)
        #expect(unknownArticle.status == 2)
        #expect(unknownArticle.stderr.contains("zzz: error: no such file, and no article in"))
        let missing = try LateralProcess.run(["check", "/nonexistent/path"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "lateral: /nonexistent/path: error: no such file, and no article in Articles whose name starts with it\n")
        let unknownOption = try LateralProcess.run(["list", "--bogus"])
        #expect(unknownOption.status == 2)
        // A word that is no command, with more after it, is said to be no command.
        let unknownCommand = try LateralProcess.run(["verdict", "scripts", "c1", "true"] + library)
        #expect(unknownCommand.status == 2)
        #expect(unknownCommand.stderr.hasPrefix("lateral: \"verdict\" is not a command, and an article is read with nothing after its name but options (the commands: read, list, show,"))
        // An article named with options after it is still opened (here: not found).
        let article = try LateralProcess.run(["zzz", "--claim", "c1"] + library)
        #expect(article.status == 2 && article.stderr.contains("zzz: error: no such file"))
        // An article named alone is opened without ArgumentParser: the same message and status.
        let alone = try LateralProcess.run(["zzz"])
        #expect(alone.status == 2)
        #expect(alone.stderr == "lateral: zzz: error: no such file, and no article in Articles whose name starts with it\n")
    }

    @Test func outputThatCannotBeWrittenEndsTheCommandWithTwo() throws {
        for arguments in ["show north", "claims north --json", "list"] {
            let result = try LateralProcess.run(["-c", "'\(LateralProcess.executable)' \(arguments) > /dev/full"], executable: "/bin/sh")
            #expect(result.status == 2)
            #expect(result.stderr == "lateral: cannot write the output: No space left on device\n")
        }
    }

    @Test func theCommandsMessagesNameAreTheOnesHelpLists() throws {
        let help = try LateralProcess.run(["--help"]).stdout
        let listed = help.components(separatedBy: "SUBCOMMANDS:\n")[1].components(separatedBy: "\n\n")[0].split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .map { String($0.dropFirst(2).prefix { $0 != " " }) }
        let message = try LateralProcess.run(["verdict", "scripts", "c1"]).stderr
        let named = message.components(separatedBy: "(the commands: ")[1].components(separatedBy: ")")[0].components(separatedBy: ", ")
        #expect(listed.count > 10)
        #expect(named == listed)
    }

    @Test func checkExitsZeroWhenCleanAndOneWithFindings() throws {
        let clean = try LateralProcess.run(["check", "Tests/Fixtures/Library/scripts.md", "Tests/Fixtures/Library/no-sidecar.md"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "checked 2 articles, 3 claims: no findings\n")
        let orphans = try LateralProcess.run(["check", "Tests/Fixtures/Library/orphans.claims.json"])
        #expect(orphans.status == 1)
        #expect(orphans.stdout.hasPrefix("Tests/Fixtures/Library/orphans.claims.json:32:20: error: claim \"c2\" is an orphan"))
    }

    @Test func checkFixRecordsMovedClaims() throws {
        let folder = TestFolder.path("cli")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = LateralProcess.fixtureLibrary + "/scripts"
        try FileManager.default.copyItem(atPath: source + ".claims.json", toPath: folder + "/scripts.claims.json")
        let article = try String(contentsOfFile: source + ".md", encoding: .utf8)
        try article.replacingOccurrences(of: "---\n据", with: "---\n新闻：据")
            .write(toFile: folder + "/scripts.md", atomically: true, encoding: .utf8)
        let before = try LateralProcess.run(["check", "scripts.md"], in: folder)
        #expect(before.status == 1)
        #expect(before.stdout.contains("scripts.claims.json:8:19: warning: claim \"c1\" moved from 7–22 to 10–25"))
        let fixed = try LateralProcess.run(["check", "--fix", "scripts.md"], in: folder)
        #expect(fixed.status == 0)
        #expect(fixed.stdout == "scripts.claims.json: fixed 3 claims\nchecked 1 article, 3 claims: no findings\n")
        #expect(try LateralProcess.run(["check", "scripts.md"], in: folder).status == 0)
    }

    @Test func helpIsThereForEverySubcommand() throws {
        for command in ["list", "show", "claims", "sources", "check"] {
            let result = try LateralProcess.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: lateral \(command)"))
        }
    }
}

/// `lateral export`: the standard formats, and clear refusals.
struct ExportCommandTests {
    @Test func exportsAreWrittenAndBadArgumentsRefused() throws {
        let w3c = try LateralProcess.run(["export", "north", "--format", "w3c"])
        #expect(w3c.status == 0)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(w3c.stdout.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "AnnotationCollection" && collection["total"] as? Int == 40)
        let csv = try LateralProcess.run(["export", "north", "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.components(separatedBy: "\r\n").count == 42)
        let output = TestFolder.path("export") + ".json"
        #expect(try LateralProcess.run(["export", "north", "--format", "claimreview", "-o", output]).status == 0)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect((graph["@graph"] as? [Any])?.count == 31)
        // A file already there is replaced, whole.
        #expect(try LateralProcess.run(["export", "north", "--format", "csv", "--output", output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == csv.stdout)

        let badFormat = try LateralProcess.run(["export", "north", "--format", "pdf"])
        #expect(badFormat.status == 2 && badFormat.stderr.contains("'w3c', 'claimreview', 'markdown' or 'csv'"))
        let badOutput = try LateralProcess.run(["export", "north", "--format", "csv", "--output", "/nonexistent-folder/x.csv"])
        #expect(badOutput.status == 2 && badOutput.stderr.contains("/nonexistent-folder/x.csv"))
    }

    /// Exported, then imported onto a copy of the article without claims: every claim is back,
    /// the file checks clean; a broken file is said with its place, exit 2.
    @Test func anExportImportsBack() throws {
        let folder = TestFolder.path("import")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: LateralProcess.repository + "/Articles/north-korean-it-workers.md", toPath: folder + "/north.md")
        #expect(try LateralProcess.run(["export", "north", "--format", "w3c", "--output", folder + "/north.jsonld"]).status == 0)
        let imported = try LateralProcess.run(["import-annotations", "north", folder + "/north.jsonld", "--library", folder])
        #expect(imported.status == 0 && imported.stdout == "imported 40 claims\n")
        #expect(try LateralProcess.run(["check", folder]).stdout == "checked 1 article, 40 claims: no findings\n")
        try "{\n  \"items\": [\n    {\"type\": \n".write(toFile: folder + "/broken.jsonld", atomically: true, encoding: .utf8)
        let broken = try LateralProcess.run(["import-annotations", "north", folder + "/broken.jsonld", "--library", folder])
        #expect(broken.status == 2 && broken.stderr.contains("broken.jsonld:4:"))
    }
}

/// `lateral import`: a page the team wrote becomes an article; one already there is replaced
/// only with --force, its claims kept and anchored again; bad input is exit 2.
struct ImportCommandTests {
    static let page = """
        <html lang="en"><head><title>Budget | Gazette</title><meta property="og:site_name" content="Gazette"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Budget approved</h1>
        <p>The council approved the budget on Monday after a debate that ran past midnight, with seven votes to four.</p>
        <p>Taxes rise by 3%, says the draft of the minutes that the clerk published on Tuesday and sent to every member.</p>
        </article><div class="comments"><h3>Leave a Reply</h3></div></body></html>
        """

    @Test func aPageBecomesAnArticleAndReplacesOneOnlyWhenAsked() throws {
        let folder = TestFolder.path("import-page")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.page.write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
        let first = try LateralProcess.run(["import", folder + "/page.html", "--into", folder])
        #expect(first.status == 0 && first.stdout == "wrote \(folder)/budget-approved.md: “Budget approved”, 2 paragraphs\n")
        let text = try String(contentsOfFile: folder + "/budget-approved.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: Budget approved\noutlet: Gazette\nlanguage: en\n---\n# Budget approved\n\nThe council"))
        #expect(try LateralProcess.run(["claim", "add", "budget", "--quote", "Taxes rise by 3%", "--library", folder]).status == 0)

        let again = try LateralProcess.run(["import", folder + "/page.html", "--into", folder])
        #expect(again.status == 1 && again.stderr.contains("exists already; --force"))
        // The page corrected: a sentence before the claim moves it; --force keeps and re-anchors it.
        try Self.page.replacingOccurrences(of: "<p>Taxes", with: "<p>Corrected. Taxes").write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
        let forced = try LateralProcess.run(["import", folder + "/page.html", "--into", folder, "--force"])
        #expect(forced.status == 0 && forced.stdout.hasSuffix("kept its claims file: 1 claim, 1 moved (recorded), 0 orphans\n"))
        #expect(try LateralProcess.run(["check", folder]).stdout == "checked 1 article, 1 claim: no findings\n")

        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: URL(fileURLWithPath: folder + "/image.html"))
        let image = try LateralProcess.run(["import", folder + "/image.html", "--into", folder])
        #expect(image.status == 2 && image.stderr.contains("binary"))
        try "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>".write(toFile: folder + "/nav.html", atomically: true, encoding: .utf8)
        let navigation = try LateralProcess.run(["import", folder + "/nav.html", "--into", folder])
        #expect(navigation.status == 2 && navigation.stderr.contains("holds no article text"))

        let newLibrary = try LateralProcess.run(["import", folder + "/page.html", "--into", folder + "/new/library"])
        #expect(newLibrary.status == 0 && FileManager.default.fileExists(atPath: folder + "/new/library/budget-approved.md"))
    }
}

extension ImportCommandTests {
    /// An address is fetched (from the tests' own server, never the internet); the page's
    /// address fills the header; an error status is said, exit 2.
    @Test func anAddressIsFetched() throws {
        let server = try LocalHTTPServer(pages: ["/news/budget": .init(status: 200, type: "text/html; charset=utf-8", body: Self.page)])
        let folder = TestFolder.path("import-url")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fetched = try LateralProcess.run(["import", server.base + "/news/budget", "--into", folder])
        #expect(fetched.status == 0 && fetched.stdout.hasPrefix("wrote \(folder)/budget-approved.md"))
        let text = try String(contentsOfFile: folder + "/budget-approved.md", encoding: .utf8)
        #expect(text.contains("url: \(server.base)/news/budget\n"))
        let missing = try LateralProcess.run(["import", server.base + "/gone", "--into", folder])
        #expect(missing.status == 2 && missing.stderr.contains("the server answered 404"))
    }
}

extension ImportCommandTests {
    /// A source's page kept as its local copy, with its digest; `check` says when the copy
    /// changes, goes missing, or lacks a passage quoted from it.
    @Test func aSourcesPageIsKeptAsItsLocalCopyAndChecked() throws {
        let server = try LocalHTTPServer(pages: ["/minutes": .init(status: 200, type: "text/html", body: Self.page)])
        let folder = TestFolder.path("copy")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "The council met. Taxes rise by 3%.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        let library = ["--library", folder]
        #expect(try LateralProcess.run(["source", "add", "a", "--title", "Minutes", "--id", "minutes"] + library).status == 0)
        #expect(try LateralProcess.run(["claim", "add", "a", "--quote", "Taxes rise by 3%"] + library).status == 0)
        #expect(try LateralProcess.run(["link", "a", "c01", "minutes", "--relation", "supports",
                                         "--passage", "Taxes rise by 3%, says the draft of the minutes"] + library).status == 0)
        let stored = try LateralProcess.run(["import", server.base + "/minutes", "--source-of", "a", "--source", "minutes"] + library)
        #expect(stored.status == 0 && stored.stdout.hasPrefix("wrote \(folder)/sources/budget-approved.md, the local copy of source minutes"))
        let source = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json")))
            as? [String: Any])?["sources"] as? [[String: Any]]).first!
        #expect(source["localCopy"] as? String == "sources/budget-approved.md" && (source["localCopySHA256"] as? String)?.count == 64)
        #expect(source["url"] as? String == server.base + "/minutes" && source["retrieved"] as? String != nil)
        #expect(try LateralProcess.run(["check", folder]).status == 0)

        let copy = folder + "/sources/budget-approved.md"
        let text = try String(contentsOfFile: copy, encoding: .utf8)
        try text.replacingOccurrences(of: "says the draft", with: "says a draft").write(toFile: copy, atomically: true, encoding: .utf8)
        let changed = try LateralProcess.run(["check", folder])
        #expect(changed.status == 1 && changed.stdout.contains("changed since it was retrieved") && changed.stdout.contains("is not in its local copy"))
        try FileManager.default.removeItem(atPath: copy)
        let missing = try LateralProcess.run(["check", folder])
        #expect(missing.status == 1 && missing.stdout.contains("has a local copy sources/budget-approved.md that is not there"))
    }
}

/// The README's promises about the sample library.
struct SampleLibraryCommandTests {
    @Test func sampleLibraryChecksCleanFromTheRepository() throws {
        let result = try LateralProcess.run(["check", "Articles"])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 1 article, 40 claims: no findings\n")
    }

    @Test func sourcesListEachClaimOncePerRelation() throws {
        let result = try LateralProcess.run(["sources", "north", "--json"])
        let sources = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let advisory = try #require(sources.first { ($0["source"] as? [String: Any])?["id"] as? String == "advisory" })
        let claims = advisory["claims"] as! [String: [String]]
        #expect(claims["refutes"] == ["c32", "c11", "c37", "c18", "c31"])
        #expect(claims.values.allSatisfy { Set($0).count == $0.count })
    }
}

/// `show` colours only a terminal that has colours, and only when NO_COLOR is unset. A
/// pseudo-terminal from script(1) stands in for the user's terminal.
struct ShowColourTests {
    func showInTerminal(_ environment: [String: String]) throws -> String {
        let command = "'\(LateralProcess.executable)' show orph --library '\(LateralProcess.fixtureLibrary)'"
        let result = try LateralProcess.run(["-qec", command, "/dev/null"], environment: environment, executable: "/usr/bin/script")
        return result.stdout
    }

    @Test func colourOnATerminal() throws {
        let output = try showInTerminal(["TERM": "xterm-256color"])
        #expect(output.contains("\u{1B}[38;5;250m⟦council approved"), "\(output.debugDescription)")
    }

    @Test func noColourWithNoColorOrADumbTerminal() throws {
        for environment in [["TERM": "xterm-256color", "NO_COLOR": "1"], ["TERM": "dumb"]] {
            let output = try showInTerminal(environment)
            #expect(output.contains("⟦council approved"))
            #expect(!output.contains("\u{1B}"), "\(environment)")
        }
    }
}

struct BrokenLibraryTests {
    @Test func oneBadFileIsReportedAndTheRestStillLoad() throws {
        let folder = TestFolder.path("broken")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["orphans.md", "orphans.claims.json", "no-sidecar.md"] {
            try FileManager.default.copyItem(atPath: LateralProcess.fixtureLibrary + "/" + name, toPath: folder + "/" + name)
        }
        try "---\ntitle: Broken claims\ndate: 2024-05-01\n---\nText.\n".write(toFile: folder + "/broken.md", atomically: true, encoding: .utf8)
        try "{\n  \"version\": 1,\n  \"claims\": [\n".write(toFile: folder + "/broken.claims.json", atomically: true, encoding: .utf8)
        let result = try LateralProcess.run(["list", "--library", folder])
        #expect(result.status == 0)
        #expect(result.stderr == "lateral: \(folder)/broken.claims.json:4:1: error: unexpected end of file; expected a value\n")
        #expect(result.stdout == """
            2024-05-01                    Broken claims
                        broken.md: cannot be read: broken.claims.json:4:1: unexpected end of file; expected a value
            2024-03-01  Example Gazette   An article nobody has checked yet
                        no-sidecar.md: no claims
            2024-02-01  Example Gazette   A corrected article
                        orphans.md: 2 claims: ○ 2 unverified

            """)
        // Only the one broken file is reported on standard error, and `list` still exits 0.
        let check = try LateralProcess.run(["check", folder])
        #expect(check.status == 2)
        #expect(check.stdout.contains("broken.claims.json:4:1: error: unexpected end of file; expected a value"))
    }

    @Test func anAmbiguousPrefixNamesTheCandidates() throws {
        let folder = TestFolder.path("prefix")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["north-korea.md", "north-dakota.md", "south.md"] {
            try "Text.\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let ambiguous = try LateralProcess.run(["claims", "north", "--library", folder])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "lateral: north: error: names more than one article in \(folder): north-dakota.md, north-korea.md\n")
        #expect(try LateralProcess.run(["claims", "north-k", "--library", folder]).status == 0)
        #expect(try LateralProcess.run(["claims", "south.md", "--library", folder]).status == 0)
    }
}

struct ClaimsListingTests {
    @Test func claimsSayHowTheyWereAnchored() throws {
        let result = try LateralProcess.run(["claims", "orphans", "--library", LateralProcess.fixtureLibrary])
        #expect(result.stdout == """
              1 ○ unverified   c1    4–41              “council approved the budget on Monday”
              2 ○ unverified   c2    orphan            “the mayor resigned after the vote”

            """)
    }
}

/// Fields of any size cost time in proportion to their size: a rationale, a quote or a
/// passage with hundreds of thousands of line breaks took minutes before, and would again
/// run into this suite's time limit.
@Suite(.timeLimit(.minutes(1)))
struct LongFieldTests {
    @Test func fieldsFullOfLineBreaksAreLinear() throws {
        let folder = TestFolder.path("long")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let breaks = String(repeating: "x\\n", count: 400_000)
        try "Hello brave world.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try """
            {"version": 1,
             "sources": [{"id": "s", "title": "T\(breaks)", "publisher": "P\(breaks)", "kind": "primary",
                          "passages": [{"id": "p", "exact": "\(breaks)"}]}],
             "claims": [{"id": "c1", "quote": {"exact": "gone\(breaks)"}, "position": {"start": 0, "end": 5},
                         "verdict": "true", "rationale": "R\(breaks)", "claimant": "C\(breaks)",
                         "links": [{"source": "s", "relation": "supports", "passage": "p"}]}]}
            """.write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        for arguments in [["show", "a", "--plain"], ["sources", "a"], ["claims", "a"], ["check", "a"]] {
            let result = try LateralProcess.run(arguments + ["--library", folder])
            #expect(result.status <= 1, "\(arguments)")
            #expect(result.stdout.contains("x␊x␊") || result.stdout.contains("orphan"), "\(arguments)")
        }
    }

    /// Quotes are clipped by display width: a line of Chinese takes two columns a character,
    /// and is cut as short on screen as a line of Latin letters.
    @Test func claimsQuotesAreClippedByDisplayWidth() throws {
        let folder = TestFolder.path("cjk")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let chinese = String(repeating: "北韩工作者", count: 20)
        let latin = String(repeating: "abcde", count: 20)
        try (chinese + " " + latin + "\n").write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try """
            {"version": 1, "claims": [
              {"id": "c1", "quote": {"exact": "\(chinese)"}, "position": {"start": 0, "end": 100}},
              {"id": "c2", "quote": {"exact": "\(latin)"}, "position": {"start": 101, "end": 201}}]}
            """.write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        let result = try LateralProcess.run(["claims", "a", "--library", folder])
        let widths = result.stdout.split(separator: "\n").map { line in
            line.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
        }
        // A wide character that would stand half past the limit is left out: one column less.
        #expect(widths.count == 2)
        #expect(widths[0] == widths[1] || widths[0] == widths[1] - 1)
    }
}

extension ImportCommandTests {
    /// Foundation's networking (libcurl and what it loads) is in `lateral-fetch` alone: the
    /// reader starts without loading it.
    @Test func theReaderDoesNotLoadTheNetworking() throws {
        guard let libraries = try Self.librariesLoadedAtStart() else { return }
        #expect(libraries.contains("libFoundation") && !libraries.contains("FoundationNetworking") && !libraries.contains("libcurl"))
    }

    /// libxml2 (and the ICU it brings) and SQLite are loaded by their first use, not by every
    /// start; the import and list tests show that they are found then.
    @Test func libxml2AndSQLiteAreNotLoadedAtStart() throws {
        guard let libraries = try Self.librariesLoadedAtStart() else { return }
        #expect(libraries.contains("libncursesw"))
        #expect(!libraries.contains("libxml2") && !libraries.contains("libicu") && !libraries.contains("libsqlite3"))
    }

    /// Only FoundationEssentials: Foundation itself brings CoreFoundation and ICU, whose
    /// relocations and initialisers were a millisecond of every start (the debug build links
    /// Swift's libraries as shared ones, so that ldd names them).
    @Test func foundationItselfIsNotLinked() throws {
        guard let libraries = try Self.librariesLoadedAtStart(), libraries.contains("libswiftCore") else { return }
        #expect(libraries.contains("libFoundationEssentials"))
        #expect(!libraries.contains("libFoundation.so") && !libraries.contains("libFoundationInternationalization")
                && !libraries.contains("lib_FoundationICU"))
    }

    /// What the dynamic loader loads when `lateral` starts, as `ldd` lists it; nil without `ldd`.
    static func librariesLoadedAtStart() throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd") else { return nil }
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [LateralProcess.executable]
        let output = Pipe()
        ldd.standardOutput = output
        try ldd.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        return libraries
    }
}
