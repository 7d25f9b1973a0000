import PlanModel
import PlanScheduling
import Testing

/// How far the calendars reach: sized from the real density of working days and the lags,
/// so long lags and sparse calendars schedule, and a plan that cannot be placed says why and
/// where. The plan starts Monday 2026-09-07.
@Suite("Schedule horizon")
struct HorizonTests {
    @Test func aLongLagSchedules() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d}
              - {id: b, name: B, duration: 1d, after: "a +300d"}
              - {id: c, name: C, duration: 1d, after: "a SS +250d"}
            """))
        #expect(!s.diagnostics.hasErrors, "\(s.diagnostics)")
        // 300 working days after Monday 09-07's end: 60 weeks, then the next day.
        #expect(dates(s.task("b")) == "2027-11-02..2027-11-02")
    }

    @Test func aOneDayWeekSchedulesALongTask() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 100d}
            """, calendar: "calendar: {weekends: [tue, wed, thu, fri, sat, sun]}"))
        #expect(!s.diagnostics.hasErrors, "\(s.diagnostics)")
        #expect(s.task("a")?.workingDays == 100)
        // The 100th Monday from 2026-09-07.
        #expect(s.task("a")?.finish == CivilDate("2026-09-07")?.advanced(by: 99 * 7))
    }

    @Test func aLongHolidayIsSkippedWhole() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 3d}
            """, calendar: "calendar: {holidays: [\"2026-09-01..2031-12-31\"]}"))
        #expect(dates(s.task("a")) == "2032-01-01..2032-01-05")
    }

    @Test func aHolidayToTheEndOfTimePointsAtTheHoliday() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 3d}
            """, calendar: "calendar: {holidays: [\"2026-09-01..2999-12-31\"]}"))
        let error = try #require(s.diagnostics.first)
        #expect(s.diagnostics.map(\.id) == [.scheduleHorizon])
        #expect(error.message.hasPrefix("task 'a' has no working days from 2026-09-07"))
        #expect(error.message.contains("holiday 2026-09-01..2999-12-31"))
        #expect(error.location?.line == 10)
        #expect(error.notes.first?.location?.line == 5)
    }

    @Test func daysOffToTheEndOfTimePointAtTheRole() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 3d}
              - {id: m, name: M, milestone: true, after: a}
            """, roles: "design: {name: 设计, headcount: 1, daysOff: [\"2026-01-01..2999-12-31\"]}"))
        let error = try #require(s.diagnostics.first)
        #expect(s.diagnostics.map(\.id) == [.scheduleHorizon])
        #expect(error.message.contains("role 'design' is off from 2026-09-07 on"))
        #expect(error.notes.map { $0.location?.line } == [7])
        #expect(error.notes.first?.message == "role 'design' is off 2026-01-01..2999-12-31")
    }

    /// The loader refuses a week of weekends; a plan built in code can still have one.
    private func everyDayOff(_ body: String, workdays: [String] = []) throws -> Schedule {
        let result = PlanLoader().load(bytes: Array(plan(body).utf8), path: "test.yaml")
        var built = try #require(result.plan)
        built.calendar.weekends = Set(Weekday.allCases)
        built.calendar.workdays = workdays.compactMap { CivilDate($0) }.map { DateRange(first: $0, last: $0) }
        return Scheduler().schedule(built)
    }

    @Test func weekendsOnEveryDayAreNoWorkingDays() throws {
        let s = try everyDayOff("tasks:\n  - {id: a, name: A, duration: 3d}")
        let error = try #require(s.diagnostics.first)
        #expect(error.id == .scheduleHorizon)
        #expect(error.message.contains("no working days"))
        #expect(error.message.contains("weekends are all seven weekdays"))
    }

    @Test func makeUpDaysAloneAreWorked() throws {
        let s = try everyDayOff("tasks:\n  - {id: a, name: A, duration: 2d}", workdays: ["2026-09-20", "2026-10-10"])
        #expect(dates(s.task("a")) == "2026-09-20..2026-10-10")
    }
}
