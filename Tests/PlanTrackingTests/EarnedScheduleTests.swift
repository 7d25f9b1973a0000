import PlanModel
import PlanTracking
import Testing

/// Earned-schedule figures for the `campaign` plan on Wed 2027-01-06, against the arithmetic
/// written out here and a day-by-day reimplementation that shares no code with the library.
@Suite("Earned schedule")
struct EarnedScheduleTests {
    // Baseline person-days per working day (x 2d, a 4d, b 3d, c 2d, e 2d; one person each):
    //   day  1 Mon 01-04: x 1 + a 1 = 2      cumulative  2
    //   day  2 Tue 01-05: x 1 + a 1 = 2                  4
    //   day  3 Wed 01-06: a 1       = 1                  5
    //   day  4 Thu 01-07: a 1       = 1                  6
    //   day  5 Fri 01-08: b 1 + c 1 = 2                  8
    //   day  6 Mon 01-11: b 1 + c 1 = 2                 10
    //   day  7 Tue 01-12: b 1       = 1                 11
    //   day  8 Wed 01-13: e 1       = 1                 12
    //   day  9 Thu 01-14: e 1       = 1                 13 = BAC, PD = 9
    // Status on Wed 01-06 (AT = 3): x done (2 × 100%), a at 60% (4 × 0.6 = 2.4): EV = 4.4.
    //   PV = cumulative(3) = 5; SV = 4.4 − 5 = −0.6; SPI = 4.4 / 5 = 0.88
    //   C = 2 (cumulative 4 ≤ 4.4 < 5); ES = 2 + (4.4 − 4) / (5 − 4) = 2.4
    //   SPI(t) = 2.4 / 3 = 0.8; SV(t) = 2.4 − 3 = −0.6; IEAC(t) = 9 / 0.8 = 11.25 working days
    //   → the 12th working day from Mon 01-04: Tue 2027-01-19.
    private let status = """
        asOf: 2027-01-06
        tasks:
          x: {started: 2027-01-04, done: 2027-01-06}
          a: {started: 2027-01-05, progress: 60%}
        """

    @Test func figuresMatchTheArithmetic() throws {
        let plan = try loadPlan(campaign)
        let tracked = try track(plan, baseline: baseline(of: plan), status: try loadStatus(status, plan: plan))
        let figures = tracked.earned
        #expect(figures.budget == 13)
        #expect(figures.plannedDuration == 9 && figures.actualTime == 3)
        #expect(figures.plannedValue == 5)
        #expect(abs(figures.earnedValue - 4.4) < 1e-9)
        #expect(abs(figures.scheduleVariance - -0.6) < 1e-9)
        #expect(abs((figures.schedulePerformance ?? 0) - 0.88) < 1e-9)
        #expect(abs(figures.earnedSchedule - 2.4) < 1e-9)
        #expect(abs((figures.timePerformance ?? 0) - 0.8) < 1e-9)
        #expect(abs(figures.timeVariance - -0.6) < 1e-9)
        #expect(abs((figures.estimatedDuration ?? 0) - 11.25) < 1e-9)
        #expect(figures.forecastFinish == date("2027-01-19"))
    }

    @Test func figuresMatchADayByDayReimplementation() throws {
        let plan = try loadPlan(campaign)
        let saved = baseline(of: plan)
        let tracked = try track(plan, baseline: saved, status: try loadStatus(status, plan: plan))
        // Independent: walk the calendar day by day (weekends off), spreading each baseline
        // task's work over its weekdays, and search ES by linear interpolation.
        func isWeekday(_ day: CivilDate) -> Bool { day.weekday != .sat && day.weekday != .sun }
        var days: [CivilDate] = []
        var day = saved.start
        while day <= saved.finish { if isWeekday(day) { days.append(day) }; day = day.advanced(by: 1) }
        var cumulative: [Double] = [0]
        for current in days {
            var planned = 0.0
            for entry in saved.entries where entry.kind == .task {
                let span = stride(from: entry.start, through: entry.finish, by: 1).filter(isWeekday)
                if span.contains(current) { planned += entry.work / Double(span.count) }
            }
            cumulative.append(cumulative.last! + planned)
        }
        let asOf = date("2027-01-06")
        let actualTime = days.filter { $0 <= asOf }.count
        let earnedValue = tracked.tasks.reduce(0.0) { total, task in
            total + (saved.entry(task.id).map { $0.kind == .task ? $0.work : 0 } ?? 0) * task.progress.percentComplete
        }
        var earnedSchedule = 0.0
        for period in 1..<cumulative.count {
            if cumulative[period] <= earnedValue { earnedSchedule = Double(period); continue }
            earnedSchedule += (earnedValue - cumulative[period - 1]) / (cumulative[period] - cumulative[period - 1])
            break
        }
        let figures = tracked.earned
        #expect(figures.plannedDuration == days.count)
        #expect(figures.actualTime == actualTime)
        #expect(abs(figures.plannedValue - cumulative[actualTime]) < 1e-9)
        #expect(abs(figures.earnedValue - earnedValue) < 1e-9)
        #expect(abs(figures.earnedSchedule - earnedSchedule) < 1e-9)
        #expect(abs((figures.timePerformance ?? 0) - earnedSchedule / Double(actualTime)) < 1e-9)
    }

    @Test func theSCurveEndsAtTheBudgetAndAtEarnedValueOnTheStatusDate() throws {
        let plan = try loadPlan(campaign)
        let tracked = try track(plan, baseline: baseline(of: plan), status: try loadStatus(status, plan: plan))
        let curve = tracked.sCurve
        #expect(curve.count == 9)
        #expect(curve.map(\.planned) == [2, 4, 5, 6, 8, 10, 11, 12, 13])
        #expect(curve[2].date == date("2027-01-06"))
        // Earned through Wed: x over Mon–Wed (2 ÷ 3 a day), a over Tue–Wed (2.4 ÷ 2 a day).
        #expect(abs((curve[2].earned ?? 0) - 4.4) < 1e-9)
        #expect(abs((curve[0].earned ?? 0) - 2.0 / 3) < 1e-9)
        #expect(curve[3].earned == nil)
    }

    @Test func aPlanAheadOfItsBaselineForecastsAnEarlierFinish() throws {
        let plan = try loadPlan(campaign)
        // By Tue 01-05 (PV 4), x and a are done (EV 6 = the plan through Thu): ES = 4.
        let ahead = try loadStatus("""
            asOf: 2027-01-05
            tasks:
              x: {started: 2027-01-04, done: 2027-01-05}
              a: {started: 2027-01-04, done: 2027-01-05}
            """, plan: plan)
        let figures = try track(plan, baseline: baseline(of: plan), status: ahead).earned
        #expect(figures.earnedValue == 6 && figures.plannedValue == 4)
        #expect(figures.earnedSchedule == 4 && figures.timePerformance == 2)
        // IEAC(t) = 9 ÷ 2 = 4.5 → the 5th working day, Fri 01-08.
        #expect(figures.forecastFinish == date("2027-01-08"))
    }
}
