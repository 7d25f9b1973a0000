import PlanModel

extension ReviewReport {
    /// A KPI against the same KPI over a previous period's matching window (环比 or 同比),
    /// read from the same store: the change, its attribution to the drivers and its breakdown
    /// by dimension, on the `previous` basis. With no data in that window the value is `nil`
    /// and `note` says so: never a zero.
    public struct PeriodComparison: Sendable {
        public var kind: ComparisonKind
        /// `1cycle`, `1y`, `plan:ID` (`ComparisonPeriod.label`).
        public var basis: String
        /// The other plan's title, when the period is another plan (`--previous PLAN`).
        public var planTitle: String?
        public var windowStart: CivilDate
        public var windowFinish: CivilDate
        /// The KPI over the previous window; `nil` when nothing was measured there.
        public var value: Double?
        /// The KPI's actual now (the same as the KPI's), kept for the change.
        public var actual: Double?
        public var attribution: AttributionResult?
        public var attributionCaveat: ReviewNote?
        public var byDimension: [String: [DimensionShare]] = [:]
        public var notComputable: [String: [String]] = [:]
        public var withoutData: [String: [String]] = [:]
        /// Per dimension, the part of the change no value measured now carries (a value
        /// measured only then).
        public var unallocated: [String: Double] = [:]
        /// Days of the previous window with data, out of its days.
        public var coveredDays = 0
        public var days = 0
        public var note: ReviewNote?

        init(kind: ComparisonKind, basis: String, windowStart: CivilDate, windowFinish: CivilDate, value: Double?, actual: Double?) {
            self.kind = kind
            self.basis = basis
            self.windowStart = windowStart
            self.windowFinish = windowFinish
            self.value = value
            self.actual = actual
        }

        /// actual − previous.
        public var change: Double? {
            guard let value, let actual else { return nil }
            return actual - value
        }

        /// (actual − previous) ÷ |previous|; `nil` when the previous value is 0.
        public var changePercent: Double? {
            guard let change, let value, value != 0 else { return nil }
            return change / abs(value)
        }
    }

    /// One cycle of a KPI's trend: the KPI over its window moved back `cyclesBack` cycles
    /// (0 is the window reviewed); `nil` when nothing was measured there.
    public struct TrendPoint: Sendable, Equatable {
        public var cyclesBack: Int
        public var windowStart: CivilDate
        public var windowFinish: CivilDate
        public var value: Double?
    }
}
