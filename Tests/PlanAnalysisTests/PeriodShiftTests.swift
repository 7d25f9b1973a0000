import PlanAnalysis
import PlanModel
import Testing

/// `--shift`'s grammar and how windows map back a cycle or a year.
@Suite("Period shifts")
struct PeriodShiftTests {
    private func date(_ text: String) -> CivilDate {
        guard case .success(let date) = CivilDate.parse(text) else { return CivilDate(daysSinceEpoch: 0) }
        return date
    }

    private func range(_ first: String, _ last: String) -> DateRange { DateRange(first: date(first), last: date(last)) }

    @Test func theGrammar() throws {
        #expect(try PeriodShift.parse("1cycle").get() == PeriodShift(count: 1, unit: .cycle))
        #expect(try PeriodShift.parse("2 cycles").get() == PeriodShift(count: 2, unit: .cycle))
        #expect(try PeriodShift.parse("1Y").get() == PeriodShift(count: 1, unit: .year))
        #expect(try PeriodShift.parse("52w").get() == PeriodShift(count: 52, unit: .week))
        #expect(try PeriodShift.parse("3m").get().description == "3m")
        #expect(PeriodShift(count: 2, unit: .cycle).description == "2cycles")
        #expect(PeriodShift(count: 1, unit: .year).kind == .yearOnYear && PeriodShift(count: 1, unit: .cycle).kind == .periodOnPeriod)
    }

    @Test func typosAreRefusedWithTheClosestUnit() {
        #expect(PeriodShift.parse("1cyle") == .failure(.badUnit("1cyle", suggestion: "1cycle")))
        #expect(PeriodShift.parse("1yaer") == .failure(.badUnit("1yaer", suggestion: "1year")))
        #expect(PeriodShift.parse("cycle") == .failure(.noCount("cycle")))
        #expect(PeriodShift.parse("0y") == .failure(.badCount("0y")))
        #expect(PeriodShift.parse("1000d") == .failure(.badCount("1000d")))
        #expect(PeriodShift.parse("1fortnight") == .failure(.badUnit("1fortnight", suggestion: nil)))
        #expect(PeriodShiftError.badUnit("1cyle", suggestion: "1cycle").chinese.contains("1cycle"))
    }

    @Test func aMonthlyCycleWithItsReviewDaysIsOneMonth() {
        // plans/cycle.yaml: December with its review phase to 01-05.
        #expect(CycleLength(plan: range("2026-12-01", "2027-01-05")) == .months(1))
        #expect(CycleLength(plan: range("2027-01-01", "2027-03-31")) == .months(3))
        #expect(CycleLength(plan: range("2026-12-01", "2026-12-14")) == .days(14))
        #expect(CycleLength(plan: range("2026-12-03", "2027-01-02")) == .days(31))
    }

    @Test func windowsMoveBackWithoutReachingIntoTheWindowAfter() {
        let month = CycleLength.months(1)
        // The whole plan: November, cut before December starts.
        #expect(ComparisonPeriod.shifted(range("2026-12-01", "2027-01-05"), by: 1, unit: .cycle, cycle: month) == range("2026-11-01", "2026-11-30"))
        #expect(ComparisonPeriod.shifted(range("2026-12-01", "2027-01-05"), by: 2, unit: .cycle, cycle: month) == range("2026-10-01", "2026-10-31"))
        // A phase: the same days of the month before; a month's last day is the last day.
        #expect(ComparisonPeriod.shifted(range("2026-12-05", "2026-12-31"), by: 1, unit: .cycle, cycle: month) == range("2026-11-05", "2026-11-30"))
        // A year back: the same dates; 2028-02-29 is the end of February 2027.
        #expect(ComparisonPeriod.shifted(range("2026-12-01", "2027-01-05"), by: 1, unit: .year, cycle: month) == range("2025-12-01", "2026-01-05"))
        #expect(ComparisonPeriod.shifted(range("2028-02-01", "2028-02-29"), by: 1, unit: .year, cycle: month) == range("2027-02-01", "2027-02-28"))
        // 52 weeks keep the weekday.
        let back = ComparisonPeriod.shifted(range("2026-12-07", "2026-12-13"), by: 52, unit: .week, cycle: month)
        #expect(back?.first.weekday == date("2026-12-07").weekday)
        #expect(ComparisonPeriod.shifted(range("2026-12-01", "2026-12-14"), by: 1, unit: .cycle, cycle: .days(14)) == range("2026-11-17", "2026-11-30"))
    }

    @Test func anotherPlansWindowsAreMatchedByNode() {
        let period = ComparisonPeriod(kind: .yearOnYear, plan: "cny-2026", title: "2026 春节", windows: ["plan": range("2026-01-26", "2026-02-27"),
                                      "phase:warmup": range("2026-02-02", "2026-02-08")], offset: -344, cycle: .days(33))
        // The whole plan: last year's plan window, cut to the days measured so far.
        #expect(period.window(for: range("2027-01-11", "2027-01-20"), scheduled: range("2027-01-11", "2027-02-15"), node: "plan")
                == range("2026-01-26", "2026-02-04"))
        #expect(period.window(for: range("2027-01-18", "2027-01-24"), scheduled: range("2027-01-18", "2027-01-24"), node: "phase:warmup")
                == range("2026-02-02", "2026-02-08"))
        // A node last year's plan does not have: moved by the plans' offset.
        #expect(period.window(for: range("2027-01-11", "2027-01-12"), scheduled: range("2027-01-11", "2027-01-12"), node: "task:new")
                == range("2026-02-01", "2026-02-02"))
        #expect(period.label == "plan:cny-2026")
        // Last month's plan, review days included, stops where this one begins.
        let november = ComparisonPeriod(kind: .periodOnPeriod, plan: "cycle-2026-11", title: "11月", windows: ["plan": range("2026-11-01", "2026-12-06")],
                                        offset: -30, cycle: .months(1))
        #expect(november.window(for: range("2026-12-01", "2027-01-05"), scheduled: range("2026-12-01", "2027-01-05"), node: "plan")
                == range("2026-11-01", "2026-11-30"))
    }
}
