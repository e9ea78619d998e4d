import Foundation

/// A web server of the tests' own on 127.0.0.1, serving fixed pages by path, so that fetching
/// is tested without the internet.
final class LocalHTTPServer: @unchecked Sendable {
    struct Page {
        var status: Int
        var type: String
        var body: String
    }

    let port: UInt16
    private let listener: Int32
    private let pages: [String: Page]

    init(pages: [String: Page]) throws {
        self.pages = pages
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    deinit { close(listener) }

    var base: String { "http://127.0.0.1:\(port)" }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 8192)
            let count = read(connection, &buffer, buffer.count)
            let request = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            let path = request.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            let page = pages[path] ?? Page(status: 404, type: "text/plain", body: "not here")
            let body = Array(page.body.utf8)
            let head = "HTTP/1.1 \(page.status) \(page.status == 200 ? "OK" : "Not Found")\r\nContent-Type: \(page.type)\r\n"
                + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            let response = Array(head.utf8) + body
            _ = response.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            close(connection)
        }
    }
}
