// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "factpipe",
    products: [
        .library(name: "FactPipe", targets: ["FactPipe"]),
        .library(name: "FactPipeSQLite", targets: ["FactPipeSQLite"]),
        .executable(name: "factpipe", targets: ["factpipe"]),
        .executable(name: "factpipe-bench", targets: ["factpipe-bench"]),
    ],
    traits: [
        // --format sqlite. A mapper binary for worker nodes can leave it out
        // (--disable-default-traits): no libsqlite3.
        .trait(name: "SQLite"),
        .default(enabledTraits: ["SQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system ICU (Debian's libicu-dev); found through pkg-config.
        .systemLibrary(
            name: "ICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // ICU's C names are version-renamed by macros; this shim calls them by their
        // public names so that Swift sees stable `fp_` functions.
        .target(name: "CICU", dependencies: ["ICUSystem"]),
        .target(name: "FactPipe", dependencies: ["CICU"]),
        // The system SQLite (Debian's libsqlite3-dev); found through pkg-config.
        .systemLibrary(
            name: "SQLiteSystem",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SQLite output (the system's libsqlite3 through its C API), apart so the core does not depend on it.
        .target(name: "FactPipeSQLite", dependencies: ["FactPipe", "SQLiteSystem"]),
        .executableTarget(
            name: "factpipe",
            dependencies: [
                "FactPipe",
                .target(name: "FactPipeSQLite", condition: .when(traits: ["SQLite"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime linked in, not loaded: about 4 ms less start-up per run (no
            // dynamic linking of libswiftCore and its lookups across libraries). The three
            // libraries name what FoundationEssentials needs when linked statically.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"], .when(platforms: [.linux]))]
        ),
        // Throughput per pipeline stage on corpus files; scripts/bench runs it.
        .executableTarget(name: "factpipe-bench", dependencies: ["FactPipe"]),
        .testTarget(name: "FactPipeTests", dependencies: ["FactPipe", "CICU"], exclude: ["Fixtures"]),
        // The library as another package uses it: public API only.
        .testTarget(
            name: "FactPipeAPITests",
            dependencies: ["FactPipe", "FactPipeSQLite", "SQLiteSystem"]
        ),
    ]
)
