import Foundation
import PlanModel

/// The fixed shape `BaselineStore.json` writes, read by `BaselineFileReader` when the file is
/// laid out as written, else by `JSONDecoder`: on 100,000 tasks the decoder reads
/// the file in about the CPU time of `JSONSerialization` but without its dictionaries of
/// `Any`, 70–190 MB less memory (docs/benchmarks.md, section 3d). It only ever accepts:
/// whatever it does not take — a missing key, a wrong type, a value out of range — goes to
/// `BaselineStore.load`'s checks, which name the problem, so a damaged file gets the same
/// diagnostic as before.
struct BaselineFileShape: Decodable, Equatable {
    struct Entry: Decodable, Equatable {
        let id: String
        let kind: String
        let start: String
        let finish: String
        let work: Double
        let duration: Int
    }

    struct Saved: Decodable, Equatable {
        let name: String
        let savedAt: String
        let revision: String
        let start: String
        let finish: String
        let entries: [Entry]
    }

    let cycleplanBaselines: Int
    let baselines: [Saved]

    /// The store, or nil when any check of `BaselineStore.load` would fail.
    /// - Complexity: O(bytes).
    static func store(from data: Data) -> BaselineStore? {
        let read = data.withUnsafeBytes { BaselineFileReader.shape(of: $0.bindMemory(to: UInt8.self)) }
        guard let file = read ?? (try? JSONDecoder().decode(BaselineFileShape.self, from: data)), file.cycleplanBaselines == 1 else { return nil }
        var baselines: [Baseline] = []
        baselines.reserveCapacity(file.baselines.count)
        for saved in file.baselines {
            guard !saved.name.isEmpty, let start = CivilDate(saved.start), let finish = CivilDate(saved.finish),
                  !baselines.contains(where: { $0.name == saved.name }) else { return nil }
            var entries: [BaselineEntry] = []
            entries.reserveCapacity(saved.entries.count)
            for entry in saved.entries {
                guard let kind = BaselineEntry.Kind(rawValue: entry.kind),
                      let first = CivilDate(entry.start), let last = CivilDate(entry.finish),
                      entry.work.isFinite, entry.work >= 0, entry.work <= BaselineStore.maximumWork,
                      entry.duration >= 0, Double(entry.duration) <= BaselineStore.maximumWork else { return nil }
                entries.append(BaselineEntry(id: entry.id, kind: kind, start: first, finish: last, work: entry.work, duration: entry.duration))
            }
            baselines.append(Baseline(name: saved.name, savedAt: saved.savedAt, revision: saved.revision, start: start, finish: finish, entries: entries))
        }
        return BaselineStore(baselines: baselines)
    }
}
