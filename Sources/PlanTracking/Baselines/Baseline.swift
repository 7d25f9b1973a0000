import PlanModel

/// A schedule saved under a name, to compare the plan as it runs against it: an immutable
/// value, stored in `PLAN.baselines.json` beside the plan (see docs/tracking.md).
public struct Baseline: Sendable, Equatable {
    public let name: String
    /// When it was saved, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    public let savedAt: String
    /// The plan's content hash when it was saved (`PlanContentHash`).
    public let revision: String
    public let start: CivilDate
    public let finish: CivilDate
    /// One entry per task, phase and milestone, sorted by id.
    public let entries: [BaselineEntry]

    public init(name: String, savedAt: String, revision: String, start: CivilDate, finish: CivilDate, entries: [BaselineEntry]) {
        self.name = name
        self.savedAt = savedAt
        self.revision = revision
        self.start = start
        self.finish = finish
        self.entries = entries.sorted { $0.id < $1.id }
    }

    /// The entry of a task, phase or milestone.
    ///
    /// - Complexity: O(log n) (entries are sorted by id).
    public func entry(_ id: String) -> BaselineEntry? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].id == id ? entries[low] : nil
    }

    /// Planned person-days of all tasks: the budget at completion of the earned schedule.
    public var totalWork: Double {
        entries.filter { $0.kind == .task }.reduce(0) { $0 + $1.work }
    }
}
