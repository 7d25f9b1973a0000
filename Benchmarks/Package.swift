// swift-tools-version: 6.1
import PackageDescription

// A path dependency is identified by its folder's name, which depends on where the
// repository was cloned; derive it instead of hard-coding it.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init)?.lowercased() ?? "cycleplan"

// Benchmarks live in their own package so that CI's `swift test` never builds them and the
// main package keeps no benchmark-only dependencies. Run them with Benchmarks/run.sh.
let package = Package(
    name: "cycleplan-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "plan-bench",
            dependencies: [
                .product(name: "PlanModel", package: mainPackage),
                .product(name: "PlanYAML", package: mainPackage),
                .product(name: "PlanGenerator", package: mainPackage),
                .product(name: "PlanScheduling", package: mainPackage),
                .product(name: "PlanRendering", package: mainPackage),
                .product(name: "PlanAnalysis", package: mainPackage),
            ]
            // Plain -O, as `swift build -c release` builds the shipped binary: no -Ounchecked,
            // which drops overflow and bounds checks and so flattered the figures.
        ),
    ]
)
