// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "clsm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clsm", targets: ["clsm"]),
        .library(name: "SiteKit", targets: ["SiteKit"]),
        .library(name: "Preview", targets: ["Preview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "FrenchText"),
        .target(name: "Templates"),
        .target(
            name: "SiteKit",
            dependencies: [
                "Markdown", "FrenchText", "Templates", "CLibYAML",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "SiteKit", "Templates",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "clsm",
            dependencies: ["SiteKit", "Preview", "FrenchText", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the test targets share: the temporary folders they make, removed when done, and a seeded generator.
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "FrenchTextTests", dependencies: ["FrenchText", "TestSupport"]),
        .testTarget(
            name: "TemplatesTests",
            dependencies: ["Templates", "TestSupport", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "SiteKitTests",
            dependencies: ["SiteKit", "Templates", "TestSupport", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "SiteKit", "TestSupport"]),
        .testTarget(name: "clsmTests", dependencies: ["clsm", "TestSupport"]),
    ]
)
