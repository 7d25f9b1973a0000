import PlanModel

extension Portfolio {
    /// The schedule's CSV/JSON contract for the combined plan, each row naming the plan
    /// (its title) it belongs to; the plans' own groups are the top-level summary rows.
    public func document(_ schedule: Schedule) -> ScheduleDocument {
        var document = schedule.document(plan: plan)
        let titles = planTitles()
        for index in document.records.indices { document.records[index].plan = titles[document.records[index].id] }
        return document
    }
}
