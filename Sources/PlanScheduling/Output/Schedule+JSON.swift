import PlanModel

extension Schedule {
    /// The documented JSON contract (docs/commands.md): plan, start, finish, tasks (phases as
    /// summary rows), criticalPath, criticalPaths, busiestRoleDays, diagnostics. Keys in this
    /// order; new keys are only ever added after the ones tools already read.
    public func json(plan: Plan) -> JSONValue {
        let rows = rows(plan: plan).map { row -> JSONValue in
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
        return .object([
            ("plan", .string(planID)), ("start", .string(start.description)), ("finish", .string(finish.description)),
            ("leveled", .bool(leveled)),
            ("tasks", .array(rows)),
            ("criticalPath", .array(criticalPath.map { .string($0) })),
            ("criticalPaths", .array(criticalPaths.map { chain in .array(chain.map { .string($0) }) })),
            ("busiestRoleDays", .array(busiestRoleDays.map { day in
                .object([("role", .string(day.role)), ("date", .string(day.date.description)),
                         ("load", .number(day.load)), ("capacity", .number(day.capacity))])
            })),
            ("diagnostics", .array(diagnostics.map(\.json))),
        ])
    }
}
