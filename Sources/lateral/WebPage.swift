import Foundation
import LateralCore

/// A page fetched from the web for `lateral import`: its bytes, the address it ended at
/// (after redirects), and whether the server says it is HTML. Fetched by `lateral-fetch`,
/// built beside `lateral`, which alone links Foundation's networking (see its source).
struct WebPage {
    var bytes: [UInt8]
    var address: String
    var isHTML: Bool?

    static let helperName = "lateral-fetch"

    /// Fetches an address; a network failure or an error status is a problem with the
    /// address, said in words.
    static func fetch(_ address: String) throws(FileProblem) -> WebPage {
        guard let helper = helper() else {
            throw FileProblem(path: address, message: "cannot be fetched: \(helperName) is neither beside lateral nor on the PATH; install it with lateral (swift build puts both in .build/)",
                              isUnreadable: true)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: helper)
        process.arguments = [address]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw FileProblem(path: address, message: "cannot be fetched: \(helper) does not start: \(error.localizedDescription)", isUnreadable: true)
        }
        // Its few words on standard error are read after the page, which may be long.
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let newline = bytes.firstIndex(of: 0x0A),
              let header = try? JSONSerialization.jsonObject(with: Data(bytes[..<newline])) as? [String: Any] else {
            let message = said.trimmed()
            throw FileProblem(path: address, message: message.isEmpty ? "cannot be fetched" : message, isUnreadable: true)
        }
        return WebPage(bytes: Array(bytes[(newline + 1)...]), address: header["address"] as? String ?? address, isHTML: header["html"] as? Bool)
    }

    /// `lateral-fetch` beside this executable (where `swift build` puts it), else on the PATH.
    static func helper() -> String? {
        var candidates: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(helperName).path)
        }
        for folder in (Environment.process("PATH") ?? "").split(separator: ":") {
            candidates.append(String(folder) + "/" + helperName)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
