import Glibc

/// A claims file read a megabyte at a time, each claim and source decoded as soon as its bytes
/// are in and its bytes then let go, so that a file of 50,000 claims (45 MB) is never in memory
/// beside the claims made of it: the reader's memory is its claims, not its file. Whatever is
/// unusual (a syntax or decoding error, a byte that is not UTF-8, nesting past the parser's
/// limit, a key spelled with escapes) gives up, and the file is then read whole, which says
/// what is wrong exactly as it always has.
enum StreamedClaimsFile {
    static let chunkSize = 1 << 20

    /// The sidecar a claims file holds, the digest of its bytes, and where each claim's bytes
    /// stand in the file; nil to read it whole.
    static func read(_ path: String, chunkSize: Int = chunkSize) -> (sidecar: Sidecar, digest: ContentDigest, claimPlaces: [Range<Int>])? {
        guard let (splitter, digest) = split(path, keepingClaims: true, chunkSize: chunkSize),
              let sidecar = splitter.finish() else { return nil }
        return (sidecar, digest, splitter.claimPlaces)
    }

    /// How many claims a claims file holds, by verdict, with none of them kept (what the
    /// library shows of an article); nil to read it whole.
    static func count(_ path: String, chunkSize: Int = chunkSize) -> [Verdict: Int]? {
        guard let (splitter, _) = split(path, keepingClaims: false, chunkSize: chunkSize), splitter.finish() != nil else { return nil }
        return splitter.verdicts
    }

