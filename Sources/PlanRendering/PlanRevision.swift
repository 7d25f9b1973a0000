import Foundation
import PlanModel

/// When a plan last changed, for iCalendar's DTSTAMP and SEQUENCE: calendar apps update an
/// event on re-import when its sequence grows, so the revision must move when the plan does
/// and stay put when it does not.
public enum PlanRevision {
    /// The newest modification time of the plan and its includes, or `SOURCE_DATE_EPOCH` when
    /// set (as reproducible builds do), in whole seconds so the output is the same run after run.
    public static func of(_ plan: Plan, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let pinned = environment["SOURCE_DATE_EPOCH"], let seconds = Int(pinned) { return seconds }
        let times = plan.files.compactMap { path in
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970) }
        }
        return times.max()
    }
}
