import Foundation
import PlanModel
@testable import PlanTracking
import Testing

/// The faster paths of `status` on large plans (docs/benchmarks.md, section 3e) against the
/// ones they stand beside: the same bytes, the same values.
@Suite("Status: fast paths give the same results")
struct FastOutputTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/cny-2027").standardized.path

    /// `jsonBytes` writes the contract row by row; it must be the document `json` builds, on the
    /// shipped example's two weeks (causes, notes, milestones reached and not, S-curve).
    @Test(arguments: ["status-W03.yaml", "status-W04.yaml"])
    func theRowByRowJSONIsTheDocument(_ status: String) throws {
        let loaded = PlanLoader().load(file: Self.example + "/cny-2027.yaml")
        let plan = try #require(loaded.plan)
        let result = StatusLoader().load(file: Self.example + "/" + status, plan: plan)
        let file = try #require(result.status)
        let store = try BaselineStore.load(path: Self.example + "/cny-2027.baselines.json")
        let tracked = try #require(Tracker().track(plan: plan, baseline: store.baselines.first, status: file).tracked)
        #expect(tracked.tasks.contains { $0.cause != nil } && tracked.tasks.contains { $0.progress.note != nil })
        #expect(tracked.jsonBytes(plan: plan) == tracked.json(plan: plan).serializedBytes(rowsOnOneLine: true))
    }

    /// The shipped baselines file is read by the byte reader (else the speed-up is gone), into
    /// what the decoder reads.
    @Test func theByteReaderTakesTheShippedFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.example + "/cny-2027.baselines.json"))
        let fast = data.withUnsafeBytes { BaselineFileReader.shape(of: $0.bindMemory(to: UInt8.self)) }
        #expect(fast != nil)
        #expect(fast == (try JSONDecoder().decode(BaselineFileShape.self, from: data)))
    }

    /// Whatever the byte reader takes, it reads as `JSONDecoder` does; what it leaves (another
    /// order, an extra key, an escape, an unusual number) goes to the decoder, and a file
    /// neither takes goes on to `BaselineStore.load`'s checks.
    @Test func theByteReaderTakesOnlyWhatTheDecoderReadsAlike() throws {
        let entry = #"{"id": "a", "kind": "task", "start": "2027-01-04", "finish": "2027-01-05", "work": WORK, "duration": DURATION}"#
        func file(name: String = "初版", entry: String = entry, work: String = "2", duration: String = "2", head: String = #""cycleplanBaselines": 1"#) -> String {
            let filled = entry.replacingOccurrences(of: "WORK", with: work).replacingOccurrences(of: "DURATION", with: duration)
            return "{\(head), \"baselines\": [{\"name\": \"\(name)\", \"savedAt\": \"s\", \"revision\": \"r\", \"start\": \"2027-01-04\", "
                + "\"finish\": \"2027-01-05\", \"entries\": [\(filled), \(filled)]}]}"
        }
        let taken = [
            file(), file().replacingOccurrences(of: " ", with: ""), file().replacingOccurrences(of: ", ", with: ",\n\t\r  "), "  " + file() + "\n\n",
            file(work: "0.1"), file(work: "2.50"), file(work: "1e-3"), file(work: "1.5E+2"), file(work: "-0"), file(work: "0.30000000000000004"),
            file(work: "123456789012345678901234567890"), file(name: "春节 活动 🧧"),
            #"{"cycleplanBaselines": 1, "baselines": []}"#,
        ]
        let left = [
            file(name: #"引\"号"#), file(name: #"\u0041"#), file(work: "1e400"), file(duration: "2.0"), file(duration: "2e0"),
            file(entry: entry.replacingOccurrences(of: #""kind": "task", "#, with: "") + #", "kind": "task""#),
            file(entry: entry.replacingOccurrences(of: "}", with: #", "extra": true}"#)),
            file(head: #""cycleplanBaselines": 1, "note": "x""#), file() + "x", file(work: "01"), file(work: ".5"), file(work: "5."), file(work: "+5"),
            file(duration: "99999999999999999999"), file(name: "tab\there"), String(file().dropLast()),
        ]
        for text in taken + left {
            let data = Data(text.utf8)
            let fast = data.withUnsafeBytes { BaselineFileReader.shape(of: $0.bindMemory(to: UInt8.self)) }
            let decoded = try? JSONDecoder().decode(BaselineFileShape.self, from: data)
            #expect((fast != nil) == taken.contains(text), "\(text)")
            if let fast { #expect(fast == decoded, "\(text)") }
        }
        // Invalid UTF-8 in a name: the reader leaves it, and so does the decoder.
        let broken = Data(file(name: "AB").utf8.map { $0 == 0x41 ? 0xC3 : $0 == 0x42 ? 0x28 : $0 })
        #expect(broken.withUnsafeBytes { BaselineFileReader.shape(of: $0.bindMemory(to: UInt8.self)) } == nil)
    }

    /// `percent` answers 0 and 1 without the formatter, `roles` from an index of names: the
    /// words they replaced, written out again.
    @Test func tableWordsAreTheOnesTheyReplaced() throws {
        for fraction in [0.0, -0.0, 1.0, 0.5, 0.123_4, 0.999_9, 0.000_4, 1.000_4] {
            #expect(TrackingText.percent(fraction) == ValueFormatter.trimmed((fraction * 1000).rounded() / 10, maxFraction: 1) + "%")
        }
        let plan = try #require(PlanLoader().load(file: Self.example + "/cny-2027.yaml").plan)
        let ids = plan.roles.map(\.id)
        #expect(ids.count >= 3)
        for language in [Language.zh, .en] {
            let words = TrackingText(plan: plan, language: language, names: false)
            for list in [[ids[0]], [ids[1], ids[2]], ids, ["nobody"], [ids[0], "nobody"], []] {
                let reference = list.map { plan.role($0)?.name ?? $0 }.joined(separator: language == .zh ? "、" : ", ")
                #expect(words.roles(list) == reference)
            }
        }
    }
}
