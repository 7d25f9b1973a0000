/// Which tasks work for each role on which days, from the final dates: answers "who held
/// role R on day d" for explanations, without a table of every role-day.
struct RoleOccupancy {
    /// Per role, its tasks' working spans `(start, end, task)` sorted by start.
    private let spans: [[(start: Int, end: Int, task: Int)]]

    /// - Complexity: O(assignments · log assignments).
    init(roleCount: Int, assignments: [[(role: Int, units: Double)]], starts: [Int], ends: [Int], lengths: [Int]) {
        var spans = [[(start: Int, end: Int, task: Int)]](repeating: [], count: roleCount)
        for task in assignments.indices where lengths[task] > 0 {
            for assignment in assignments[task] { spans[assignment.role].append((starts[task], ends[task], task)) }
        }
        self.spans = spans.map { $0.sorted { ($0.start, $0.task) < ($1.start, $1.task) } }
    }

    /// The task other than `excluded` using `role` over `day` that ends last (then the first
    /// in plan order). Spans include days off inside them, which is fine for "who held it".
    ///
    /// - Complexity: O(log n + spans starting before `day` that are scanned back over); the
    ///   scan stops after a bounded number of spans that ended earlier.
    func holder(of role: Int, on day: Int, excluding excluded: Int) -> Int? {
        let list = spans[role]
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].start <= day { low = middle + 1 } else { high = middle }
        }
        var best: (end: Int, task: Int)?
        var misses = 0
        var index = low - 1
        while index >= 0, misses < 256 {
            let span = list[index]
            if span.task != excluded, span.end > day {
                if best.map({ span.end > $0.end || (span.end == $0.end && span.task < $0.task) }) ?? true { best = (span.end, span.task) }
            } else {
                misses += 1
            }
            index -= 1
        }
        return best?.task
    }
}
