import Testing
@testable import LateralTerminal

struct EffectsTests {
    @Test(arguments: ["--gpu-launcher=touch /tmp/x", "file:///etc/passwd", "javascript:alert(1)", ""])
    func onlyWebAddressesGoToABrowser(url: String) {
        #expect(Effects.openURL(url) == "not opened: only http and https addresses are handed to a browser")
    }
}
