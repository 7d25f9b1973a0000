/// What a row of the status report is flagged with (rules in docs/tracking.md).
public struct TrackingFlags: Sendable, Equatable, OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Started, or forecast to start, on a later working day than the baseline.
    public static let lateStart = TrackingFlags(rawValue: 1)
    /// Finished, or forecast to finish, on a later working day than the baseline.
    public static let lateFinish = TrackingFlags(rawValue: 2)
    /// On the critical path of the remaining work (total float 0 in the forecast).
    public static let critical = TrackingFlags(rawValue: 4)
    /// Finishes, or will, after its own deadline (a phase: the phase's).
    public static let missesDeadline = TrackingFlags(rawValue: 8)

    /// Contract names, in this order, for JSON.
    public var names: [String] {
        [(TrackingFlags.lateStart, "lateStart"), (.lateFinish, "lateFinish"), (.critical, "critical"), (.missesDeadline, "missesDeadline")]
            .filter { contains($0.0) }.map(\.1)
    }

    /// 中文 labels, for the table and the report.
    public var labels: [String] {
        [(TrackingFlags.lateStart, "晚开始"), (.lateFinish, "晚完成"), (.critical, "关键"), (.missesDeadline, "将误期")]
            .filter { contains($0.0) }.map(\.1)
    }

    /// English labels, for the table and the report in English.
    public var englishLabels: [String] {
        [(TrackingFlags.lateStart, "late start"), (.lateFinish, "late finish"), (.critical, "critical"), (.missesDeadline, "misses deadline")]
            .filter { contains($0.0) }.map(\.1)
    }
}
