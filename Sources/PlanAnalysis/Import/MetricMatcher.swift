import PlanModel

/// Matches export headers and long-export labels to the plan's metrics: by id or display
/// name, then with a unit suffix left out (`新客成交额(元)`, `新客数（人）`, `转化率%`), and
/// for a typo, a did-you-mean against ids and names alike.
public struct MetricMatcher: Sendable {
    /// Label → metric id: ids, names and declared labels.
    public private(set) var labels: [String: String] = [:]
    /// Metric ids computed by a formula (their columns are not read: they are recomputed).
    public private(set) var derived: Set<String> = []
    private var names: [String: String] = [:]

    public init(metrics: [(id: String, name: String)], derived: Set<String> = [], declared: [String: String] = [:]) {
        for metric in metrics {
            labels[metric.id] = metric.id
            labels[metric.name] = metric.id
            names[metric.id] = metric.name
        }
        for (label, metric) in declared { labels[label] = metric }
        self.derived = derived
    }

    public init(metrics: [Metric], declared: [String: String] = [:]) {
        self.init(metrics: metrics.map { ($0.id, $0.name) }, derived: Set(metrics.filter { $0.formula != nil }.map(\.id)),
                  declared: declared)
    }

    /// How a label matched.
    public enum Match: Sendable, Equatable {
        case exact(String)
        /// Matched once the unit suffix was left out.
        case withoutUnit(String, unit: String)
    }

    public func match(_ label: String) -> Match? {
        if let metric = labels[label] { return .exact(metric) }
        let (stem, unit) = Self.splitUnit(label)
        if !unit.isEmpty, let metric = labels[stem] { return .withoutUnit(metric, unit: unit) }
        return nil
    }

    public func metric(for label: String) -> String? {
        switch match(label) {
        case .exact(let metric), .withoutUnit(let metric, _): return metric
        case nil: return nil
        }
    }

    /// "did you mean 新客成交额 (gmv_new)?", against ids and display names, units left out.
    public func suggestion(for label: String) -> String? {
        suggested(for: label).map { $0.label == $0.metric ? "did you mean \($0.metric)?" : "did you mean \($0.label) (\($0.metric))?" }
    }

    /// The closest label and its metric, as values for a report to word in its language.
    public func suggested(for label: String) -> ImportIssue.MetricSuggestion? {
        let stem = Self.splitUnit(label).stem
        guard let close = Suggestion.closest(to: stem, in: labels.keys.sorted()), let metric = labels[close] else { return nil }
        return .init(label: names[metric] ?? close, metric: metric)
    }

    public func name(of metric: String) -> String { names[metric] ?? metric }

    /// The metric id closest to a label (as `suggestion` finds it).
    public func closest(to label: String) -> String? {
        Suggestion.closest(to: Self.splitUnit(label).stem, in: labels.keys.sorted()).flatMap { labels[$0] }
    }

    /// `新客成交额(元)` → (`新客成交额`, `(元)`); a trailing `%` or bracketed unit of up to 6
    /// characters, full-width or not.
    static func splitUnit(_ label: String) -> (stem: String, unit: String) {
        var stem = Substring(label).trimmingCharacters()
        var unit = ""
        if stem.hasSuffix("%") || stem.hasSuffix("％") {
            unit = String(stem.suffix(1))
            stem = stem.dropLast().trimmingCharacters()
        }
        for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")] where stem.hasSuffix(close) {
            guard let start = stem.lastIndex(of: Character(open)) else { continue }
            let inside = stem[stem.index(after: start)..<stem.index(before: stem.endIndex)]
            guard inside.count <= 6, stem.startIndex < start else { continue }
            unit = String(stem[start...]) + unit
            stem = stem[..<start].trimmingCharacters()
            break
        }
        return (String(stem), unit)
    }
}
