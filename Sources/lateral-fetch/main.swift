import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// lateral-fetch ADDRESS: the page at an http(s) address, for `lateral import`. Kept out of
// `lateral` itself because Foundation's networking (libcurl and the libraries it loads) costs
// every start of the reader 8 ms, and only an import of an address needs it.
//
// Standard output: one line of JSON, {"address": the address the page was fetched from
// after redirects, "html": whether the server says it is HTML (absent when it does not say)},
// then the page's bytes. A failure is a message on standard error and exit status 2.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let address = arguments.first, let url = URL(string: address),
      ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
    fail("usage: lateral-fetch http(s)://ADDRESS")
}
var request = URLRequest(url: url, timeoutInterval: 30)
request.setValue("Lateral (news fact-checking reader)", forHTTPHeaderField: "User-Agent")
let done = DispatchSemaphore(value: 0)
nonisolated(unsafe) var outcome: Result<(Data, URLResponse?), Error>?
URLSession.shared.dataTask(with: request) { data, response, error in
    outcome = error.map { .failure($0) } ?? .success((data ?? Data(), response))
    done.signal()
}.resume()
done.wait()

switch outcome {
case .success((let data, let response))?:
    let http = response as? HTTPURLResponse
    if let status = http?.statusCode, !(200..<300).contains(status) {
        fail("the server answered \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
    }
    let type = (http?.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
    var header: [String: Any] = ["address": response?.url?.absoluteString ?? address]
    if type.contains("html") { header["html"] = true } else if type.hasPrefix("text/plain") { header["html"] = false }
    var output = (try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    output.append(0x0A)
    output.append(data)
    FileHandle.standardOutput.write(output)
case .failure(let error)?:
    fail("cannot be fetched: \(error.localizedDescription)")
case nil:
    fail("cannot be fetched")
}
