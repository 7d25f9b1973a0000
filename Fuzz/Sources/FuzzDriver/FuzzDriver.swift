import Foundation
import PlanFuzzing

/// What every libFuzzer executable does with one input: run it through the shared entry
/// point and turn a broken promise into a crash, so that libFuzzer saves and minimises it
/// like any other finding.
public enum FuzzDriver {
    /// The repository root, for the plans the harness loads: `CYCLEPLAN_ROOT`, else the
    /// checkout this file was compiled from (Fuzz/Sources/FuzzDriver/FuzzDriver.swift).
    static let harness: FuzzHarness = {
        if let root = ProcessInfo.processInfo.environment["CYCLEPLAN_ROOT"] { return FuzzHarness(root: root) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return FuzzHarness(root: root)
    }()

    static let replaying = ProcessInfo.processInfo.environment["FUZZ_REPLAY"] == "1"

    public static func run(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        // Longer inputs are not worth the time (see FuzzTarget.maximumLength); libFuzzer's
        // -max_len keeps mutations below it, this keeps seed files from slipping past.
        // FUZZ_REPLAY=1 lifts it, to replay a long input by hand (a 90,000-term formula).
        guard bytes.count <= target.maximumLength || replaying else { return -1 }
        let outcome = harness.run(target, bytes)
        if !outcome.violations.isEmpty {
            FileHandle.standardError.write(Data("fuzz-\(target.rawValue): broken promise: \(outcome.violations.joined(separator: "; "))\n".utf8))
            abort()
        }
        return 0
    }
}
