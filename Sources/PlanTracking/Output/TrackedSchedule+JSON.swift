import PlanModel

extension TrackedSchedule {
    /// The `status --format json` contract (docs/tracking.md): keys in a fixed order, rows in
    /// plan order, dates `YYYY-MM-DD`, slips in working days, work in person-days; figures
    /// rounded to 4 decimals so the same input gives the same bytes everywhere.
    public func json(plan: Plan, language: Language = .en) -> JSONValue {
        .object(members(tasks: .array(tasks.map(Self.json)), language: language))
    }

    /// The same as bytes, written row by row as `ScheduleDocument.jsonBytes` writes a
    /// schedule: at 100,000 tasks, the tree of values `json(plan:)` builds, walks and frees was
    /// a large share of `status -o status.json` (docs/benchmarks.md, section 3e). A test holds
    /// the two to the same bytes.
    ///
    /// - Complexity: O(rows), one task row's values alive at a time.
    /// The diagnostics' words are in `language` (the run's); ids and keys never change.
    public func jsonBytes(plan: Plan, language: Language = .en) -> [UInt8] {
        // About 530 bytes a task row (the generated 100,000-task plan's): one allocation for the
        // whole document, reserved generously as `ScheduleDocument.jsonBytes` explains.
        var writer = JSONWriter(capacity: 700 * tasks.count + 400 * phases.count + 100 * sCurve.count + 4096,
                                rowsOnOneLine: true)
        writer.beginObject()
        for (key, value) in members(tasks: nil, language: language) {
            writer.member(key)
            if key == "tasks" {
                writer.beginArray()
                let tasks = tasks
                writer.writeRows(count: tasks.count) { Self.write(tasks[$0], into: &$1) }
                writer.endArray()
            } else {
                writer.write(value)
            }
        }
        writer.endObject()
        return writer.finish()
    }

    /// One row of `tasks`.
    static func json(_ task: TrackedTask) -> JSONValue {
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
    }

    /// The row `json(_:)` gives, written straight into the document (`JSONRow`).
    static func write(_ task: TrackedTask, into row: inout JSONRow) {
        row.string("id", task.id)
        row.string("name", task.name)
        row.string("phase", task.phase)
        row.bool("milestone", task.milestone)
        row.strings("roles", task.roles)
        row.string("state", task.progress.state.rawValue)
        row.number("percentComplete", rounded(task.progress.percentComplete))
        row.string("actualStart", task.progress.actualStart?.description)
        row.string("actualFinish", task.progress.actualFinish?.description)
        row.string("start", task.start.description)
        row.string("finish", task.finish.description)
        row.int("remainingDays", task.progress.remainingDays)
        row.string("baselineStart", task.baselineStart?.description)
        row.string("baselineFinish", task.baselineFinish?.description)
        row.number("work", rounded(task.work))
        row.int("slip", task.slip)
        row.int("startSlip", task.startSlip)
        row.strings("flags", task.flags.names)
        row.int("totalFloat", task.totalFloat)
        row.string("deadline", task.deadline?.description)
        row.string("note", task.progress.note)
        row.value("cause", task.cause.map(Self.json) ?? .null)
    }

    private static func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
    private static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    private static func number(_ value: Double?) -> JSONValue { value.map { .number(rounded($0)) } ?? .null }

    /// The top-level members in contract order; `tasks` as given (a placeholder when `nil`).
    private func members(tasks: JSONValue?, language: Language) -> [(String, JSONValue)] {
        let date = Self.date, int = Self.int, number = Self.number
        let figures = earned
        return [
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
            ("tasks", tasks ?? .null),
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
            ("diagnostics", .array(diagnostics.sortedByLocation().map { $0.json(in: language) })),
        ]
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
