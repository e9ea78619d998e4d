// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Lateral",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lateral", targets: ["lateral"]),
        .executable(name: "lateral-fetch", targets: ["lateral-fetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // SQLite's and libxml2's headers, without linking them: they are loaded by their first
        // call (COnDemand). Not through pkg-config, which would link them: the headers are taken
        // from /usr/include and /usr/include/libxml2, where Debian, Ubuntu and Fedora put them.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "COnDemand", dependencies: ["CSQLite", "CLibXML2"], cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
                linkerSettings: [.linkedLibrary("dl")]),
        // The library's index of article summaries is a small SQLite database in the user's cache.
        .target(name: "LateralCore", dependencies: ["CSQLite", "COnDemand"]),
        .target(name: "CWidth"),
        .target(name: "CSignalWake"),
        .target(name: "CPty"),
        .target(name: "LateralUI", dependencies: ["LateralCore", "CWidth"]),
        // Web pages made articles: libxml2's forgiving HTML parser, then the article's text.
        .target(name: "LateralImport", dependencies: ["LateralCore", "CLibXML2", "COnDemand"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .target(name: "LateralTerminal", dependencies: ["CNcursesw", "CSignalWake", "LateralUI"]),
        .executableTarget(
            name: "lateral",
            dependencies: [
                "LateralCore", "LateralUI", "LateralTerminal", "LateralImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark: what it measures in-process, and through a pseudo-terminal beside less.
        .target(name: "LateralBench", dependencies: ["CPty", "CWidth", "LateralCore"]),
        // Fetches pages for `lateral import ADDRESS`: the only target that links Foundation's networking.
        .executableTarget(name: "lateral-fetch"),
        .executableTarget(name: "lateral-benchmark", dependencies: ["LateralBench", "LateralCore", "LateralUI", "LateralTerminal"]),
        // The benchmark's floor: an article's first screen drawn by Swift and ncursesw alone.
        .executableTarget(name: "lateral-floor", dependencies: ["CNcursesw"]),
        // Where the tests write: one folder per test run, removed when the run ends.
        .target(name: "LateralTestSupport", path: "Tests/Support"),
        .testTarget(name: "LateralCoreTests", dependencies: ["LateralCore", "LateralTestSupport"], resources: [.copy("Fixtures")]),
        // The UI tests answer file effects with the terminal layer's own FileEffects.
        // The golden screens are read from the source tree (so that they can be rewritten), not bundled.
        .testTarget(name: "LateralUITests", dependencies: ["LateralUI", "LateralTerminal", "LateralTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LateralTerminalTests", dependencies: ["LateralTerminal", "LateralTestSupport"]),
        .testTarget(name: "LateralCLITests", dependencies: ["lateral", "lateral-fetch", "lateral-benchmark", "lateral-floor", "LateralTestSupport"]),
        .testTarget(name: "LateralBenchTests", dependencies: ["LateralBench"]),
        .testTarget(name: "LateralImportTests", dependencies: ["LateralImport"]),
    ],
    swiftLanguageModes: [.v6]
)
