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
        .library(name: "PlanTracking", targets: ["PlanTracking"]),
        // The entry points the fuzz targets (Fuzz/) and the regression-corpus tests share.
        .library(name: "PlanFuzzing", targets: ["PlanFuzzing"]),
        .library(name: "MetricsStore", targets: ["MetricsStore"]),
        .library(name: "MetricsStoreSQLite", targets: ["MetricsStoreSQLite"]),
        .library(name: "MetricsStorePostgres", targets: ["MetricsStorePostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // zlib, to inflate workbook entries as a pull stream we can bound (see docs/design.md).
        .systemLibrary(name: "CZlibInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "PlanYAML", dependencies: ["CYAML"]),
        // The shipped plans (plans/) are compiled into PlanModel for `init`, and each HTML output's
        // JavaScript and CSS (the target's Assets/) into its module, by the EmbedAssets plugin.
        .target(name: "PlanModel", dependencies: ["PlanYAML"], plugins: ["EmbedAssets"]),
        .target(
            name: "PlanScheduling",
            dependencies: ["PlanModel", .product(name: "HeapModule", package: "swift-collections")]
        ),
        // ZIPFoundation zips the .xlsx export (docs/design.md); the chart's JavaScript, CSS
        // and page templates are embedded at build time by the EmbedAssets plugin.
        .target(
            name: "PlanRendering",
            dependencies: ["PlanModel", "PlanScheduling", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Assets"],
            plugins: ["EmbedAssets"]
        ),
        // The metrics store: one protocol for reading and writing observations (MetricsStore,
        // below PlanAnalysis so the review engine reads through it), and its database
        // implementations beside it (SQLite through GRDB; PostgreSQL through postgres-nio).
        .target(name: "MetricsStore", dependencies: ["PlanModel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "MetricsStoreSQLite", dependencies: ["MetricsStore", "PlanModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "MetricsStorePostgres", dependencies: ["MetricsStore", "PlanModel", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .target(
            name: "PlanAnalysis",
            dependencies: [
                "PlanModel",
                "MetricsStore",
                "PlanScheduling",
                "CZlibInflate",
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            exclude: ["Assets"],
            plugins: ["EmbedAssets"]
        ),
        .target(name: "PlanGenerator", dependencies: ["PlanModel"]),
        .target(name: "PlanTracking", dependencies: ["PlanModel", "PlanScheduling", "PlanYAML"], exclude: ["Assets"], plugins: ["EmbedAssets"]),
        .target(name: "PlanFuzzing", dependencies: ["PlanModel", "PlanScheduling", "PlanAnalysis"]),
        .executableTarget(
            name: "cycleplan",
            dependencies: [
                "PlanModel",
                "PlanScheduling",
                "PlanRendering",
                "PlanAnalysis",
                "PlanTracking",
                "MetricsStore",
                "MetricsStoreSQLite",
                "MetricsStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-time embedding: a plugin that runs a small tool writing one Swift file of string
        // literals into the plugin's work directory (nothing generated is committed).
        .executableTarget(name: "EmbedAssetsTool", path: "Plugins/EmbedAssetsTool"),
        .plugin(name: "EmbedAssets", capability: .buildTool(), dependencies: ["EmbedAssetsTool"]),
        .testTarget(name: "PlanYAMLTests", dependencies: ["PlanYAML"]),
        .testTarget(
            name: "PlanModelTests",
            dependencies: ["PlanModel", "PlanGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PlanSchedulingTests", dependencies: ["PlanScheduling", "PlanGenerator"]),
        .testTarget(name: "PlanRenderingTests", dependencies: ["PlanRendering", "PlanGenerator"]),
        .testTarget(
            name: "PlanAnalysisTests",
            // ZIPFoundation writes the hostile workbooks the XLSX tests read; PlanFuzzing replays
            // the regression corpus.
            dependencies: ["PlanAnalysis", "PlanScheduling", "PlanFuzzing", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "CLITests", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanTrackingTests", dependencies: ["PlanTracking", "PlanScheduling", "PlanGenerator"], exclude: ["Fixtures"]),
        .testTarget(
            name: "MetricsStoreTests",
            dependencies: ["MetricsStore", "MetricsStoreSQLite", "MetricsStorePostgres", "PlanAnalysis", "PlanModel", "PlanScheduling",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
