import Testing
@testable import LateralCore

/// A claim keeps its fields in a box its copies share: it must still behave as a value. A
/// copy changed leaves the original as it was, and claims are equal by their fields, whether
/// or not they share a box.
struct ClaimValueTests {
    static let claim = Claim(id: "c1", quote: QuoteSelector(exact: "the vote was close"), position: PositionSelector(start: 4, end: 22),
                             verdict: .misleading, links: [SourceLink(source: "m", relation: .refutes)])

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.claim
        var copy = original
        copy.notes.append(Note(author: "ana", time: "2026-12-04T05:00:00Z", text: "Seen again."))
        copy.verdict = .true
        copy.position.start = 5
        #expect(original.notes.isEmpty && original.verdict == .misleading && original.position.start == 4)
        #expect(copy.notes.count == 1 && copy.verdict == .true && copy.position.start == 5)
        #expect(copy != original)
    }

    @Test func claimsAreEqualByTheirFieldsWhetherOrNotTheyShareABox() {
        let made = Claim(id: "c1", quote: QuoteSelector(exact: "the vote was close"), position: PositionSelector(start: 4, end: 22),
                         verdict: .misleading, links: [SourceLink(source: "m", relation: .refutes)])
        #expect(made == Self.claim)
        #expect(made.hashValue == Self.claim.hashValue)
        var changedBack = Self.claim
        changedBack.rationale = "for now"
        changedBack.rationale = nil
        #expect(changedBack == Self.claim)
        #expect(Set([made, Self.claim, changedBack]).count == 1)
    }

    @Test func aClaimPrintsItsFields() {
        let printed = String(reflecting: Self.claim)
        #expect(printed.hasPrefix("Claim(id: \"c1\", quote: "), "\(printed)")
        #expect(printed.contains("verdict: LateralCore.Verdict.misleading"), "\(printed)")
    }
}
