import Foundation
import Testing
@testable import LateralCore

/// The three-way merge that two readers saving one file, and git's merge driver, rely on.
struct SidecarMergeTests {
    static let body = ScalarText("The council approved the budget on Monday. Taxes rise by 3%. The mayor resigned.")
    static let ana = Stamp(author: "ana", time: "2024-02-02T09:00:00Z")
    static let ben = Stamp(author: "ben", time: "2024-02-02T10:00:00Z")

    /// A file with one claim (c01, "approved the budget") and one source.
    static var base: Sidecar {
        var sidecar = Sidecar(sources: [Source(id: "minutes", title: "Minutes", kind: .primary)])
        _ = try! sidecar.addClaim(range: 12..<31, in: body, stamp: Stamp(author: "zoe", time: "2024-02-01T08:00:00Z"))
        return sidecar
    }

    func merged(_ ours: Sidecar, _ theirs: Sidecar) throws -> SidecarMerge.Outcome {
        try SidecarMerge.merge(base: Self.base, ours: ours, theirs: theirs)
    }

    @Test func claimsAddedOnBothSidesAreAllKeptInTextOrder() throws {
        var ours = Self.base, theirs = Self.base
        let ourNew = try ours.addClaim(range: 65..<79, in: Self.body, stamp: Self.ana).id
        var theirsNew = try theirs.addClaim(range: 43..<59, in: Self.body, stamp: Self.ben).id
        #expect(ourNew == "c02" && theirsNew == "c02")
        let outcome = try merged(ours, theirs)
        theirsNew = "c02-2"
        #expect(outcome.sidecar.claims.map(\.id) == ["c01", theirsNew, "c02"])
        #expect(outcome.sidecar.claims.map(\.quote.exact) == ["approved the budget", "Taxes rise by 3%", "mayor resigned"])
        #expect(outcome.newConflicts == 0)
    }

