import PlanModel

extension TrackedSchedule {
    /// The `status --format json` contract (docs/tracking.md): keys in a fixed order, rows in
    /// plan order, dates `YYYY-MM-DD`, slips in working days, work in person-days; figures
    /// rounded to 4 decimals so the same input gives the same bytes everywhere.
    public func json(plan: Plan) -> JSONValue {
        func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        func number(_ value: Double?) -> JSONValue { value.map { .number(Self.rounded($0)) } ?? .null }
        let figures = earned
        return .object([
            ("plan", .string(planID)),
            ("title", .string(title)),
            ("asOf", .string(asOf.description)),
            ("baseline", .object([
                ("name", baselineSaved ? .string(baseline.name) : .null),
                ("savedAt", baselineSaved ? .string(baseline.savedAt) : .null),
                ("revision", baselineSaved ? .string(baseline.revision) : .null),
                ("revisionChanged", .bool(revisionChanged)),
                ("start", .string(baseline.start.description)),
                ("finish", .string(baseline.finish.description)),
            ])),
            ("finish", .string(finish.description)),
            ("finishSlip", .int(finishSlip)),
            ("percentComplete", number(figures.percentComplete)),
            ("phases", .array(phases.map { phase in
                .object([
                    ("id", .string(phase.id)), ("name", .string(phase.name)), ("parent", .optional(phase.parent)),
                    ("start", date(phase.start)), ("finish", date(phase.finish)),
                    ("baselineStart", date(phase.baselineStart)), ("baselineFinish", date(phase.baselineFinish)),
                    ("percentComplete", number(phase.percentComplete)), ("slip", int(phase.slip)), ("startSlip", int(phase.startSlip)),
                    ("flags", .array(phase.flags.names.map { .string($0) })), ("deadline", date(phase.deadline)),
                ])
            })),
            ("tasks", .array(tasks.map { task in
                .object([
                    ("id", .string(task.id)), ("name", .string(task.name)), ("phase", .optional(task.phase)),
                    ("milestone", .bool(task.milestone)), ("roles", .array(task.roles.map { .string($0) })),
                    ("state", .string(task.progress.state.rawValue)), ("percentComplete", number(task.progress.percentComplete)),
                    ("actualStart", date(task.progress.actualStart)), ("actualFinish", date(task.progress.actualFinish)),
                    ("start", date(task.start)), ("finish", date(task.finish)), ("remainingDays", .int(task.progress.remainingDays)),
                    ("baselineStart", date(task.baselineStart)), ("baselineFinish", date(task.baselineFinish)),
                    ("work", number(task.work)), ("slip", int(task.slip)), ("startSlip", int(task.startSlip)),
                    ("flags", .array(task.flags.names.map { .string($0) })), ("totalFloat", int(task.totalFloat)),
                    ("deadline", date(task.deadline)), ("note", .optional(task.progress.note)),
                    ("cause", task.cause.map(Self.json) ?? .null),
                ])
            })),
            ("milestones", .array(milestones.map { milestone in
                .object([
                    ("id", .string(milestone.id)), ("name", .string(milestone.name)),
                    ("baseline", date(milestone.baselineFinish)), ("date", date(milestone.finish)),
                    ("reached", .bool(milestone.progress.state == .done)), ("slip", int(milestone.slip)),
                ])
            })),
            ("earnedSchedule", .object([
                ("unit", .string("person-days")),
                ("budget", number(figures.budget)), ("pv", number(figures.plannedValue)), ("ev", number(figures.earnedValue)),
                ("sv", number(figures.scheduleVariance)), ("spi", number(figures.schedulePerformance)),
                ("at", .int(figures.actualTime)), ("pd", .int(figures.plannedDuration)), ("es", number(figures.earnedSchedule)),
                ("svt", number(figures.timeVariance)), ("spit", number(figures.timePerformance)),
                ("ieact", number(figures.estimatedDuration)), ("forecastFinish", date(figures.forecastFinish)),
            ])),
            ("sCurve", .array(sCurve.map { point in
                .object([("date", .string(point.date.description)), ("planned", number(point.planned)), ("earned", number(point.earned))])
            })),
            ("diagnostics", .array(diagnostics.sortedByLocation().map(\.json))),
        ])
    }

    static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let result = (value * 10_000).rounded() / 10_000
        return result == 0 ? 0 : result  // never "-0"
    }

    static func json(_ cause: SlipCause) -> JSONValue {
        var members: [(String, JSONValue)] = [("chain", .array(cause.chain.map { .string($0) }))]
        switch cause.reason {
        case .startedLate(let days): members += [("reason", .string("startedLate")), ("days", .int(days))]
        case .slowerThanPlanned: members.append(("reason", .string("slowerThanPlanned")))
        case .notStartedOnTime: members.append(("reason", .string("notStartedOnTime")))
        case .rolesBusy(let shares):
            members += [("reason", .string("rolesBusy")),
                        ("roles", .array(shares.map { .object([("role", .string($0.role)), ("days", .int($0.days))]) }))]
        case .planChanged: members.append(("reason", .string("planChanged")))
        }
        return .object(members)
    }
}
