// swift-tools-version: 6.1
// libFuzzer targets for clsm. Built only with `--sanitize=fuzzer` (see README "Fuzzing"):
// each target has no `main`, libFuzzer provides it.
import PackageDescription

let package = Package(
    name: "clsm-fuzz",
    dependencies: [.package(name: "clsm", path: "..")],
    targets: [
        .executableTarget(name: "FuzzFrontMatter", dependencies: [.product(name: "SiteKit", package: "clsm")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "SiteKit", package: "clsm")]),
        .executableTarget(name: "FuzzPaths", dependencies: [.product(name: "SiteKit", package: "clsm")]),
        .executableTarget(name: "FuzzICalendar", dependencies: [.product(name: "SiteKit", package: "clsm")]),
        .executableTarget(name: "FuzzPreviewPaths", dependencies: [.product(name: "Preview", package: "clsm")]),
    ]
)
