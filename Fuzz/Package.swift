// swift-tools-version:6.0
import PackageDescription

// The libFuzzer target for decode → recognise; kept out of the main package so that
// `swift build` and `swift test` never need the fuzzer runtime. Build it with scripts/fuzz.
let package = Package(
    name: "factpipe-fuzz",
    dependencies: [.package(name: "factpipe", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzDecodeRecognize",
            dependencies: [.product(name: "FactPipe", package: "factpipe")]
        ),
    ]
)
