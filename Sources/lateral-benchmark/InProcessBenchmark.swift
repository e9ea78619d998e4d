import Foundation
import LateralCore
import LateralTerminal
import LateralUI

/// What opening an article costs at scale, in-process: a generated article (10 MB, 50,000
/// claims by default) read from disk and anchored, and the reader's reduce and render per key.
enum InProcessBenchmark {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func run(megabytes: Int, claimCount: Int) throws {
        // Mixed scripts so that scalar offsets differ from byte offsets, as in real libraries.
        let paragraph = "North Korean IT workers earn more than $300,000 a year, says the advisory. 北韩IT工作者正在涌入自由市场。 Réviseurs: ½ the “claims” hold. "
        var body = ""
        var paragraphNumber = 0
        while body.utf8.count < megabytes * 1_000_000 {
            body += "\(paragraphNumber). " + paragraph + "\n\n"
            paragraphNumber += 1
        }
        let text = ScalarText(body)
        let sidecar = Sidecar(claims: (0..<claimCount).map { index in
            // Claims spread evenly over the text, each on a stretch of about 40 scalars.
            let start = Int(Double(index) / Double(claimCount) * Double(text.scalarCount - 60))
            let range = start..<(start + 40)
            return Claim(id: "c\(index)", quote: QuoteSelector(text: text, range: range),
                         position: PositionSelector(start: range.lowerBound, end: range.upperBound))
        })

        let folder = NSTemporaryDirectory() + "lateral-benchmark-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articlePath = folder + "/big.md"
        try Data(("---\ntitle: Benchmark\n---\n" + body).utf8).write(to: URL(fileURLWithPath: articlePath))
        var sidecarFile = SidecarFile(path: SidecarFile.path(forArticle: articlePath), sidecar: sidecar, originalBytes: nil)
        let writeTime = try seconds { try sidecarFile.save() }
        let sidecarBytes = try FileManager.default.attributesOfItem(atPath: sidecarFile.path)[.size] as? Int ?? 0

        var article: Article!
        var loaded: SidecarFile!
        var anchors: [AnchorResult] = []
        let readArticleTime = try seconds { article = try Article.read(articlePath) }
        let readSidecarTime = try seconds { loaded = try SidecarFile.read(sidecarFile.path) }
        let anchorTime = seconds {
            let anchorer = Anchorer(text: article.body)
            anchors = loaded.sidecar.claims.map(anchorer.anchor)
        }
        let exact = anchors.filter { $0.method == .exact }.count

        // The same claims after an edit near the start: every claim has to be found again.
        let edited = ScalarText("Editor's note: this story was updated.\n\n" + body)
        var moved = 0
        let moveTime = seconds {
            let anchorer = Anchorer(text: edited)
            moved = loaded.sidecar.claims.map(anchorer.anchor).filter { $0.method == .moved }.count
        }

        // The reader on the same article: the first frame, then key presses, each a reduce and a
        // render of a 120×40 screen (drawing to a terminal is not counted).
        DisplayWidth.prepareLocale()
        var reader = ImmediateReader(ReaderState(width: 120, height: 40, libraryFolder: folder, library: []))
        var frame = CellGrid(width: 0, height: 0)
        // As the terminal session does it: the text first, the claims read and anchored after.
        reader.holdsClaims = true
        let firstFrameTime = seconds {
            reader.send(.openArticle(path: articlePath, selectingClaim: nil))
            frame = render(reader.state)
        }
        let claimsTime = seconds {
            reader.answerHeldClaims()
            frame = render(reader.state)
        }
        var state = reader.state
        precondition(state.article!.sidecar.claims.count == claimCount, "the claims did not load")
        func perKey(_ action: Action, times: Int) -> Double {
            seconds {
                for _ in 0..<times {
                    state = reduce(state, action).state
                    frame = render(state)
                }
            } / Double(times)
        }
        let lineDownTime = perKey(.lineDown, times: 1000)
        let pageDownTime = perKey(.pageDown, times: 200)
        let nextClaimTime = perKey(.nextClaim, times: 1000)
        let bottomTime = perKey(.bottom, times: 10)

        // The same text as one line of the file, as some exports arrive.
        let oneLinePath = folder + "/one-line.md"
        try Data(("---\ntitle: One line\n---\n" + body.replacingOccurrences(of: "\n", with: " ")).utf8).write(to: URL(fileURLWithPath: oneLinePath))
        var oneLine = ImmediateReader(ReaderState(width: 120, height: 40, libraryFolder: folder, library: []))
        oneLine.holdsClaims = true
        let oneLineTime = seconds {
            oneLine.send(.openArticle(path: oneLinePath, selectingClaim: nil))
            frame = render(oneLine.state)
        }
        // The frames are kept, so that no render can be left out as unused.
        withExtendedLifetime(frame) {}

        func line(_ label: String, _ value: Double) {
            print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.3f s", value))
        }
        print("article: \(article.body.bytes.count) bytes, \(article.body.scalarCount) scalars; sidecar: \(sidecarBytes) bytes, \(claimCount) claims")
        line("write sidecar (encode + safe write)", writeTime)
        line("read article", readArticleTime)
        line("read sidecar", readSidecarTime)
        line("anchor all claims (\(exact) exact)", anchorTime)
        line("open = read article + sidecar + anchor", readArticleTime + readSidecarTime + anchorTime)
        line("anchor after an edit at the top (\(moved) moved)", moveTime)
        line("reader: open, first frame (text)", firstFrameTime)
        line("reader: claims read, anchored and drawn", claimsTime)
        line("reader: the text as one line, first frame", oneLineTime)
        func microseconds(_ label: String, _ value: Double) {
            print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.1f µs", value * 1e6))
        }
        microseconds("reader: j (reduce + render), per key", lineDownTime)
        microseconds("reader: space, per key", pageDownTime)
        microseconds("reader: Tab to the next claim, per key", nextClaimTime)
        microseconds("reader: G to the end, per key", bottomTime)
        if ProcessInfo.processInfo.environment["LATERAL_BENCH_DETAIL"] != nil {
            let renderOnly = seconds { for _ in 0..<1000 { frame = render(state) } } / 1000
            microseconds("detail: render only", renderOnly)
            let reduceOnly = seconds { for _ in 0..<1000 { state = reduce(state, .lineDown).state } } / 1000
            microseconds("detail: reduce only (j)", reduceOnly)
            state.showSidePane = false
            state = reduce(state, .resize(width: 120, height: 40)).state
            let noSide = seconds { for _ in 0..<1000 { frame = render(state) } } / 1000
            microseconds("detail: render without the side pane", noSide)
        }
    }
}
