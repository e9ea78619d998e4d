import Foundation
import LateralTestSupport
import Testing

/// The annotation commands, run as a script would run them, and git's merge driver in a
/// real repository.
struct AnnotateCommandTests {
    static let text = "---\ntitle: Budget\n---\nThe council approved the budget on Monday. Taxes rise by 3%. The council met.\n"

    /// A library folder with one article, `a.md`.
    static func library() throws -> String {
        let folder = TestFolder.path("annotate")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        return folder
    }

    static func run(_ arguments: [String], in folder: String, author: String = "ana") throws -> LateralProcess.Result {
        try LateralProcess.run(arguments, environment: ["LATERAL_AUTHOR": author], in: folder)
    }

    static func claims(_ folder: String) throws -> [[String: Any]] {
        let result = try LateralProcess.run(["claims", "a", "--json", "--library", folder], in: folder)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func stored(_ folder: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aClaimIsMarkedAnnotatedLinkedAndNoted() throws {
        let folder = try Self.library()
        let library = ["--library", folder]
        let ambiguous = try Self.run(["claim", "add", "a", "--quote", "The council"] + library, in: folder)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == "lateral: the quote occurs 2 times in the text; say which with --occurrence 1…2, or quote more words\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.claims.json"))
        let missing = try Self.run(["claim", "add", "a", "--quote", "the Council"] + library, in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("not in the article's text"))

        let added = try Self.run(["claim", "add", "a", "--quote", "The council", "--occurrence", "2"] + library, in: folder)
        #expect(added.status == 0 && added.stdout == "c01\n")
        let source = try Self.run(["source", "add", "a", "--title", "Minutes of 29 January", "--url", "https://example.org/m",
                                   "--kind", "primary", "--date", "2024-01-29"] + library, in: folder)
        #expect(source.status == 0 && source.stdout == "minutes-of-29-january\n")
        #expect(try Self.run(["link", "a", "c01", "minutes-of-29-january", "--relation", "supports",
                              "--passage", "The council met on Monday."] + library, in: folder).status == 0)
        #expect(try Self.run(["annotate", "a", "1", "--verdict", "mostly true", "--rationale", "The minutes say so."] + library, in: folder).status == 0)
        #expect(try Self.run(["annotate", "a", "c01", "--verdict", "true"] + library, in: folder, author: "ben").status == 0)
        #expect(try Self.run(["note", "a", "c01", "Asked the clerk."] + library, in: folder).status == 0)

        let claim = try #require(try Self.claims(folder).first)
        #expect(claim["id"] as? String == "c01")
        #expect(claim["quote"] as? String == "The council")
        #expect(claim["start"] as? Int == 61 && claim["anchor"] as? String == "exact")
        #expect(claim["verdict"] as? String == "true")
        #expect(claim["rationale"] as? String == "The minutes say so.")
        let links = try #require(claim["links"] as? [[String: Any]])
        #expect(links.first?["relation"] as? String == "supports" && links.first?["passage"] as? String == "minutes-of-29-january-p1")

        let stored = try #require(try Self.stored(folder)["claims"] as? [[String: Any]]).first!
        let history = try #require(stored["history"] as? [[String: Any]])
        #expect(history.map { "\($0["author"]!) \($0["from"]!)→\($0["to"]!)" } == ["ana unverified→mostly-true", "ben mostly-true→true"])
        #expect((stored["notes"] as? [[String: Any]])?.first?["text"] as? String == "Asked the clerk.")
        #expect((stored["modified"] as? [String: Any])?["author"] as? String == "ana")
        #expect(try Self.run(["check"] + library, in: folder).status == 0)

        // A source's description corrected: given fields change, an empty one goes, the rest stays.
        let corrected = try Self.run(["source", "edit", "a", "minutes-of-29-january", "--url", "https://example.org/minutes?utm_source=mail",
                                      "--date", "", "--note", "Read in the council's own copy."] + library, in: folder)
        #expect(corrected.status == 0 && corrected.stdout == "corrected source minutes-of-29-january\n")
        let again = try Self.run(["source", "edit", "a", "minutes-of-29-january", "--note", "Read in the council's own copy."] + library, in: folder)
        #expect(again.stdout == "source minutes-of-29-january already says that; nothing changed\n")
        let described = try #require((try Self.stored(folder)["sources"] as? [[String: Any]])?.first)
        #expect(described["url"] as? String == "https://example.org/minutes?utm_source=mail" && described["date"] == nil)
        #expect(described["note"] as? String == "Read in the council's own copy." && described["title"] as? String == "Minutes of 29 January")
        let badKind = try Self.run(["source", "edit", "a", "minutes-of-29-january", "--kind", "tertiary"] + library, in: folder)
        #expect(badKind.status == 2)
    }

    @Test func refusalsExitOneAndUsageErrorsTwo() throws {
        let folder = try Self.library()
        let library = ["--library", folder]
        let unknown = try Self.run(["annotate", "a", "c09", "--verdict", "true"] + library, in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("no claim \"c09\""))
        let badVerdict = try Self.run(["annotate", "a", "c01", "--verdict", "maybe"] + library, in: folder)
        #expect(badVerdict.status == 2 && badVerdict.stderr.contains("expected one of: unverified, true"))
        let nothing = try Self.run(["annotate", "a", "c01"] + library, in: folder)
        #expect(nothing.status == 2 && nothing.stderr.contains("nothing to set"))
        let badDate = try Self.run(["source", "add", "a", "--title", "T", "--date", "29/01/2024"] + library, in: folder)
        #expect(badDate.status == 2 && badDate.stderr.contains("not an ISO 8601 date"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.claims.json"))
    }

    /// An edit that changes nothing writes nothing: a file laid out by hand stays as it is.
    @Test func anEditThatChangesNothingLeavesTheFileAlone() throws {
        let folder = try Self.library()
        let compact = #"{"version": 1, "claims": [{"id": "c01", "quote": {"exact": "Taxes rise by 3%"}, "position": {"start": 43, "end": 59}}]}"#
        try compact.write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        let result = try Self.run(["annotate", "a", "c01", "--verdict", "unverified", "--library", folder], in: folder)
        #expect(result.status == 0 && result.stdout == "claim c01 already says so; nothing changed\n")
        #expect(try String(contentsOfFile: folder + "/a.claims.json", encoding: .utf8) == compact)
    }

    /// Two scripts annotating one article at once: every change of both is in the file.
    @Test func twoWritersAtOnceLoseNothing() throws {
        let folder = try Self.library()
        let library = ["--library", folder]
        #expect(try Self.run(["claim", "add", "a", "--quote", "Taxes rise by 3%"] + library, in: folder).stdout == "c01\n")
        let rounds = 12
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for round in 0..<rounds {
                _ = try? Self.run(["note", "a", "c01", "writer \(writer) round \(round)"] + library, in: folder, author: "w\(writer)")
            }
        }
        let stored = try #require(try Self.stored(folder)["claims"] as? [[String: Any]]).first!
        let notes = Set(try #require(stored["notes"] as? [[String: Any]]).compactMap { $0["text"] as? String })
        #expect(notes == Set((0..<2).flatMap { writer in (0..<rounds).map { "writer \(writer) round \($0)" } }))
    }

    /// Two branches annotate the same article; git merges them with Lateral's driver.
    @Test func gitMergesTwoBranchesClaimByClaimAndFieldByField() throws {
        let folder = try Self.library()
        let library = ["--library", folder]
        func git(_ arguments: String...) throws -> LateralProcess.Result {
            try LateralProcess.run(["git"] + arguments, environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                                                      "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"],
                                   in: folder, executable: "/usr/bin/env")
        }
        #expect(try git("init", "-q", "-b", "main").status == 0)
        try "*.claims.json merge=lateral\n".write(toFile: folder + "/.gitattributes", atomically: true, encoding: .utf8)
        #expect(try git("config", "merge.lateral.driver", "\(LateralProcess.executable) merge-driver %O %A %B").status == 0)
        _ = try Self.run(["claim", "add", "a", "--quote", "approved the budget"] + library, in: folder)
        _ = try Self.run(["claim", "add", "a", "--quote", "Taxes rise by 3%"] + library, in: folder)
        #expect(try git("add", ".").status == 0)
        #expect(try git("commit", "-q", "-m", "base").status == 0)

        #expect(try git("checkout", "-q", "-b", "ana").status == 0)
        _ = try Self.run(["annotate", "a", "c01", "--verdict", "true"] + library, in: folder, author: "ana")
        _ = try Self.run(["note", "a", "c02", "From ana."] + library, in: folder, author: "ana")
        _ = try Self.run(["annotate", "a", "c02", "--verdict", "false"] + library, in: folder, author: "ana")
        _ = try Self.run(["claim", "add", "a", "--quote", "The council met"] + library, in: folder, author: "ana")
        #expect(try git("commit", "-q", "-am", "ana").status == 0)

        #expect(try git("checkout", "-q", "main").status == 0)
        #expect(try git("checkout", "-q", "-b", "ben").status == 0)
        _ = try Self.run(["annotate", "a", "c01", "--rationale", "Minutes."] + library, in: folder, author: "ben")
        _ = try Self.run(["note", "a", "c02", "From ben."] + library, in: folder, author: "ben")
        _ = try Self.run(["annotate", "a", "c02", "--verdict", "mostly-true"] + library, in: folder, author: "ben")
        _ = try Self.run(["claim", "add", "a", "--quote", "on Monday"] + library, in: folder, author: "ben")
        #expect(try git("commit", "-q", "-am", "ben").status == 0)

        let merge = try git("merge", "-q", "ana", "-m", "merge")
        // The verdict of c02 differs: git reports a conflict, and the file records it.
        #expect(merge.status != 0)
        let claims = try #require(try Self.stored(folder)["claims"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0["id"] as! String, $0) })
        // Both added a c03: ours (ben's, on this branch) keeps the id, theirs is renamed; text order.
        #expect(claims.map { $0["id"] as! String } == ["c01", "c03", "c02", "c03-2"])
        #expect(byID["c01"]?["verdict"] as? String == "true" && byID["c01"]?["rationale"] as? String == "Minutes.")
        #expect(Set((byID["c02"]?["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }) == ["From ana.", "From ben."])
        #expect(byID["c02"]?["verdict"] as? String == "mostly-true")
        let conflict = try #require((byID["c02"]?["conflicts"] as? [[String: Any]])?.first)
        #expect(conflict["field"] as? String == "verdict")
        #expect((conflict["kept"] as? [String: Any])?["author"] as? String == "ben")
        #expect((conflict["other"] as? [String: Any])?["value"] as? String == "false")
        #expect((byID["c03"]?["quote"] as? [String: Any])?["exact"] as? String == "on Monday")
        #expect((byID["c03-2"]?["quote"] as? [String: Any])?["exact"] as? String == "The council met")

        let check = try LateralProcess.run(["check"] + library, in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("claim \"c02\": conflict over verdict: \"mostly-true\" (ben at "))
    }
}
