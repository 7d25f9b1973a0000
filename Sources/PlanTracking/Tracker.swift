import Foundation
import PlanModel
import PlanScheduling

/// Puts a plan, a baseline and a status together into a `TrackedSchedule`.
///
/// ```swift
/// let outcome = Tracker().track(plan: plan, baseline: store.baselines.first, status: status)
/// ```
public struct Tracker: Sendable {
    public var options: SchedulerOptions
    /// Schedule the plan as planned and the forecast at once when the forecast does not need
    /// the first (see `track`); off, one after the other. The result is the same either way.
    public var schedulesAtOnce = true
    /// Plans from this many tasks build their tracked rows on two cores (tests lower it).
    var parallelRowsFrom = TrackingRun.parallelRowsFrom

    public init(options: SchedulerOptions = SchedulerOptions()) {
        self.options = options
    }

    /// The tracked schedule, or the diagnostics that prevent one (the plan or the forecast
    /// cannot be scheduled).
    public struct Outcome: Sendable {
        public var tracked: TrackedSchedule?
        public var diagnostics: [Diagnostic]
        /// The forecast was scheduled beside the plan as planned and kept (for tests).
        var forecastRanAlongside = false

        public init(tracked: TrackedSchedule?, diagnostics: [Diagnostic]) {
            self.tracked = tracked
            self.diagnostics = diagnostics
        }
    }

    /// The calendar never reaches further than this from its first day.
    static let maximumCalendarDays = 200_000

    /// The plan as planned, scheduled on another core from now on, for `track(…planned:)`:
    /// it needs neither the status nor the baseline, so `status` starts it as soon as the plan
    /// is loaded and reads the status file meanwhile. One core, as when `track` schedules it
    /// beside the forecast (the same dates either way).
    public func schedulingAhead(_ plan: Plan) -> Prefetched<Schedule> {
        let scheduler = Scheduler(options: oneCore)
        return Prefetched { scheduler.schedule(plan) }
    }

    /// The options with leveling passes kept on the calling thread: a pass on a third thread
    /// would only wait for a core while the other schedule runs.
    private var oneCore: SchedulerOptions {
        var options = self.options
        options.parallelLevelingFrom = .max
        return options
    }

