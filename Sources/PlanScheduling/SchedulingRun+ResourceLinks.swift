import PlanModel

/// Resource links: after leveling, task B that starts the moment task A releases a role B
/// needs, when that role has no room on B's first day for A to run one day longer, depends on
/// A as surely as through a link — A slipping a day pushes B. The backward pass and the
/// critical chains follow these links as FS links without lag, so floats after leveling are
/// resource-aware (the usual resource-constrained float; re-leveling after a slip could
/// reorder tasks, which no float can foresee).
extension SchedulingRun {
    /// - Complexity: O(assignments · log assignments + roles × days of the schedule).
    func computeResourceLinks() {
        let assignments = self.assignments
        let loads = roleLoads()
        // Every (role, working days of the role before the task's end) as one sorted key, so
        // the tasks that release a role at a given moment are one binary search away.
        var endings: [(key: Int64, task: Int32)] = []
        for task in plan.tasks.indices where lengths[task] > 0 {
            for assignment in assignments[task] {
                let calendar = calendars.calendars[calendars.roleCalendar[assignment.role]]
                endings.append((Int64(assignment.role) << 32 | Int64(calendar.workingDays(before: earlyEnd[task])), Int32(task)))
            }
        }
        endings.sort { ($0.key, $0.task) < ($1.key, $1.task) }
        var links: [(from: Int, to: Int)] = []
        for successor in plan.tasks.indices where lengths[successor] > 0 {
            let first = earlyStart[successor]
            let linksBefore = links.count
            for assignment in assignments[successor] {
                let role = assignment.role
                let calendar = calendars.calendars[calendars.roleCalendar[role]]
                let key = Int64(role) << 32 | Int64(calendar.workingDays(before: first))
                var low = 0, high = endings.count
                while low < high {
                    let middle = (low + high) / 2
                    if endings[middle].key < key { low = middle + 1 } else { high = middle }
                }
                let left = capacity(ofRole: role, on: first) - (first < loads[role].count ? loads[role][first] : 0)
                while low < endings.count, endings[low].key == key {
                    let predecessor = Int(endings[low].task)
                    low += 1
                    guard predecessor != successor,
                          let units = assignments[predecessor].first(where: { $0.role == role })?.units,
                          left + 1e-9 < units,
                          !links[linksBefore...].contains(where: { $0.from == predecessor }) else { continue }
                    links.append((predecessor, successor))
                }
            }
        }
        resourceLinks = links
    }
}
