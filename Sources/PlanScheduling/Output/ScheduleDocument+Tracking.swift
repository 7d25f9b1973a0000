import PlanModel

/// The tracking columns of the CSV/JSON contract (docs/commands.md): present only when
/// tracking is in force, after every column tools already read, so an untracked export keeps
/// its bytes.
extension ScheduleDocument {
    var tracked: Bool { tracking != nil }

    /// `asOf` and `baseline` at the end of the document, when tracked.
    var trackingMembers: [(String, JSONValue)] {
        guard let tracking else { return [] }
        return [("asOf", .string(tracking.asOf.description)), ("baseline", .string(tracking.baseline))]
    }
}

extension ScheduleDocument.Record {
    static let progressHeader = ["baselineStart", "baselineFinish", "slip", "percentComplete", "actualStart", "actualFinish", "late"]

    /// `null` where a row has no tracking (a task added since the baseline has no baseline dates).
    var progressMembers: [(String, JSONValue)] {
        func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        return [
            ("baselineStart", date(progress?.baselineStart)), ("baselineFinish", date(progress?.baselineFinish)),
            ("slip", progress?.slip.map { .int($0) } ?? .null),
            ("percentComplete", progress.map { .int($0.percent) } ?? .null),
            ("actualStart", date(progress?.actualStart)), ("actualFinish", date(progress?.actualFinish)),
            ("late", .bool(progress?.late ?? false)),
        ]
    }

    var progressCells: [String] {
        [progress?.baselineStart?.description ?? "", progress?.baselineFinish?.description ?? "",
         progress?.slip.map(String.init) ?? "", progress.map { String($0.percent) } ?? "",
         progress?.actualStart?.description ?? "", progress?.actualFinish?.description ?? "",
         String(progress?.late ?? false)]
    }
}

extension ScheduleDocument {
    /// The document with each record's tracking (looked up by id) and the tracking columns on.
    public func showing(_ progress: [String: RowProgress], asOf: CivilDate, baseline: String) -> ScheduleDocument {
        var copy = self
        for index in copy.records.indices { copy.records[index].progress = progress[copy.records[index].id] }
        copy.tracking = (asOf, baseline)
        return copy
    }
}
