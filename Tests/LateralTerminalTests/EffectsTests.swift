import Foundation
import Testing
@testable import LateralTerminal

struct EffectsTests {
    @Test(arguments: ["--gpu-launcher=touch /tmp/x", "file:///etc/passwd", "javascript:alert(1)", ""])
    func onlyWebAddressesGoToABrowser(url: String) {
        #expect(Browser.open(url) == "not opened: only http and https addresses are handed to a browser")
    }

    /// A browser that is not there is found out before curses lets go of the screen.
    @Test func aMissingBrowserIsSaidNotRun() {
        #expect(Browser.executablePath("xdg-open", path: "/nonexistent") == nil)
        #expect(Browser.executablePath("sh", path: "/nonexistent:/bin") == "/bin/sh")
        #expect(Browser.executablePath("/bin/sh", path: "") == "/bin/sh")
    }
}
