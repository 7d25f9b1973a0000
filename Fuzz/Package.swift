// swift-tools-version: 6.1
import PackageDescription

// A path dependency is identified by its folder's name, which depends on where the
// repository was cloned; derive it instead of hard-coding it.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init)?.lowercased() ?? "cycleplan"

// libFuzzer targets live in their own package so that the main `swift build` and `swift test`
// never need the fuzzer runtime. Each target is one executable (libFuzzer supplies `main`);
// all of them call PlanFuzzing, the entry points the regression-corpus tests call too.
// Build and run with scripts/fuzz.sh, which passes `--sanitize=fuzzer --sanitize=address`.
let targets = ["plan", "formula", "csv", "xlsx", "review"]

let package = Package(
    name: "cycleplan-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver", dependencies: [.product(name: "PlanFuzzing", package: mainPackage)]),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzDriver"], path: "Sources/fuzz-\(name)")
    }
)
