import PlanModel

extension Schedule {
    /// The documented JSON contract (docs/commands.md): plan, start, finish, tasks (phases as
    /// summary rows), criticalPath, criticalPaths, busiestRoleDays, diagnostics. Keys in this
    /// order; new keys are only ever added after the ones tools already read.
    public func json(plan: Plan) -> JSONValue {
        .object(members(tasks: .array(rows(plan: plan).map(Self.json))))
    }

    /// The same document as bytes, written row by row: at 100,000 tasks the tree of values
    /// `json(plan:)` builds, walks and frees took about a fifth of the whole command.
    ///
    /// - Complexity: O(rows), one row's values alive at a time.
    public func jsonBytes(plan: Plan) -> [UInt8] {
        let rows = rows(plan: plan)
        // About 480 bytes a row: one allocation for the whole document.
        var writer = JSONWriter(capacity: 480 * rows.count + 4096)
        writer.beginObject()
        for (key, value) in members(tasks: nil) {
            writer.member(key)
            if key == "tasks" {
                writer.beginArray()
                for row in rows { writer.write(Self.json(row)) }
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
            ("plan", .string(planID)), ("start", .string(start.description)), ("finish", .string(finish.description)),
            ("leveled", .bool(leveled)),
            ("tasks", tasks ?? .null),
            ("criticalPath", .array(criticalPath.map { .string($0) })),
            ("criticalPaths", .array(criticalPaths.map { chain in .array(chain.map { .string($0) }) })),
            ("busiestRoleDays", .array(busiestRoleDays.map { day in
                .object([("role", .string(day.role)), ("date", .string(day.date.description)),
                         ("load", .number(day.load)), ("capacity", .number(day.capacity))])
            })),
            ("diagnostics", .array(diagnostics.map(\.json))),
        ]
    }

    private static func json(_ row: ScheduleRow) -> JSONValue {
        switch row {
        case let .phase(phase, _, totalFloat, roles):
            return .object([
                ("id", .string(phase.id)), ("name", .string(phase.name)), ("phase", .optional(phase.parent)),
                ("summary", .bool(true)), ("milestone", .bool(false)),
                ("start", .string(phase.start.description)), ("finish", .string(phase.finish.description)),
                ("workingDays", .int(phase.workingDays)), ("totalFloat", .int(totalFloat)),
                ("freeFloat", .int(totalFloat)), ("critical", .bool(phase.critical)),
                ("roles", .array(roles.map { .string($0) })), ("leveledDelay", .int(0)), ("delayedBy", .null),
                ("delayedByRoles", .array([])),
            ])
        case let .task(task, _):
            return .object([
                ("id", .string(task.id)), ("name", .string(task.name)), ("phase", .optional(task.phase)),
                ("summary", .bool(false)), ("milestone", .bool(task.milestone)),
                ("start", .string(task.start.description)), ("finish", .string(task.finish.description)),
                ("workingDays", .int(task.workingDays)), ("totalFloat", .int(task.totalFloat)),
                ("freeFloat", .int(task.freeFloat)), ("critical", .bool(task.critical)),
                ("roles", .array(task.roles.map { .string($0) })), ("leveledDelay", .int(task.leveledDelay)),
                ("delayedBy", .optional(task.delayedBy)),
                ("delayedByRoles", .array(task.delayedByRoles.map { share in
                    .object([("role", .string(share.role)), ("days", .int(share.days))])
                })),
            ])
        }
    }
}
