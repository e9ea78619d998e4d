import Foundation
import LateralBench
import LateralCore

/// The terminal benchmark's whole run: a library generated from a fixed seed, every measure
/// of docs/PERFORMANCE.md, a table on standard output and, if asked, the figures as JSON.
enum TerminalSuite {
    struct Sizes {
        var big: (bytes: Int, claims: Int)
        var medium: (bytes: Int, claims: Int)
        var small: (bytes: Int, claims: Int)
        var libraryArticles: Int
        var presses: Int
        var runs: Int

        static let full = Sizes(big: (10_000_000, 50_000), medium: (1_000_000, 5_000), small: (10_000, 50), libraryArticles: 1_000,
                                presses: 200, runs: 5)
        /// For CI: the same measures on small sizes, so that the benchmark never rots.
        static let quick = Sizes(big: (200_000, 1_000), medium: (50_000, 200), small: (10_000, 50), libraryArticles: 20,
                                 presses: 10, runs: 2)
    }

    /// The README's everyday build, which the benchmark measures.
    static let releaseBuild = "swift build -c release --static-swift-stdlib --traits StaticExecutable --disable-local-rpath"

    /// - Parameter only: which groups of measures to take (`first`, `keys`, `commands`); all when nil.
    static func run(quick: Bool, presses: Int?, runs: Int?, only: Set<String>?, json: String?) throws {
        func wanted(_ group: String) -> Bool { only?.contains(group) ?? true }
        var sizes = quick ? Sizes.quick : Sizes.full
        if let presses { sizes.presses = presses }
        if let runs { sizes.runs = runs }
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let lateral = built.appendingPathComponent("lateral").path
        let floor = built.appendingPathComponent("lateral-floor").path
        guard FileManager.default.isExecutableFile(atPath: lateral) else {
            throw PseudoTerminal.Failure(description: "\(lateral) is not built; run `\(releaseBuild)` first")
        }
        let folder = NSTemporaryDirectory() + "lateral-terminal-benchmark-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        log("generating the library in \(folder)…")
        let hasSeed = try generate(into: folder, sizes: sizes)
        // The 250 MB just written go to disk now, not during the measures: a save's fsync
        // waits behind them (one note saved in the reader took 2.3 s).
        sync()

        var options = TerminalBenchmark.Options(lateral: lateral)
        if FileManager.default.isExecutableFile(atPath: floor) { options.floor = floor } else { log("\(floor) is not built: no floor column") }
        options.presses = sizes.presses
        options.runs = sizes.runs
        options.cache = folder + "/cache"
        var benchmark = TerminalBenchmark(options: options)
        let big = "\(sizes.big.bytes / 1_000_000 > 0 ? "\(sizes.big.bytes / 1_000_000) MB" : "\(sizes.big.bytes / 1_000) KB") article, \(sizes.big.claims) claims"
        if wanted("first") {
            log("first frames…")
            try benchmark.firstFrame(big, article: folder + "/big/big.md", claims: true)
            try benchmark.firstFrame("the same article without a claims file", article: folder + "/bare/big.md", claims: false)
            if hasSeed { try benchmark.firstFrame("the seed article", article: folder + "/seed/seed.md", claims: true) }
        }
        if wanted("keys") {
            log("keys…")
            for (name, path) in [("\(sizes.small.bytes / 1_000) KB", "small/small.md"), ("\(sizes.medium.bytes / 1_000) KB", "medium/medium.md"),
                                 (big, "big/big.md")] {
                try benchmark.keys(name, article: folder + "/" + path, searchTerm: "ministry")
            }
            try benchmark.keysWhileClaimsLoad(big, article: folder + "/big/big.md")
        }
        if wanted("commands") {
            log("commands…")
            let articles = "\(sizes.libraryArticles + 1) articles"
            // The first listing builds the index; the figures are of the listings after it.
            try benchmark.command("lateral list, \(articles), index being made", ["list", "--library", folder + "/library"], runs: 1)
            try benchmark.command("lateral list, \(articles)", ["list", "--library", folder + "/library"])
            try benchmark.command("lateral check, \(articles)", ["check", folder + "/library"])
            if hasSeed { try benchmark.command("one note saved, the seed article", ["note", folder + "/seed/seed.md", "c05", "benchmark"]) }
            try benchmark.command("one note saved, \(sizes.big.claims) claims", ["note", folder + "/big/big.md", "c5", "benchmark"])
            if hasSeed { try benchmark.noteSaved("the seed article", article: folder + "/seed/seed.md", notes: sizes.runs * 4) }
            try benchmark.noteSaved("\(sizes.big.claims) claims", article: folder + "/big/big.md", notes: sizes.runs * 2)
            benchmark.add(try reanchoring(folder + "/big/big.md", runs: sizes.runs, claims: sizes.big.claims))
        }

        print(benchmark.table)
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(benchmark.rows).write(to: URL(fileURLWithPath: json))
            log("figures written to \(json)")
        }
    }

    /// Writes the benchmark's library: a big article (with a copy without claims), a medium and
    /// a small one, a library of ordinary articles the big one joins, and the seed article when
    /// run from the repository. Whether the seed article is there.
    @discardableResult
    static func generate(into folder: String, sizes: Sizes) throws -> Bool {
        let generator = LibraryGenerator(seed: 2026)
        for sub in ["big", "bare", "medium", "small", "library", "seed"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        try generator.writeArticle(named: "big", in: folder + "/big", bytes: sizes.big.bytes, claims: sizes.big.claims)
        try FileManager.default.copyItem(atPath: folder + "/big/big.md", toPath: folder + "/bare/big.md")
        try generator.writeArticle(named: "medium", in: folder + "/medium", bytes: sizes.medium.bytes, claims: sizes.medium.claims)
        try generator.writeArticle(named: "small", in: folder + "/small", bytes: sizes.small.bytes, claims: sizes.small.claims)
        var random = LibraryGenerator.Random(state: 7)
        for index in 0..<sizes.libraryArticles {
            try generator.writeArticle(named: String(format: "article-%04d", index), in: folder + "/library",
                                       bytes: 5_000 + random.below(45_000), claims: 20 + random.below(181))
        }
        // The big article joins the library, as a user's library holds everything.
        try FileManager.default.copyItem(atPath: folder + "/big/big.md", toPath: folder + "/library/big.md")
        try FileManager.default.copyItem(atPath: folder + "/big/big.claims.json", toPath: folder + "/library/big.claims.json")
        let seed = "Articles/north-korean-it-workers"
        let hasSeed = FileManager.default.fileExists(atPath: seed + ".md")
        if hasSeed {
            for suffix in [".md", ".claims.json"] { try FileManager.default.copyItem(atPath: seed + suffix, toPath: folder + "/seed/seed" + suffix) }
        }
        return hasSeed
    }

    /// Every claim anchored again after an edit near the start moved them all (in-process).
    static func reanchoring(_ articlePath: String, runs: Int, claims: Int) throws -> TerminalBenchmark.Row {
        let article = try Article.read(articlePath)
        let sidecar = try SidecarFile.read(SidecarFile.path(forArticle: articlePath)).sidecar
        let edited = ScalarText("Editor's note: this story was updated.\n\n" + article.bodyString)
        var times: [Double] = []
        for _ in 0..<runs {
            let started = PseudoTerminal.now()
            let anchorer = Anchorer(text: edited)
            let moved = sidecar.claims.map(anchorer.anchor).filter { $0.method == .moved }.count
            times.append((PseudoTerminal.now() - started) * 1000)
            precondition(moved == sidecar.claims.count, "re-anchoring found \(moved) of \(sidecar.claims.count) claims moved")
        }
        return TerminalBenchmark.Row(measure: "re-anchoring \(claims) claims after an edit near the start (in-process)", lateral: times,
                                     less: nil, unit: "ms")
    }

    static func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
