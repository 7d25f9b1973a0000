import PlanModel

/// Trend analysis: how a target's value built up through its window against the target curve.
extension ReviewEngine {
    /// One point per calendar day of `window`: the expected value (the target's share due by
    /// then for a flow; the target itself for a stock or a rate, which hold their level
    /// throughout; see `accumulation`) and, through the measured part, the value to date.
    ///
    /// - Complexity: one store question per measured input for the d days of the window.
    func pace(_ target: Target, window: DateRange, curve: TargetCurve, measured: DateRange) -> [ReviewReport.PacePoint] {
        guard window.first < window.last else { return [] }
        let degree = accumulation(target.metric) ?? 1
        var points: [ReviewReport.PacePoint] = []
        var measuredDays: [CivilDate] = []
        var day = window.first
        while day <= min(window.last, measured.last) {
            measuredDays.append(day)
            day = day.advanced(by: 1)
        }
        // The store answers every day of the measured part at once.
        let toDate = actuals.values(of: target.metric, from: window.first, through: measuredDays)
        day = window.first
        while day <= window.last {
            let expected = Self.due(target: target.value, share: curve.share(through: day), degree: degree)
            let elapsed = window.first.distance(to: day)
            let actual = elapsed < toDate.count ? toDate[elapsed] : nil
            points.append(.init(date: day, expected: expected, actual: actual))
            day = day.advanced(by: 1)
        }
        return points
    }
}
