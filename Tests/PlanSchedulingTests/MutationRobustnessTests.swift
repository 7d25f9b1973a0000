import Foundation
import PlanGenerator
import PlanModel
import PlanScheduling
import Testing

/// Bad input never crashes: the shipped plans, damaged at random (bytes replaced, deleted,
/// duplicated, lines swapped), are loaded and, when they still load cleanly, scheduled.
/// Any trap fails the whole test run, so reaching the end is the assertion; each damaged
/// plan must also come back either with diagnostics or as a usable plan.
@Suite("Robustness against damaged plans")
struct MutationRobustnessTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["plans/campaign.yaml", "plans/cycle.yaml", "plans/store.yaml"])
    func damagedPlansNeverCrash(_ path: String) throws {
        let original = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(path)))
        var random = SplitMix64(seed: 2026)
        let alphabet = Array(" -:{}[],#&*!|>'\"\n\t0123456789abcdxyz海报%万.".utf8)
        var loadedCleanly = 0
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 4)) {
                guard !bytes.isEmpty else { break }
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                case 2: bytes.insert(bytes[position], at: position)
                default:
                    let other = Int(random.next() % UInt64(bytes.count))
                    bytes.swapAt(position, other)
                }
            }
            // Loaded from the template's folder so its includes resolve.
            let result = PlanLoader().load(bytes: bytes, path: Self.root.appendingPathComponent(path).path)
            if let plan = result.plan, !result.hasErrors {
                loadedCleanly += 1
                let schedule = Scheduler().schedule(plan)
                _ = schedule.json(plan: plan).serialized()
                _ = DiagnosticRenderer(sources: result.sources, language: .en).render(schedule.diagnostics)
            } else {
                #expect(result.diagnostics.hasErrors)
                _ = DiagnosticRenderer(sources: result.sources, language: .en).render(result.diagnostics)
            }
        }
        // Some damage is harmless (a changed name): the scheduling path was exercised too.
        #expect(loadedCleanly > 0)
    }
}
