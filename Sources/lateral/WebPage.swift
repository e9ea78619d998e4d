import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LateralCore
import Synchronization

/// A page fetched from the web for `lateral import`: its bytes, the address it ended at
/// (after redirects), and whether the server says it is HTML.
struct WebPage {
    var bytes: [UInt8]
    var address: String
    var isHTML: Bool?

    /// Fetches an address, waiting at most `timeout` seconds; a network failure or an error
    /// status is a problem with the address, said in words.
    static func fetch(_ address: String, timeout: TimeInterval = 30) throws(FileProblem) -> WebPage {
        guard let url = URL(string: address) else { throw FileProblem(path: address, message: "is not an address that can be fetched") }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("Lateral (news fact-checking reader)", forHTTPHeaderField: "User-Agent")
        let done = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<(Data, URLResponse?), Error>?>(nil)
        URLSession.shared.dataTask(with: request) { data, response, error in
            outcome.withLock { $0 = error.map { .failure($0) } ?? .success((data ?? Data(), response)) }
            done.signal()
        }.resume()
        done.wait()
        switch outcome.withLock({ $0 }) {
        case .success((let data, let response))?:
            let http = response as? HTTPURLResponse
            if let status = http?.statusCode, !(200..<300).contains(status) {
                throw FileProblem(path: address, message: "the server answered \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
            }
            let type = (http?.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
            let isHTML: Bool? = type.contains("html") ? true : type.hasPrefix("text/plain") ? false : nil
            return WebPage(bytes: [UInt8](data), address: response?.url?.absoluteString ?? address, isHTML: isHTML)
        case .failure(let error)?:
            throw FileProblem(path: address, message: "cannot be fetched: \(error.localizedDescription)", isUnreadable: true)
        case nil:
            throw FileProblem(path: address, message: "cannot be fetched", isUnreadable: true)
        }
    }
}
