// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "factpipe",
    products: [
        .library(name: "FactPipe", targets: ["FactPipe"]),
        .executable(name: "factpipe", targets: ["factpipe"]),
        .executable(name: "factpipe-bench", targets: ["factpipe-bench"]),
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
        .executableTarget(
            name: "factpipe",
            dependencies: [
                "FactPipe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput per pipeline stage on corpus files; scripts/bench runs it.
        .executableTarget(name: "factpipe-bench", dependencies: ["FactPipe"]),
        .testTarget(name: "FactPipeTests", dependencies: ["FactPipe"]),
    ]
)
