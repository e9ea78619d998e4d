import Foundation
import Testing
@testable import LateralCore

/// Stamps' times, made with the C library's calendar, read as Foundation writes ISO 8601.
struct StampTimeTests {
    @Test(arguments: [0, 951_782_400, 1_706_866_200, 1_796_305_374, 4_107_542_399])
    func asFoundationWritesThem(seconds: Int) {
        #expect(Stamp.time(secondsSince1970: seconds) == Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601))
    }

    @Test func nowIsTheSecondWeAreIn() {
        let before = Date.now.formatted(.iso8601)
        let now = Stamp.currentTime()
        let after = Date.now.formatted(.iso8601)
        // Between the two, whole seconds apart as they may be on a loaded machine (the same
        // layout orders as text).
        #expect(before <= now && now <= after)
        #expect(Stamp.time(secondsSince1970: 1_706_866_200) == "2024-02-02T09:30:00Z")
    }
}
