import Foundation
import PlanModel

/// The plan's revision as a content hash of the plan file and its includes, in the order
/// read: the same files give the same revision on any machine (unlike modification times).
/// FNV-1a over 64 bits: enough to tell revisions apart, not a security measure.
public enum PlanContentHash {
    /// `fnv1a64:` and 16 hex digits; `nil` when a file can no longer be read.
    public static func of(_ plan: Plan) -> String? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in plan.files {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            // The file's length goes in first, so moving text from one file to the next changes it.
            for byte in withUnsafeBytes(of: UInt64(data.count).littleEndian, Array.init) { mix(&hash, byte) }
            // Over the raw bytes rather than through `Data`'s iterator (a 9 MB plan is hashed
            // on every `status`).
            data.withUnsafeBytes { bytes in for byte in bytes { mix(&hash, byte) } }
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func mix(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
