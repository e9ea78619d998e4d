import FoundationEssentials
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
        let fetched: ChildProcess.Finished
        do {
            fetched = try ChildProcess.run(helper, [helper, address], capturing: true)
        } catch {
            throw FileProblem(path: address, message: "cannot be fetched: \(helper) does not start: \(error.reason)", isUnreadable: true)
        }
        let bytes = fetched.output
        guard fetched.status == 0, let newline = bytes.firstIndex(of: 0x0A),
              case .success(.object(let header)) = JSONValue.parse(Array(bytes[..<newline])) else {
            let message = String(decoding: fetched.errors, as: UTF8.self).trimmed()
            throw FileProblem(path: address, message: message.isEmpty ? "cannot be fetched" : message, isUnreadable: true)
        }
        var isHTML: Bool?
        if case .bool(let html)? = header["html"] { isHTML = html }
        var finalAddress = address
        if case .string(let said)? = header["address"] { finalAddress = said }
        return WebPage(bytes: Array(bytes[(newline + 1)...]), address: finalAddress, isHTML: isHTML)
    }

    /// `lateral-fetch` beside this executable (where `swift build` puts it), else on the PATH.
    static func helper() -> String? {
        var candidates: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(Path.join(Path.folder(of: executable), helperName))
        }
        for folder in (Environment.process("PATH") ?? "").split(separator: ":") {
            candidates.append(String(folder) + "/" + helperName)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
