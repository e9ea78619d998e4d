import Testing
@testable import LateralBench

/// The benchmark's table: Lateral's figures beside `less`'s and the floor's.
struct BenchmarkTableTests {
    @Test func showsRangesOrPercentilesBesideLessAndTheFloor() {
        var benchmark = TerminalBenchmark(options: .init(lateral: "lateral"))
        benchmark.add(.init(measure: "first frame", lateral: [12, 9.5, 14], less: [6, 5.25], floor: [7.5, 8], unit: "ms"))
        benchmark.add(.init(measure: "a key", lateral: (1...40).map(Double.init), less: nil, unit: "ms"))
        benchmark.add(.init(measure: "memory", lateral: [95 * 1_048_576], less: nil, unit: "bytes"))
        #expect(benchmark.table == """
            | measure | lateral | less | floor |
            |---|---|---|---|
            | first frame | 9.50 ms–14 ms | 5.25 ms–6.00 ms | 7.50 ms–8.00 ms |
            | a key | p50 21 ms · p99 40 ms |  |  |
            | memory | 95 MiB–95 MiB |  |  |
            """)
    }
}
