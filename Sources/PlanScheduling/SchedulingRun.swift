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
    /// The part of its last day each task works (1 for whole days): `0.5d` books half of its
    /// units on its one day, `1.5d` all of them on the first and half on the second, so two
    /// half-day tasks of one person share a day. Dates and links stay whole days.
    let lastDayShare: [Double]
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
    /// For fixed tasks, the latest start and the free-float bound they would have if they
    /// could move: their own floats. (Their predecessors are measured against the fixed date.)
    var fixedLateStart: [Int: Int] = [:]
    var fixedFreeStart: [Int: Int] = [:]
    /// Milestones driven by a predecessor's end sit at the end of that day.
    var endOfDayMilestone: [Bool]
    /// CPM early starts, kept to measure leveling delays.
    var unleveledStart: [Int] = []
    /// Leveling: the start the links alone allowed each task, before waiting for its roles.
    var linkedStart: [Int] = []
    /// Leveling: working days each role held each task back, in the order they were met.
    var roleDelays: [[(role: Int, days: Int)]] = []
    /// Leveling: the last role and day that kept each task from starting earlier.
    var lastBlock: [(role: Int, day: Int)?] = []
    /// After leveling: FS links from a task to the tasks that take over a role it releases at
    /// full capacity, for resource-aware floats and critical chains.
    var resourceLinks: [(from: Int, to: Int)] = []
    /// The people (capacity rows) and units each task was given, for roles that list people.
    var assignedPeople: [[(row: Int, units: Double)]] = []
    /// Leveling: the rule of the pass that was kept (`nil` without leveling).
    var levelingRule: LevelingRule?
    /// Per task, per assignment, the capacity row of the person it names, read once.
    lazy var namedRows: [[Int?]] = namedPersonRows()
    /// Who worked for which role when, built on first need by the explanations.
    var occupancy: RoleOccupancy?
    /// Role index and units for each task's assignments, read once.
    lazy var assignments: [[(role: Int, units: Double)]] = {
        var roleIndex: [String: Int] = [:]
        for (index, role) in plan.roles.enumerated() { roleIndex[role.id] = index }
        var out: [[(role: Int, units: Double)]] = []
        out.reserveCapacity(plan.tasks.count)
        // By index: iterating the tasks would copy each one, every field retained.
        for task in plan.tasks.indices {
            out.append(plan.tasks[task].assignments.compactMap { a in roleIndex[a.role].map { ($0, a.units) } })
        }
        return out
    }()
    /// Each task's explicit priority, read once for the leveling passes' heap.
    lazy var priorities: [Int] = plan.tasks.indices.map { plan.tasks[$0].priority }
    /// Whether each task has an assignment to a role that lists people (`usesPeople`), read
    /// once for the leveling passes.
    lazy var peopleTasks: [Bool] = plan.tasks.indices.map { usesPeople($0) }
    /// Load per role and day on the final dates, once they are final (see `roleLoads`).
    var finalLoads: [[Double]]?
    /// The link that set each task's early start (for deadline explanations).
    var drivingLink: [Int?]
    var failed = false
    /// Where the last placement that found no room was looking from, for its diagnostic.
    var failurePoint = 0
    /// Set when placement ran out of calendar before `ScheduleHorizon.maximumDays`: the
    /// scheduler then tries once more with the longest calendar before reporting it.
    var horizonShort = false

    /// The run's fixed facts as they are, for `init(copying:)`; the node values start empty.
    init(plan: Plan, options: SchedulerOptions, network: TaskNetwork, calendars: CalendarSet, lengths: [Int],
         lastDayShare: [Double], notBefore: [Int], fixedStart: [Int?]) {
        (self.plan, self.options, self.network, self.calendars) = (plan, options, network, calendars)
        (self.lengths, self.lastDayShare, self.notBefore, self.fixedStart) = (lengths, lastDayShare, notBefore, fixedStart)
        (earlyStart, earlyEnd, lateStart, lateEnd, freeEnd, freeStart) = ([], [], [], [], [], [])
        (endOfDayMilestone, drivingLink) = ([], [])
    }

    /// - Parameter horizon: days the calendars cover; by default sized by `ScheduleHorizon`.
    init(plan: Plan, options: SchedulerOptions, horizon: Int? = nil) {
        self.plan = plan
        self.options = options
        network = TaskNetwork(plan: plan)
        lengths = Scheduler.workingLengths(of: plan)
        lastDayShare = plan.tasks.indices.map { index in
            let exact: Double
            switch plan.tasks[index].length {
            case .milestone: return 1
            case .duration(let duration): if duration.calendarDays { return 1 }; exact = duration.days
            case .effort(let effort): exact = effort.days / plan.tasks[index].totalUnits
            }
            // The same rounding as the length: a whisker over a whole day is that whole day.
            let whole = max(1, (exact - 1e-9).rounded(.up))
            let share = exact - (whole - 1)
            return share > 1e-9 && share < 1 - 1e-9 ? share : 1
        }
        let origin = plan.start
        var lowest = [Int](repeating: 0, count: plan.tasks.count)
        for phase in plan.phases.indices {
            guard let date = plan.phases[phase].notBefore else { continue }
            for task in plan.phases[phase].taskRange { lowest[task] = max(lowest[task], origin.distance(to: date)) }
        }
        for index in plan.tasks.indices {
            if let date = plan.tasks[index].notBefore { lowest[index] = max(lowest[index], origin.distance(to: date)) }
        }
        notBefore = lowest
        fixedStart = plan.tasks.indices.map { plan.tasks[$0].start.map { origin.distance(to: $0) } }
        let teamDays = CalendarSet.teamDays(plan: plan, count: horizon ?? ScheduleHorizon.maximumDays)
        let earliest = (fixedStart.compactMap { $0 } + lowest + plan.phases.compactMap { $0.notBefore.map { origin.distance(to: $0) } }).max() ?? 0
        // Plans with several calendars are sized on the days all of them work (the sparsest).
        let days = horizon ?? ScheduleHorizon.days(plan: plan, lengths: lengths, earliest: earliest,
                                                   teamDays: plan.hasPhaseCalendars ? CalendarSet.commonDays(plan: plan, count: teamDays.count) : teamDays)
        calendars = CalendarSet(plan: plan, horizon: days, teamDays: teamDays)
        let nodes = network.nodeCount
        earlyStart = [Int](repeating: 0, count: nodes)
        earlyEnd = [Int](repeating: 0, count: nodes)
        lateStart = [Int](repeating: Int.max, count: nodes)
        lateEnd = [Int](repeating: Int.max, count: nodes)
        freeEnd = [Int](repeating: Int.max, count: nodes)
        freeStart = [Int](repeating: Int.max, count: nodes)
        endOfDayMilestone = [Bool](repeating: false, count: plan.tasks.count)
        drivingLink = [Int?](repeating: nil, count: plan.tasks.count)
    }

    func calendar(ofTask task: Int) -> DayCalendar {
        calendars.calendars[calendars.taskCalendar[task]]
    }

    /// The days task `task` may start on (`CalendarSet.startCalendar`).
    func startCalendar(ofTask task: Int) -> DayCalendar {
        calendars.calendars[calendars.startCalendar[task]]
    }

    /// The start calendar when it is not the task's own (a continuous calendar-day task), else `nil`.
    func distinctStartCalendar(ofTask task: Int) -> DayCalendar? {
        calendars.startCalendar[task] == calendars.taskCalendar[task] ? nil : startCalendar(ofTask: task)
    }

    /// Calls `body` with each day task `task` books its roles when it starts at point `start`,
    /// and the share of its units it books that day (`lastDayShare` on its last day, else 1):
    /// its `lengths[task]` working days, or, for a calendar-day task, the days of its span
    /// on which its roles work.
    func forEachBookedDay(of task: Int, from start: Int, _ body: (_ day: Int, _ share: Double) -> Void) {
        let calendar = calendar(ofTask: task)
        var index = calendar.workingDays(before: start)
        let booking = calendars.taskCalendar[task] == calendars.bookingCalendar[task]
            ? nil : calendars.calendars[calendars.bookingCalendar[task]]
        for offset in 0..<lengths[task] {
            guard let day = calendar.day(ofWorkingDay: index) else { return }
            if booking?.isWorking(day) ?? true { body(day, offset == lengths[task] - 1 ? lastDayShare[task] : 1) }
            index += 1
        }
    }

    func error(_ id: DiagnosticID, _ message: Bilingual, at location: SourceLocation?, hint: Bilingual? = nil,
               notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, id, message, at: location, hint: hint, notes: notes))
        failed = true
    }

    func warning(_ id: DiagnosticID, _ message: Bilingual, at location: SourceLocation?, hint: Bilingual? = nil,
                 notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, id, message, at: location, hint: hint, notes: notes))
    }

    func date(_ point: Int) -> CivilDate { plan.start.advanced(by: point) }

    /// The id of a node for messages: a task's id, or "phase 'id'".
    func name(ofNode node: Int) -> Bilingual {
        if node < plan.tasks.count { return Bilingual(verbatim: "'\(plan.tasks[node].id)'") }
        let id = plan.phases[node - plan.tasks.count].id
        return Bilingual(zh: "阶段 '\(id)'", en: "phase '\(id)'")
    }
}
