import PlanModel

/// The mutable working state of one scheduling computation. `Scheduler` creates one, runs
/// the passes in order and turns the result into an immutable `Schedule`; nothing of this
/// state outlives the call.
final class SchedulingRun {
    let plan: Plan
    let options: SchedulerOptions
    let network: TaskNetwork
    let calendars: CalendarSet
    /// Working days each task lasts (0 for milestones).
    let lengths: [Int]
    /// Lower bound on each task's start from the plan start, its own and its phases'
    /// `notBefore`, as a point.
    let notBefore: [Int]
    /// Fixed starts as points.
    let fixedStart: [Int?]
    var diagnostics: [Diagnostic] = []

    // Node values (tasks, then phase summaries), as points.
    var earlyStart: [Int]
    var earlyEnd: [Int]
    var lateStart: [Int]
    var lateEnd: [Int]
    var freeEnd: [Int]
    var freeStart: [Int]
    /// Milestones driven by a predecessor's end sit at the end of that day.
    var endOfDayMilestone: [Bool]
    /// CPM early starts, kept to measure leveling delays.
    var unleveledStart: [Int] = []
    var leveledDelayRole: [Int?]
    /// The link that set each task's early start (for deadline explanations).
    var drivingLink: [Int?]
    var failed = false

    static let maximumHorizon = 100_000

    init(plan: Plan, options: SchedulerOptions) {
        self.plan = plan
        self.options = options
        network = TaskNetwork(plan: plan)
        lengths = plan.tasks.map { task in
            switch task.length {
            case .milestone: return 0
            case .duration(let duration): return max(1, Int(duration.days.rounded(.up)))
            // Effort is shared by every unit assigned; a part-day rounds up to a whole day.
            case .effort(let effort): return max(1, Int((effort.days / task.totalUnits - 1e-9).rounded(.up)))
            }
        }
        let origin = plan.start
        var lowest = [Int](repeating: 0, count: plan.tasks.count)
        for phase in plan.phases {
            guard let date = phase.notBefore else { continue }
            for task in phase.taskRange { lowest[task] = max(lowest[task], origin.distance(to: date)) }
        }
        for (index, task) in plan.tasks.enumerated() {
            if let date = task.notBefore { lowest[index] = max(lowest[index], origin.distance(to: date)) }
        }
        notBefore = lowest
        fixedStart = plan.tasks.map { $0.start.map { origin.distance(to: $0) } }
        // Far enough for any schedule: every task one after another, stretched by weekends,
        // holidays and days off, after the latest fixed date.
        let work = lengths.reduce(0, +)
        let latestFixed = (fixedStart.compactMap { $0 } + lowest + plan.tasks.compactMap { $0.deadline.map { origin.distance(to: $0) } }).max() ?? 0
        let offDays = plan.calendar.holidays.reduce(0) { $0 + $1.dayCount } + plan.roles.reduce(0) { $0 + $1.daysOff.reduce(0) { $0 + $1.dayCount } }
        // Capped so that a plan with absurd lengths costs bounded memory; a schedule that runs
        // past the cap (over 270 years) is reported, not computed.
        let horizon = min(max(latestFixed, 0) + work * 2 + offDays + 400, Self.maximumHorizon)
        calendars = CalendarSet(plan: plan, horizon: horizon)
        let nodes = network.nodeCount
        earlyStart = [Int](repeating: 0, count: nodes)
        earlyEnd = [Int](repeating: 0, count: nodes)
        lateStart = [Int](repeating: Int.max, count: nodes)
        lateEnd = [Int](repeating: Int.max, count: nodes)
        freeEnd = [Int](repeating: Int.max, count: nodes)
        freeStart = [Int](repeating: Int.max, count: nodes)
        endOfDayMilestone = [Bool](repeating: false, count: plan.tasks.count)
        leveledDelayRole = [Int?](repeating: nil, count: plan.tasks.count)
        drivingLink = [Int?](repeating: nil, count: plan.tasks.count)
    }

    func calendar(ofTask task: Int) -> DayCalendar {
        calendars.calendars[calendars.taskCalendar[task]]
    }

    func error(_ id: DiagnosticID, _ message: String, at location: SourceLocation?, hint: String? = nil,
               notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, id, message, at: location, hint: hint, notes: notes))
        failed = true
    }

    func warning(_ id: DiagnosticID, _ message: String, at location: SourceLocation?, hint: String? = nil,
                 notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, id, message, at: location, hint: hint, notes: notes))
    }

    func date(_ point: Int) -> CivilDate { plan.start.advanced(by: point) }

    func horizonExceeded(_ task: Int) {
        guard !failed else { return }
        error(.scheduleHorizon,
              "task '\(plan.tasks[task].id)' cannot be placed within \(calendars.team.horizon) days of the plan start",
              at: plan.tasks[task].location,
              hint: "check the calendar, the days off of its roles and the lengths before it")
    }
}
