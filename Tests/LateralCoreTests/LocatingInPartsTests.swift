import Foundation
import Testing
@testable import LateralCore

/// A large claims file's claims located in parts, on threads of their own: the same claims and
/// the same top level as one parser finds, wherever the parts are guessed to begin, and the same
/// error, at the same place, in a broken file.
struct LocatingInPartsTests {
    struct Outcome: Equatable {
        var top: JSONValue?
        var claims: [JSONParser.LocatedElement]?
        var failure: String?
    }

    static func outcome(_ bytes: [UInt8], partStarts: [Int]) -> Outcome {
        do throws(JSONParser.Failure) {
            let (top, located) = try JSONParser.parse(bytes, locating: ["claims"], partStarts: partStarts)
            return Outcome(top: top, claims: located["claims"])
        } catch {
            return Outcome(failure: "\(error.offset): \(error.message)")
        }
    }

    static let bytes = SidecarFile.encode(ClaimSpliceTests.sidecar(claims: 30))

    static func claimStarts(_ bytes: [UInt8]) throws -> [Int] {
        try #require(try JSONParser.parse(bytes, locating: ["claims"]).1["claims"]).map(\.range.lowerBound)
    }

    @Test func partsFindWhatOneParserFindsWhereverTheyBegin() throws {
        let starts = try Self.claimStarts(Self.bytes)
        let whole = Self.outcome(Self.bytes, partStarts: [])
        #expect(whole.claims?.count == 30)
        let guesses: [[Int]] = [
            [starts[1]], [starts[10], starts[20]], [starts[29]], starts,
            [starts[5] + 1, starts[12]], [starts[3], starts[3] + 40, starts[25]],
            [0, 1], [Self.bytes.count - 1], Array(stride(from: 2, to: Self.bytes.count, by: 997)),
        ]
        for guess in guesses {
            #expect(Self.outcome(Self.bytes, partStarts: guess) == whole, "\(guess)")
        }
    }

    @Test func aBrokenFileFailsWhereOneParserFails() throws {
        let text = String(decoding: Self.bytes, as: UTF8.self)
        let broken = [
            text.replacingOccurrences(of: "Reason 20,", with: "Reason\u{01}20,"),
            text.replacingOccurrences(of: "Reason 2,", with: "Reason \\q2,"),
            text.replacingOccurrences(of: "Reason 29,", with: "Reason \"29,"),
            String(text.prefix(text.count * 2 / 3)),
            text.replacingOccurrences(of: "\"c16\"", with: "\"c16\" 1"),
        ]
        let starts = try Self.claimStarts(Self.bytes)
        for file in broken {
            let bytes = Array(file.utf8)
            let whole = Self.outcome(bytes, partStarts: [])
            #expect(whole.failure != nil, "\(file.prefix(0))not broken")
            for guess in [[starts[10], starts[25]], [starts[1]], [starts[28]], starts] {
                #expect(Self.outcome(bytes, partStarts: guess) == whole, "\(guess)")
            }
        }
    }

    @Test func aLargeFileIsSharedOutAtItsClaims() throws {
        let sidecar = ClaimSpliceTests.sidecar(claims: 3_000)
        let bytes = SidecarFile.encode(sidecar)
        let shares = min(ProcessInfo.processInfo.activeProcessorCount, 4, bytes.count >> 20)
        try #require(bytes.count >= 2 << 20, "the file is \(bytes.count) bytes, too small to share out")
        let partStarts = ClaimSplice.Layout.partStarts(in: bytes)
        #expect(partStarts.count == max(shares - 1, 0))
        let claimStarts = Set(try Self.claimStarts(bytes))
        #expect(partStarts.allSatisfy(claimStarts.contains), "\(partStarts)")
        let layout = try #require(ClaimSplice.Layout(bytes))
        #expect(layout.claims.map(\.id) == sidecar.claims.map(\.id))
        #expect(Self.outcome(bytes, partStarts: partStarts) == Self.outcome(bytes, partStarts: []))
    }
}
