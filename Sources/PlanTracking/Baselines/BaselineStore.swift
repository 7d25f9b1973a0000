import Foundation
import PlanModel

/// The baselines saved for a plan, in the order saved (the first is the default one to
/// compare with), and their file `PLAN.baselines.json` beside the plan.
public struct BaselineStore: Sendable, Equatable {
    public private(set) var baselines: [Baseline]

    public init(baselines: [Baseline] = []) {
        self.baselines = baselines
    }

    /// `plan.yaml` → `plan.baselines.json` (the plan's extension replaced).
    public static func path(forPlan plan: String) -> String {
        sibling(of: plan, suffix: ".baselines.json")
    }

    /// The plan's path with its `.yaml`/`.yml` extension replaced by `suffix`.
    public static func sibling(of plan: String, suffix: String) -> String {
        for ext in [".yaml", ".yml"] where plan.lowercased().hasSuffix(ext) {
            return String(plan.dropLast(ext.count)) + suffix
        }
        return plan + suffix
    }

    public func baseline(named name: String) -> Baseline? { baselines.first { $0.name == name } }

    /// The name of a baseline saved without one: 初版 for the first, else the day it is saved
    /// (`savedAt`'s date).
    public func defaultName(savedAt: String) -> String {
        baselines.isEmpty ? "初版" : String(savedAt.prefix(10))
    }

    public enum SaveRefusal: Error, Equatable {
        /// A baseline of that name exists and replacing it was not asked for.
        case exists(String)
    }

    /// Adds `baseline`; one of the same name is replaced in place (keeping its position,
    /// so the default stays the default) only when `replace` is set.
    public mutating func add(_ baseline: Baseline, replace: Bool) throws(SaveRefusal) {
        if let index = baselines.firstIndex(where: { $0.name == baseline.name }) {
            guard replace else { throw .exists(baseline.name) }
            baselines[index] = baseline
        } else {
            baselines.append(baseline)
        }
    }
}
