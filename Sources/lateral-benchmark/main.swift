import Foundation
import LateralBench

let usage = """
    usage: lateral-benchmark [MB] [CLAIMS]
               in-process: reading, anchoring, reduce and render per key, on a generated article
           lateral-benchmark --terminal [--quick] [--json FILE] [--presses N] [--runs N] [--only first,keys,commands]
               through a pseudo-terminal, beside less (see docs/PERFORMANCE.md)
           lateral-benchmark --generate FOLDER [--quick]
               writes the benchmark's library into FOLDER and keeps it
    Build it in release first: \(TerminalSuite.releaseBuild).

    """

var arguments = Array(CommandLine.arguments.dropFirst())

@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

@MainActor func flag(_ name: String) -> Bool {
    guard let index = arguments.firstIndex(of: name) else { return false }
    arguments.remove(at: index)
    return true
}

@MainActor func refuseLeftovers() {
    guard arguments.isEmpty else {
        FileHandle.standardError.write(Data("lateral-benchmark: unknown argument \(arguments[0])\n\(usage)".utf8))
        exit(2)
    }
}

if flag("--help") || flag("-h") {
    print(usage, terminator: "")
    exit(0)
}

do {
    if let folder = option("--generate") {
        // The benchmark's library, kept, for profiling one measure by hand.
        let sizes: TerminalSuite.Sizes = flag("--quick") ? .quick : .full
        refuseLeftovers()
        // Generating over an earlier library would mix the two (and copying onto its files fails).
        if FileManager.default.fileExists(atPath: folder) {
            FileHandle.standardError.write(Data("lateral-benchmark: \(folder) already exists; give a folder that does not exist yet\n".utf8))
            exit(2)
        }
        try TerminalSuite.generate(into: folder, sizes: sizes)
    } else if flag("--terminal") {
        let quick = flag("--quick")
        let json = option("--json")
        let presses = option("--presses").flatMap(Int.init)
        let runs = option("--runs").flatMap(Int.init)
        let only = option("--only").map { Set($0.split(separator: ",").map(String.init)) }
        refuseLeftovers()
        try TerminalSuite.run(quick: quick, presses: presses, runs: runs, only: only, json: json)
    } else {
        let numbers = arguments.compactMap { Int($0) }
        arguments.removeAll { Int($0) != nil }
        refuseLeftovers()
        try InProcessBenchmark.run(megabytes: numbers.first ?? 10, claimCount: numbers.dropFirst().first ?? 50_000)
    }
} catch {
    FileHandle.standardError.write(Data("lateral-benchmark: \(error)\n".utf8))
    exit(1)
}