    @Test func notesOfOneClaimFromBothSidesAreKeptInTimeOrder() throws {
        var ours = Self.base, theirs = Self.base
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.addNote("Second look.", stamp: Self.ben) }
        _ = try ours.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.addNote("Minutes checked.", stamp: Self.ana) }
        let claim = try merged(ours, theirs).sidecar.claims[0]
        #expect(claim.notes.map(\.text) == ["Minutes checked.", "Second look."])
        #expect(claim.modified == Self.ben)
        #expect(claim.conflicts.isEmpty)
    }

    @Test func differentFieldsChangedOnEachSideAreBothTaken() throws {
        var ours = Self.base, theirs = Self.base
        _ = try ours.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.setVerdict(.true, stamp: Self.ana) }
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.rationale = "The minutes say so." }
        let outcome = try merged(ours, theirs)
        let claim = outcome.sidecar.claims[0]
        #expect(claim.verdict == .true && claim.rationale == "The minutes say so.")
        #expect(claim.history.map(\.to) == [.true])
        #expect(outcome.newConflicts == 0)
    }

    @Test func oneFieldChangedDifferentlyIsAConflictThatKeepsBothValues() throws {
        var ours = Self.base, theirs = Self.base
        _ = try ours.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.setVerdict(.true, stamp: Self.ana) }
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.setVerdict(.false, stamp: Self.ben) }
        let outcome = try merged(ours, theirs)
        let claim = outcome.sidecar.claims[0]
        #expect(outcome.newConflicts == 1)
        #expect(claim.verdict == .true)
        #expect(claim.conflicts == [Conflict(field: "verdict", kept: ConflictSide(value: .string("true"), author: "ana", time: Self.ana.time),
                                             other: ConflictSide(value: .string("false"), author: "ben", time: Self.ben.time))])
        // Both changes are in the history.
        #expect(Set(claim.history.map(\.to)) == [.true, .false])

        var resolved = outcome.sidecar
        let change = try resolved.resolveConflict(claim: "c01", at: 0, takingOther: true, stamp: Self.ana)
        #expect(resolved.claims[0].verdict == .false && resolved.claims[0].conflicts.isEmpty)
        resolved.apply(change.reversed)
        #expect(resolved.claims[0] == claim)
    }

    @Test func aClaimDeletedOnOneSideAndChangedOnTheOtherIsKeptWithAConflict() throws {
        var ours = Self.base, theirs = Self.base
        _ = try ours.removeClaim(id: "c01")
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.rationale = "Checked." }
        let outcome = try merged(ours, theirs)
        #expect(outcome.sidecar.claims.map(\.id) == ["c01"])
        #expect(outcome.sidecar.claims[0].conflicts.map(\.field) == [Conflict.deletedClaim])
        var settled = outcome.sidecar
        _ = try settled.resolveConflict(claim: "c01", at: 0, takingOther: true, stamp: Self.ana)
        #expect(settled.claims.isEmpty)

        var untouched = Self.base
        _ = try untouched.removeClaim(id: "c01")
        #expect(try merged(untouched, Self.base).sidecar.claims.isEmpty)
        #expect(try merged(Self.base, untouched).sidecar.claims.isEmpty)
    }

    @Test func aSourceDeletedOnOneSideStaysWhileTheOtherLinksIt() throws {
        var ours = Self.base, theirs = Self.base
        _ = try ours.removeSource(id: "minutes", stamp: Self.ana)
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.link(SourceLink(source: "minutes", relation: .supports)) }
        let sidecar = try merged(ours, theirs).sidecar
        #expect(sidecar.sources.map(\.id) == ["minutes"])
        #expect(sidecar.claims[0].links.map(\.source) == ["minutes"])
    }

    @Test func undoKeepsWhatAnotherChangedSince() throws {
        var sidecar = Self.base
        let change = try #require(try sidecar.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.setVerdict(.mixed, stamp: Self.ana) })
        // Someone else's rationale arrives through a merge; then the verdict is undone.
        sidecar.claims[0].rationale = "From ben."
        sidecar.apply(change.reversed)
        #expect(sidecar.claims[0].verdict == .unverified)
        #expect(sidecar.claims[0].rationale == "From ben.")
        sidecar.apply(change)
        #expect(sidecar.claims[0].verdict == .mixed)
    }

    @Test func twoSaversOfOneFileLoseNothing() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        var first = SidecarFile(path: path, sidecar: Self.base, originalBytes: nil)
        try first.save()
        var second = try SidecarFile.read(path)
        _ = try first.sidecar.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.addNote("One.", stamp: Self.ana) }
        try first.save()
        _ = try second.sidecar.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.addNote("Two.", stamp: Self.ben) }
        let saved = try second.save()
        #expect(saved.merged && saved.newConflicts == 0)
        #expect(try SidecarFile.read(path).sidecar.claims[0].notes.map(\.text) == ["One.", "Two."])
        // The first saver merges in its turn and sees both.
        _ = try first.sidecar.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.rationale = "Both noted." }
        try first.save()
        let final = try SidecarFile.read(path).sidecar.claims[0]
        #expect(final.notes.map(\.text) == ["One.", "Two."] && final.rationale == "Both noted.")
    }

    @Test func aFileDeletedWhileOpenIsWrittenAgainWhole() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        var file = SidecarFile(path: path, sidecar: Self.base, originalBytes: nil)
        try file.save()
        try FileManager.default.removeItem(atPath: path)
        _ = try file.sidecar.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.rationale = "Kept." }
        #expect(try file.save().recreated)
        #expect(try SidecarFile.read(path).sidecar == file.sidecar)
    }

    @Test func historyAndConflictsRoundTrip() throws {
        var ours = Self.base, theirs = Self.base
        _ = try ours.editClaim(id: "c01", stamp: Self.ana, summary: "") { $0.setVerdict(.true, stamp: Self.ana) }
        _ = try theirs.editClaim(id: "c01", stamp: Self.ben, summary: "") { $0.setVerdict(.false, stamp: Self.ben) }
        let sidecar = try merged(ours, theirs).sidecar
        let bytes = SidecarFile.encode(sidecar)
        #expect(try SidecarFile.decode(bytes, path: "x") == sidecar)
        #expect(SidecarFile.encode(try SidecarFile.decode(bytes, path: "x")) == bytes)
    }
}