    /// - Parameters:
    ///   - revision: the plan's content hash now, to compare with the baseline's.
    ///   - ahead: the plan as planned, already being scheduled (`schedulingAhead`); by
    ///     default scheduled here.
    /// - Complexity: two schedules of the plan (at once on two cores when the forecast does not
    ///   need the first), plus O(tasks + links + working days) for the figures.
    public func track(plan: Plan, baseline chosen: Baseline?, status: StatusFile, revision: String? = nil,
                      planned ahead: Prefetched<Schedule>? = nil) -> Outcome {
        let asOf = status.asOf
        let statusDates = status.tasks.flatMap { [$0.started, $0.done, $0.reached].compactMap { $0 } }
        func window(_ dates: [CivilDate], baseline: Baseline) -> WorkingCalendar {
            let origin = ([plan.start, baseline.start, asOf] + statusDates).min() ?? plan.start
            let latest = dates.max() ?? asOf
            // Room after the latest date for a forecast that runs late (IEAC(t) can double the plan).
            let reach = min(2 * origin.distance(to: latest) + 800, Self.maximumCalendarDays)
            return WorkingCalendar(plan: plan, from: origin, through: origin.advanced(by: reach))
        }
        var statusByID: [String: TaskStatus] = [:]
        for entry in status.tasks { statusByID[entry.id] = entry }
        let lengths = Scheduler.workingLengths(of: plan)
        func resolved(plannedStarts: [CivilDate]?, calendar: WorkingCalendar) -> [TaskProgress] {
            var progress: [TaskProgress] = []
            progress.reserveCapacity(plan.tasks.count)
            for index in plan.tasks.indices {
                progress.append(TaskProgress.resolve(statusByID[plan.tasks[index].id], task: plan.tasks[index], index: index,
                                                     plannedLength: lengths[index], plannedStart: plannedStarts?[index] ?? asOf,
                                                     asOf: asOf, calendar: calendar))
            }
            return progress
        }
        let rescheduler = Rescheduler(options: options), scheduler = Scheduler(options: options)

        // With a saved baseline, the forecast needs the plan as planned only for the starts of
        // work reported without `started` and for how far the calendar reaches. When neither
        // applies, the two schedules run at once; the forecast is kept only when the planned
        // finish proves the calendar it used the right one, so the result is the same.
        var forecastAhead: (Schedule, [TaskProgress])?
        let planned: Schedule
        if schedulesAtOnce, let chosen, !plan.tasks.indices.contains(where: { TaskProgress.needsPlannedStart(statusByID[plan.tasks[$0].id], task: plan.tasks[$0]) }) {
            let guess = window([asOf, chosen.finish], baseline: chosen)
            let guessed = resolved(plannedStarts: nil, calendar: guess)
            // Each on one core: the plan as planned already on the other (`ahead`), or beside
            // the forecast now.
            let oneForecast = Rescheduler(options: oneCore)
            let onePlanned = ahead ?? schedulingAhead(plan)
            let forecast = oneForecast.reschedule(plan, progress: guessed, asOf: asOf, calendar: guess)
            planned = onePlanned.value
            if planned.finish <= max(asOf, chosen.finish) { forecastAhead = (forecast, guessed) }
        } else {
            planned = ahead?.value ?? scheduler.schedule(plan)
        }
        guard !planned.diagnostics.hasErrors, planned.tasks.count == plan.tasks.count else {
            return Outcome(tracked: nil, diagnostics: planned.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        let baseline: Baseline
        if let chosen {
            baseline = chosen
        } else {
            baseline = Baseline.capture(name: "当前计划", plan: plan, schedule: planned, savedAt: "", revision: revision ?? "")
            diagnostics.append(Diagnostic(.warning, .noBaseline,
                                          Bilingual(zh: "计划 '\(plan.title.isEmpty ? plan.id : plan.title)' 没有保存基线；与当前排期的计划本身比较",
                                                    en: "no baseline is saved for '\(plan.id)'; comparing with the plan as it is scheduled now"),
                                          at: plan.location,
                                          hint: Bilingual(zh: "计划定稿时保存一个：cycleplan baseline save PLAN --name 初版",
                                                          en: "save one when the plan is agreed: cycleplan baseline save PLAN --name 初版")))
        }
        let forecast: Schedule, progress: [TaskProgress]
        if let forecastAhead {
            (forecast, progress) = forecastAhead
        } else {
            let calendar = window([asOf, planned.finish, baseline.finish], baseline: baseline)
            progress = resolved(plannedStarts: planned.tasks.map(\.start), calendar: calendar)
            forecast = rescheduler.reschedule(plan, progress: progress, asOf: asOf, calendar: calendar)
        }
        diagnostics += forecast.diagnostics.map(Self.reworded)
        guard !forecast.diagnostics.hasErrors, forecast.tasks.count == plan.tasks.count else {
            return Outcome(tracked: nil, diagnostics: diagnostics)
        }
        let calendar = window([asOf, forecast.finish, baseline.finish, planned.finish], baseline: baseline)
        let run = TrackingRun(plan: plan, baseline: baseline, progress: progress, forecast: forecast, asOf: asOf, calendar: calendar)
        let tasks = run.trackTasks(parallelFrom: parallelRowsFrom)
        let phases = run.rollUpPhases(tasks)
        let finish = tasks.map(\.finish).max() ?? forecast.finish
        let earnedValue = run.earnedValue()
        let calculator = EarnedScheduleCalculator(baseline: baseline, calendar: calendar)
        let tracked = TrackedSchedule(
            planID: plan.id, title: plan.title, asOf: asOf, baseline: baseline, baselineSaved: chosen != nil, revision: revision,
            status: status, forecast: forecast, tasks: tasks, phases: phases, finish: finish,
            finishSlip: run.slip(from: baseline.finish, to: finish),
            earned: calculator.figures(earnedValue: earnedValue, asOf: asOf),
            sCurve: run.sCurve(planned: calculator.plannedCurve()), diagnostics: diagnostics)
        var outcome = Outcome(tracked: tracked, diagnostics: diagnostics)
        outcome.forecastRanAlongside = forecastAhead != nil
        return outcome
    }

    /// The forecast pins work in progress as fixed tasks; a warning about fixed tasks over-
    /// booking a role is then about work in progress, and says so.
    static func reworded(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.id == .fixedOverallocation else { return diagnostic }
        var reworded = diagnostic
        reworded.text = Bilingual(zh: diagnostic.text.zh.replacingOccurrences(of: "固定任务", with: "进行中的任务")
                                      .replacingOccurrences(of: "fixed tasks", with: "tasks in progress"),
                                  en: diagnostic.text.en.replacingOccurrences(of: "fixed tasks", with: "tasks in progress"))
        reworded.hintText = Bilingual(
            zh: "进行中的任务从进度日期的次日起仍占用其角色：其中一个要等待，或者该角色需要增加人手",
            en: "work in progress holds its roles from the day after the status date: one of them will wait, or the role needs more people")
        reworded.notes = diagnostic.notes.map { note in
            Diagnostic.Note(Bilingual(zh: note.text.zh.replacingOccurrences(of: " 固定在 ", with: " 继续于 ")
                                          .replacingOccurrences(of: " is fixed on ", with: " continues on "),
                                      en: note.text.en.replacingOccurrences(of: " is fixed on ", with: " continues on ")),
                            at: note.location)
        }
        return reworded
    }
}
