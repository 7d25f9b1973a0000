import PlanModel

extension Schedule {
    /// The CSV and JSON contract of this schedule: tasks in plan order, each phase as a
    /// summary row just before its first task.
    public func document(plan: Plan) -> ScheduleDocument {
        var records: [ScheduleDocument.Record] = []
        records.reserveCapacity(tasks.count + phases.count)
        forEachRow(plan: plan) { row in
            records.append(Self.record(row))
        }
        return ScheduleDocument(plan: planID, start: start, finish: finish, leveled: leveled, records: records,
                                criticalPath: criticalPath, criticalPaths: criticalPaths, busiestRoleDays: busiestRoleDays,
                                diagnostics: diagnostics)
    }

    /// One row of the contract.
    private static func record(_ row: ScheduleRow) -> ScheduleDocument.Record {
        switch row {
        case let .phase(phase, _, totalFloat, roles):
            return .init(id: phase.id, name: phase.name, phase: phase.parent, summary: true, milestone: false,
                         start: phase.start, finish: phase.finish, workingDays: phase.workingDays, totalFloat: totalFloat,
                         freeFloat: totalFloat, critical: phase.critical, roles: roles, leveledDelay: 0, delayedBy: nil,
                         delayedByRoles: [])
        case let .task(task, _):
            return .init(id: task.id, name: task.name, phase: task.phase, summary: false, milestone: task.milestone,
                         start: task.start, finish: task.finish, workingDays: task.workingDays, totalFloat: task.totalFloat,
                         freeFloat: task.freeFloat, critical: task.critical, roles: task.roles, leveledDelay: task.leveledDelay,
                         delayedBy: task.delayedBy, delayedByRoles: task.delayedByRoles, person: task.people)
        }
    }

    /// The documented JSON contract (docs/commands.md): plan, start, finish, tasks (phases as
    /// summary rows), criticalPath, criticalPaths, busiestRoleDays, diagnostics.
    public func json(plan: Plan) -> JSONValue { document(plan: plan).json }

    /// The same as bytes, written row by row (see `ScheduleDocument.jsonBytes`).
    public func jsonBytes(plan: Plan) -> [UInt8] { document(plan: plan).jsonBytes }

    /// CSV for Excel with the same columns as the table, phases included as summary rows.
    public func csv(plan: Plan) -> String { document(plan: plan).csv }
}
