import Foundation
import Testing

/// The reader's terminal going away (a closed window, a dropped ssh connection) ends it, with
/// 128 + SIGHUP, instead of leaving it running with nothing to read from.
struct HangupTests {
    @Test func aClosedTerminalEndsTheReader() throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        #expect(openpty(&master, &slave, nil, nil, &size) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LateralProcess.executable)
        process.arguments = ["read", "north"]
        process.currentDirectoryURL = URL(fileURLWithPath: LateralProcess.repository)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        // Read what the reader draws until its first frame is complete.
        var drawn = ""
        let deadline = Date().addingTimeInterval(10)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !drawn.contains("Claims") && Date() < deadline {
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 100) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count > 0 { drawn += String(decoding: buffer[0..<count], as: UTF8.self) }
        }
        #expect(drawn.contains("Claims"))
        close(master)
        let stop = Date().addingTimeInterval(10)
        while process.isRunning && Date() < stop { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 128 + SIGHUP)
    }
}
