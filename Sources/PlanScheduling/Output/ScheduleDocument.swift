import PlanModel

/// The schedule's CSV and JSON contract (docs/commands.md), as one value: `schedule -o x.csv
/// |x.json` fills it from the schedule, `gantt -o x.csv|x.json` from the filtered chart, and
/// both write it the same way, so the two cannot drift apart. Keys in contract order; new
/// keys are only ever added after the ones tools already read.
public struct ScheduleDocument: Sendable {
    /// One row: a task, or a phase as a summary row.
    public struct Record: Sendable {
        public var id: String
        public var name: String
        public var phase: String?
        public var summary: Bool
        public var milestone: Bool
        public var start: CivilDate
        public var finish: CivilDate
        public var workingDays: Int
        public var totalFloat: Int
        public var freeFloat: Int
        public var critical: Bool
        public var roles: [String]
        public var leveledDelay: Int
        public var delayedBy: String?
        public var delayedByRoles: [RoleDelay]
        /// Ids of the people who do the task, for roles that list people (assignment order).
        public var person: [String]
        /// Baseline, progress and slip when tracking is in force (`--as-of`, `--status`,
        /// `--baseline`); see `ScheduleDocument+Tracking.swift`.
        public var progress: RowProgress? = nil
        /// The title of the plan the row belongs to, when several plans are scheduled
        /// together (`schedule a.yaml b.yaml`); then JSON has a `plan` key and CSV a `plan`
        /// column, after the others.
        public var plan: String? = nil

        public init(id: String, name: String, phase: String?, summary: Bool, milestone: Bool, start: CivilDate, finish: CivilDate,
                    workingDays: Int, totalFloat: Int, freeFloat: Int, critical: Bool, roles: [String], leveledDelay: Int,
                    delayedBy: String?, delayedByRoles: [RoleDelay], person: [String] = []) {
            self.person = person
            self.id = id
            self.name = name
            self.phase = phase
            self.summary = summary
            self.milestone = milestone
            self.start = start
            self.finish = finish
            self.workingDays = workingDays
            self.totalFloat = totalFloat
            self.freeFloat = freeFloat
            self.critical = critical
            self.roles = roles
            self.leveledDelay = leveledDelay
            self.delayedBy = delayedBy
            self.delayedByRoles = delayedByRoles
        }

        func json(tracked: Bool) -> JSONValue {
            .object([
                ("id", .string(id)), ("name", .string(name)), ("phase", .optional(phase)),
                ("summary", .bool(summary)), ("milestone", .bool(milestone)),
                ("start", .string(start.description)), ("finish", .string(finish.description)),
                ("workingDays", .int(workingDays)), ("totalFloat", .int(totalFloat)),
                ("freeFloat", .int(freeFloat)), ("critical", .bool(critical)),
                ("roles", .array(roles.map { .string($0) })), ("leveledDelay", .int(leveledDelay)),
                ("delayedBy", .optional(delayedBy)),
                ("delayedByRoles", .array(delayedByRoles.map { .object([("role", .string($0.role)), ("days", .int($0.days))]) })),
                ("person", .array(person.map { .string($0) })),
            ] + (tracked ? progressMembers : []) + (plan.map { [("plan", .string($0))] } ?? []))
        }

        static let csvHeader = ["id", "name", "summary", "phase", "milestone", "roles", "start", "finish", "workingDays",
                                "totalFloat", "freeFloat", "critical", "leveledDelay", "delayedBy", "delayedByRoles", "person"]

        func csvCells(tracked: Bool) -> [String] {
            [id, name, String(summary), phase ?? "", String(milestone), roles.joined(separator: " "), start.description,
             finish.description, String(workingDays), String(totalFloat), String(freeFloat), String(critical),
             String(leveledDelay), delayedBy ?? "", delayedByRoles.map { "\($0.role):\($0.days)" }.joined(separator: " "),
             person.joined(separator: " ")]
                + (tracked ? progressCells : [])
        }
    }

    public var plan: String
    public var start: CivilDate
    public var finish: CivilDate
    public var leveled: Bool
    public var records: [Record]
    public var criticalPath: [String]
    public var criticalPaths: [[String]]
    public var busiestRoleDays: [RoleDay]
    public var diagnostics: [Diagnostic]
    /// Set when tracking is in force: the status date and the baseline compared with. Then
    /// every record carries the tracking columns (empty where a row has none).
    public var tracking: (asOf: CivilDate, baseline: String)? = nil
    /// The language of the diagnostics' `message`, `hint` and notes (the run's); their ids,
    /// the keys and every value stay as they are. English unless the command says.
    public var language: Language = .en

    public init(plan: String, start: CivilDate, finish: CivilDate, leveled: Bool, records: [Record], criticalPath: [String],
                criticalPaths: [[String]], busiestRoleDays: [RoleDay], diagnostics: [Diagnostic]) {
        self.plan = plan
        self.start = start
        self.finish = finish
        self.leveled = leveled
        self.records = records
        self.criticalPath = criticalPath
        self.criticalPaths = criticalPaths
        self.busiestRoleDays = busiestRoleDays
        self.diagnostics = diagnostics
    }

    /// CSV for Excel: the records only, phases as summary rows.
    public var csv: String {
        var writer = CSVWriter()
        let portfolio = records.contains { $0.plan != nil }
        writer.row(Record.csvHeader + (tracked ? Record.progressHeader : []) + (portfolio ? ["plan"] : []))
        for record in records { writer.row(record.csvCells(tracked: tracked) + (portfolio ? [record.plan ?? ""] : [])) }
        return writer.output
    }

    public var json: JSONValue {
        .object(members(tasks: .array(records.map { $0.json(tracked: tracked) })))
    }

    /// The same document as bytes, written record by record: at 100,000 tasks the tree of
    /// values `json` builds, walks and frees took about a fifth of the whole command.
    ///
    /// - Complexity: O(records), one record's values alive at a time.
    public var jsonBytes: [UInt8] {
        // About 300 bytes a record (the generated 100,000-task plan's): one allocation for the
        // whole document. Reserved generously: pages never written are never touched, while a
        // buffer that runs out copies everything written so far.
        var writer = JSONWriter(capacity: 400 * records.count + 4096, rowsOnOneLine: true)
        writer.beginObject()
        for (key, value) in members(tasks: nil) {
            writer.member(key)
            if key == "tasks" {
                writer.beginArray()
                // By index: iterating would copy each record, every string retained and released.
                let (records, tracked) = (records, tracked)
                writer.writeElements(count: records.count) { records[$0].json(tracked: tracked) }
                writer.endArray()
            } else {
                writer.write(value)
            }
        }
        writer.endObject()
        return writer.finish()
    }

    /// The top-level members in contract order; `tasks` as given (a placeholder when `nil`).
    private func members(tasks: JSONValue?) -> [(String, JSONValue)] {
        [
            ("plan", .string(plan)), ("start", .string(start.description)), ("finish", .string(finish.description)),
            ("leveled", .bool(leveled)),
            ("tasks", tasks ?? .null),
            ("criticalPath", .array(criticalPath.map { .string($0) })),
            ("criticalPaths", .array(criticalPaths.map { chain in .array(chain.map { .string($0) }) })),
            ("busiestRoleDays", .array(busiestRoleDays.map { day in
                .object([("role", .string(day.role)), ("date", .string(day.date.description)),
                         ("load", .number(day.load)), ("capacity", .number(day.capacity))])
            })),
            ("diagnostics", .array(diagnostics.map { $0.json(in: language) })),
        ] + trackingMembers
    }
}
