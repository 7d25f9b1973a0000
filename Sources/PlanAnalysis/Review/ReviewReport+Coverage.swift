import PlanModel

extension ReviewReport {
    /// How much of a KPI's window its data covers: the days on which every measured input of
    /// the metric has a value, against the days of the window (calendar days, up to the review
    /// date), and the days each input — and each of its dimension values — lacks.
    public struct Coverage: Sendable, Equatable {
        /// Days of the window with data for the input with the fewest.
        public var daysWithData: Int
        public var days: Int
        public var gaps: [Gap]

        public var ratio: Double { days > 0 ? Double(daysWithData) / Double(days) : 0 }
        public var isFull: Bool { daysWithData >= days }
    }

    /// Days missing for one measured metric, overall (no dimension) or for one dimension value
    /// on days the metric has data for other values.
    public struct Gap: Sendable, Equatable, Hashable {
        public var metric: String
        public var dimension: String?
        public var value: String?
        public var missing: [CivilDate]
    }

    /// Every gap once (KPIs over the same window share them), in KPI order: the warnings the
    /// terminal prints, `file`-less because they are about the data as a whole.
    public var coverageGaps: [(gap: Gap, window: (CivilDate, CivilDate))] {
        var seen = Set<Gap>(), result: [(gap: Gap, window: (CivilDate, CivilDate))] = []
        for kpi in kpis {
            for gap in kpi.coverage?.gaps ?? [] where seen.insert(gap).inserted {
                result.append((gap, (kpi.windowStart, kpi.windowFinish)))
            }
        }
        return result
    }
}

extension ReviewReport.Gap {
    /// "2026-09-05, 2026-09-06 … (12 days)", in English (`ReviewText.missingDays` words it per language).
    public var missingText: String { ReviewText.en.missingDays(self) }
}
