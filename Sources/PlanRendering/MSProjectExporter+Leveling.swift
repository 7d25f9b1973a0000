import PlanModel

extension MSProjectExporter {
    /// The task field that carries the plan's own id: Text1, named "cycleplan id" in the
    /// project's extended attributes, so tasks can be matched after a round trip through
    /// another tool (UIDs and WBS numbers change when rows are added or moved there).
    static let idFieldID = "188743731"

    /// The project-level definition of the id field (before `<Calendars>`, as MSPDI orders it).
    func extendedAttributeDefinitions() -> String {
        "  <ExtendedAttributes>\n    <ExtendedAttribute>\n" + field("FieldID", Self.idFieldID, 6) + field("FieldName", "Text1", 6)
            + field("Alias", "cycleplan id", 6) + "    </ExtendedAttribute>\n  </ExtendedAttributes>\n"
    }

    /// A row's plan id as the value of the id field.
    func idAttribute(_ row: GanttChart.Row) -> String {
        "      <ExtendedAttribute>\n" + field("FieldID", Self.idFieldID, 8) + field("Value", row.id, 8) + "      </ExtendedAttribute>\n"
    }

    /// The working days leveling held a task back by itself, as MS Project's leveling delay:
    /// measured, like MS Project's, from the earliest start its predecessors allow, so it is
    /// the roles' share (`delayedByRoles`) and not the row's `leveledDelay`, which also counts
    /// what predecessors passed on (MS Project adds that by itself through the links).
    /// Written in tenths of minutes of 8-hour days, format 7 (working days), so re-planning
    /// in MS Project keeps the leveled dates; nothing when the task was not held back.
    func levelingFields(_ row: GanttChart.Row) -> String {
        let days = row.delayedByRoles.reduce(0) { $0 + max(0, $1.days) }
        guard row.kind == .task, days > 0 else { return "" }
        return field("LevelingDelay", String(days * 4800), 6) + field("LevelingDelayFormat", "7", 6)
    }
}
