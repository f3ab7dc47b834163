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
        // (--disable-default-traits): no libsqlite3, and no Foundation pulled in by GRDB.
        .trait(name: "SQLite"),
        .default(enabledTraits: ["SQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        // SQLite output (GRDB over the system's libsqlite3), apart so the core does not depend on it.
        .target(
            name: "FactPipeSQLite",
            dependencies: ["FactPipe", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "factpipe",
            dependencies: [
                "FactPipe",
                .target(name: "FactPipeSQLite", condition: .when(traits: ["SQLite"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput per pipeline stage on corpus files; scripts/bench runs it.
        .executableTarget(name: "factpipe-bench", dependencies: ["FactPipe"]),
        .testTarget(name: "FactPipeTests", dependencies: ["FactPipe", "CICU"], exclude: ["Fixtures"]),
        // The library as another package uses it: public API only.
        .testTarget(
            name: "FactPipeAPITests",
            dependencies: ["FactPipe", "FactPipeSQLite", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
