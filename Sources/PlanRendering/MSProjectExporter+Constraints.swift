import PlanModel

extension MSProjectExporter {
    /// Each row's constraint and deadline as MSPDI writes them, phases included.
    ///
    /// A phase's `notBefore` holds every task in it (docs/plan-format.md), and its `deadline`
    /// is for the phase's finish. Both go on the phase's summary task — Start No Earlier Than
    /// and a deadline, which MS Project allows on summary tasks and applies to what they hold —
    /// and the `notBefore` is also pushed down to each task (the latest of its own and every
    /// enclosing phase's), because ProjectLibre and GanttProject ignore a summary task's
    /// constraint: re-planned in any of them, no task starts before its phase may.
    struct Constraints {
        /// `(ConstraintType, date)`: 2 Must Start On, 4 Start No Earlier Than.
        private var constraint: [String: (type: Int, date: CivilDate)] = [:]
        private var deadline: [String: CivilDate] = [:]

        /// - Complexity: O(rows × phase depth).
        init(_ chart: GanttChart, plan: Plan) {
            let phases = Dictionary(plan.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let tasks = Dictionary(plan.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            /// The latest `notBefore` of a phase and the phases above it.
            func phaseNotBefore(_ index: Int?) -> CivilDate? {
                var latest: CivilDate?
                var next = index
                while let current = next {
                    if let date = plan.phases[current].notBefore { latest = max(latest ?? date, date) }
                    next = plan.phases[current].parent
                }
                return latest
            }
            for row in chart.rows {
                if row.kind == .phase, let index = phases[row.id] {
                    let phase = plan.phases[index]
                    if let date = phase.notBefore { constraint[row.id] = (4, date) }
                    deadline[row.id] = phase.deadline
                } else if let task = tasks[row.id] {
                    if let fixed = task.start {
                        constraint[row.id] = (2, fixed)
                    } else {
                        let inherited = phaseNotBefore(task.phase)
                        let dates = [task.notBefore, inherited].compactMap { $0 }
                        if let latest = dates.max() { constraint[row.id] = (4, latest) }
                    }
                    deadline[row.id] = task.deadline
                }
            }
        }

        /// `ConstraintType` (with `ConstraintDate`) and `Deadline` for a row.
        func fields(for row: GanttChart.Row, exporter: MSProjectExporter) -> String {
            var out = ""
            if let (type, date) = constraint[row.id] {
                out += exporter.field("ConstraintType", String(type), 6) + exporter.field("ConstraintDate", MSProjectExporter.time(date, start: true), 6)
            } else {
                out += exporter.field("ConstraintType", "0", 6)
            }
            if let date = deadline[row.id] { out += exporter.field("Deadline", MSProjectExporter.time(date, start: false), 6) }
            return out
        }
    }
}
