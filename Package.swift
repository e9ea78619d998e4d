// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Lateral",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lateral", targets: ["lateral"]),
        .executable(name: "lateral-fetch", targets: ["lateral-fetch"]),
    ],
    // The everyday build (README): `lateral` as one static executable, so that no loader maps and
    // binds shared libraries before `main`: 1.5 ms less of every start on the development
    // machine (docs/PERFORMANCE.md, 39).
    traits: [
        .trait(name: "StaticExecutable",
               description: "Links lateral and lateral-floor statically, with SQLite and libxml2 in them rather than loaded on demand."),
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
        // In a static executable the libraries are linked in: a copy of libc.so loaded into it by
        // dlopen would have its own heap, and libxml2's strings are freed by Lateral's `free`.
        .target(name: "COnDemand", dependencies: ["CSQLite", "CLibXML2"],
                cSettings: [.unsafeFlags(["-I/usr/include/libxml2"]), .define("LATERAL_LINKED", .when(traits: ["StaticExecutable"]))],
                linkerSettings: [.linkedLibrary("dl")] + linkedStatically(["sqlite3", "xml2", "icui18n", "icuuc", "icudata", "z", "lzma", "m", "stdc++"])),
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
            ],
            linkerSettings: staticExecutable
        ),
        // The benchmark: what it measures in-process, and through a pseudo-terminal beside less.
        .target(name: "LateralBench", dependencies: ["CPty", "CWidth", "LateralCore"]),
        // Fetches pages for `lateral import ADDRESS`: the only target that links Foundation's networking.
        .executableTarget(name: "lateral-fetch"),
        .executableTarget(name: "lateral-benchmark", dependencies: ["LateralBench", "LateralCore", "LateralUI", "LateralTerminal"]),
        // The benchmark's floor: an article's first screen drawn by Swift and ncursesw alone.
        .executableTarget(name: "lateral-floor", dependencies: ["CNcursesw"], linkerSettings: staticExecutable),
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

/// What the StaticExecutable trait adds to an executable's link: a static PIE, so that the program
/// keeps its address randomised (it parses pages from the web). gold cannot link one, and glibc
/// will not start one that names a library path, hence `--disable-local-rpath` in the README.
var staticExecutable: [LinkerSetting] {
    [.unsafeFlags(["-static-executable", "-use-ld=lld", "-Xclang-linker", "-static-pie"], .when(traits: ["StaticExecutable"]))]
}

/// Libraries linked only into a static executable, in the order a static link needs
/// (`pkg-config --static --libs libxml-2.0 sqlite3`, then the C++ library that ICU needs).
func linkedStatically(_ libraries: [String]) -> [LinkerSetting] {
    libraries.map { .linkedLibrary($0, .when(traits: ["StaticExecutable"])) }
}