    private static func split(_ path: String, keepingClaims: Bool, chunkSize: Int) -> (Splitter, ContentDigest)? {
        guard FileKind.of(path) == .file else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var splitter = Splitter(keepsClaims: keepingClaims)
        var digest = ContentDigest.Builder()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        // The first three bytes wait to be told from a byte-order mark, which is not JSON (the
        // whole read skips it too).
        var head: [UInt8] = []
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, chunkSize) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            let fed = chunk.withUnsafeBufferPointer { buffer -> Bool in
                var piece = UnsafeBufferPointer(rebasing: buffer[0..<got])
                digest.add(piece)
                if head.count < mark.count {
                    let taken = min(mark.count - head.count, piece.count)
                    head += piece[0..<taken]
                    piece = UnsafeBufferPointer(rebasing: piece[taken...])
                    if head.count < mark.count { return true }
                    if head == mark { splitter.fed = mark.count }
                    if head != mark, !head.withUnsafeBufferPointer({ splitter.feed($0) }) { return false }
                }
                return splitter.feed(piece)
            }
            if !fed { return nil }
        }
        if head.count < mark.count, !head.withUnsafeBufferPointer({ splitter.feed($0) }) { return nil }
        return (splitter, digest.digest)
    }

    /// Cuts the file's bytes into the elements of its top-level `claims` and `sources` lists,
    /// each decoded at once, and the rest (the top level, with those lists left empty).
    struct Splitter {
        private enum Mode {
            case topLevel
            /// Inside a list of elements, between them.
            case between(key: String, afterElement: Bool)
            case element(key: String)
        }

        private var mode = Mode.topLevel
        private var depth = 0
        private var inString = false
        private var afterBackslash = false
        private var topLevel: [UInt8] = []
        private var element: [UInt8] = []
        /// Where the string being read at the top level starts in `topLevel`, and the last one read.
        private var keyStart: Int?
        private var lastKey: [UInt8] = []
        private var failed = false
        /// Without them, claims are counted by verdict and their ids checked, then let go.
        let keepsClaims: Bool
        private(set) var claims: [Claim] = []
        private(set) var sources: [Source] = []
        private(set) var verdicts: [Verdict: Int] = [:]
        private var claimIDs = Set<String>()
        /// How many bytes of the file came before the piece being fed (a byte-order mark
        /// counts, though it is not fed), so that places are offsets in the file.
        var fed = 0
        private var elementStart = 0
        /// Where each claim's bytes stand in the file, from its brace to its brace.
        private(set) var claimPlaces: [Range<Int>] = []

        init(keepsClaims: Bool) {
            self.keepsClaims = keepsClaims
        }

        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            // bytes[pending..<index] still to be added to the top level or to the element.
            var pending = 0
            while index < bytes.count && !failed {
                if inString {
                    if afterBackslash {
                        afterBackslash = false
                        index += 1
                        continue
                    }
                    index = JSONScan.plainRunEnd(in: bytes, from: index)
                    guard index < bytes.count else { break }
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\\") {
                        afterBackslash = true
                    } else if byte == UInt8(ascii: "\""), case .topLevel = mode, let start = keyStart {
                        inString = false
                        topLevel.append(contentsOf: bytes[pending..<index])
                        pending = index
                        lastKey = Array(topLevel[start..<(topLevel.count - 1)])
                        keyStart = nil
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    // A control character is left to the parser, which refuses it.
                    continue
                }
                let byte = bytes[index]
                switch mode {
                case .topLevel:
                    if byte == UInt8(ascii: "\"") {
                        inString = true
                        if depth == 1 {
                            topLevel.append(contentsOf: bytes[pending...index])
                            pending = index + 1
                            keyStart = topLevel.count
                        }
                    } else if byte == UInt8(ascii: "[") && depth == 1, let key = listKey {
                        topLevel.append(contentsOf: bytes[pending...index])
                        pending = index + 1
                        depth = 2
                        mode = .between(key: key, afterElement: false)
                    } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                        depth += 1
                        if depth > JSONParser.maximumDepth { failed = true }
                    } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                        depth -= 1
                        if depth < 0 { failed = true }
                    }
                    index += 1
                case .between(let key, let afterElement):
                    switch byte {
                    case 0x20, 0x0A, 0x0D, 0x09:
                        break
                    case UInt8(ascii: ",") where afterElement:
                        mode = .between(key: key, afterElement: false)
                    case UInt8(ascii: "{") where !afterElement:
                        mode = .element(key: key)
                        depth = 3
                        element.removeAll(keepingCapacity: true)
                        // The brace is the element's first byte.
                        pending = index
                        elementStart = fed + index
                        index += 1
                        continue
                    case UInt8(ascii: "]") where afterElement || (key == "claims" ? claims.isEmpty : sources.isEmpty):
                        // The bracket is the top level's again: kept with what follows.
                        mode = .topLevel
                        depth = 1
                        pending = index
                        index += 1
                        continue
                    default:
                        failed = true
                    }
                    index += 1
                    pending = index
                case .element(let key):
                    if byte == UInt8(ascii: "\"") {
                        inString = true
                    } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                        depth += 1
                        if depth > JSONParser.maximumDepth { failed = true }
                    } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 2 {
                            element.append(contentsOf: bytes[pending...index])
                            pending = index + 1
                            if key == "claims" { claimPlaces.append(elementStart..<(fed + index + 1)) }
                            decodeElement(key)
                            mode = .between(key: key, afterElement: true)
                        }
                    }
                    index += 1
                }
            }
            fed += bytes.count
            switch mode {
            case .topLevel: topLevel.append(contentsOf: bytes[pending..<index])
            case .element: element.append(contentsOf: bytes[pending..<index])
            case .between: break
            }
            return !failed
        }

        /// The key of the list that starts here, if it is one whose elements are decoded one by one.
        private var listKey: String? {
            if lastKey.elementsEqual("claims".utf8) { return "claims" }
            if lastKey.elementsEqual("sources".utf8) { return "sources" }
            return nil
        }

        private mutating func decodeElement(_ key: String) {
            guard TextFile.firstInvalidUTF8Offset(element) == nil, let json = try? JSONParser.parse(element) else {
                failed = true
                return
            }
            if key == "claims", let claim = try? Claim(json: json, path: [.key(key), .index(claims.count)]) {
                verdicts[claim.verdict, default: 0] += 1
                if keepsClaims {
                    claims.append(claim)
                } else if !claimIDs.insert(claim.id).inserted || claim.position.start < 0 || claim.position.end < claim.position.start {
                    // What `SidecarFile.identifierProblem` finds, found as the claims pass.
                    failed = true
                }
            } else if key == "sources", let source = try? Source(json: json, path: [.key(key), .index(sources.count)]) {
                sources.append(source)
            } else {
                failed = true
            }
        }

        /// The sidecar, once the whole file has been fed; nil if it is not one read cleanly.
        func finish() -> Sidecar? {
            guard !failed, !inString, depth == 0, case .topLevel = mode, TextFile.firstInvalidUTF8Offset(topLevel) == nil,
                  let json = try? JSONParser.parse(topLevel), var sidecar = try? Sidecar(json: json, path: []),
                  sidecar.claims.isEmpty, sidecar.sources.isEmpty else { return nil }
            sidecar.claims = claims
            sidecar.sources = sources
            return SidecarFile.identifierProblem(sidecar) == nil ? sidecar : nil
        }
    }
}
