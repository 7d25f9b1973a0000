// swift-tools-version: 6.1
import PackageDescription

// Layers, bottom up: CYAML (the C library) → PlanYAML (a Swift node tree with marks) →
// PlanModel (the plan, its loading and validation) → PlanScheduling (calendars, CPM,
// leveling; a Schedule value) → the `cycleplan` executable, which only parses arguments and
// prints. Later layers (rendering, analysis) sit on these.
let package = Package(
    name: "cycleplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cycleplan", targets: ["cycleplan"]),
        .library(name: "PlanModel", targets: ["PlanModel"]),
        .library(name: "PlanScheduling", targets: ["PlanScheduling"]),
        .library(name: "PlanRendering", targets: ["PlanRendering"]),
        .library(name: "PlanAnalysis", targets: ["PlanAnalysis"]),
        .library(name: "PlanYAML", targets: ["PlanYAML"]),
        .library(name: "PlanGenerator", targets: ["PlanGenerator"]),
        .library(name: "MetricsStore", targets: ["MetricsStore"]),
        .library(name: "MetricsStoreSQLite", targets: ["MetricsStoreSQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "PlanYAML", dependencies: ["CYAML"]),
        .target(name: "PlanModel", dependencies: ["PlanYAML"]),
        .target(
            name: "PlanScheduling",
            dependencies: ["PlanModel", .product(name: "HeapModule", package: "swift-collections")]
        ),
        .target(name: "PlanRendering", dependencies: ["PlanModel", "PlanScheduling"]),
        // The metrics store: one protocol for reading and writing observations (MetricsStore,
        // below PlanAnalysis so the review engine reads through it), and its database
        // implementations beside it (SQLite through GRDB; PostgreSQL next).
        .target(name: "MetricsStore", dependencies: ["PlanModel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "MetricsStoreSQLite", dependencies: ["MetricsStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "PlanAnalysis",
            dependencies: [
                "PlanModel",
                "MetricsStore",
                "PlanScheduling",
                .product(name: "RealModule", package: "swift-numerics"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "PlanGenerator", dependencies: ["PlanModel"]),
        .executableTarget(
            name: "cycleplan",
            dependencies: [
                "PlanModel",
                "PlanScheduling",
                "PlanRendering",
                "PlanAnalysis",
                "MetricsStore",
                "MetricsStoreSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PlanYAMLTests", dependencies: ["PlanYAML"]),
        .testTarget(
            name: "PlanModelTests",
            dependencies: ["PlanModel", "PlanGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PlanSchedulingTests", dependencies: ["PlanScheduling", "PlanGenerator"]),
        .testTarget(name: "PlanRenderingTests", dependencies: ["PlanRendering"]),
        .testTarget(name: "PlanAnalysisTests", dependencies: ["PlanAnalysis", "PlanScheduling"]),
        .testTarget(name: "CLITests", dependencies: ["PlanModel"]),
        .testTarget(
            name: "MetricsStoreTests",
            dependencies: ["MetricsStore", "MetricsStoreSQLite", "PlanAnalysis", "PlanModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
