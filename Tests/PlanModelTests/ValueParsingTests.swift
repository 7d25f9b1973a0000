import Testing
@testable import PlanModel

@Suite("Value parsing")
struct ValueParsingTests {
    @Test func civilDatesRoundTripAndKnowTheirWeekday() throws {
        let date = try #require(CivilDate("2026-10-01"))
        #expect(date.description == "2026-10-01")
        #expect(date.weekday == .thu)
        #expect(CivilDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2026-9-1") == nil)
        #expect(CivilDate.parse("2026-02-30") == .failure(.noSuchDay(year: 2026, month: 2, day: 30)))
        #expect(CivilDate.parse("2026/09/01") == .failure(.notISO))
        // Every day of four centuries round-trips, leap rules included.
        var day = try #require(CivilDate("1900-01-01"))
        let end = try #require(CivilDate("2300-12-31"))
        while day <= end {
            let (y, m, d) = day.components
            #expect(CivilDate(year: y, month: m, day: d) == day)
            day = day.advanced(by: 1)
        }
    }

    /// `description` writes years 0–9999 byte by byte; held to the padded interpolation it
    /// replaced (still used outside that range) on every 13th day of ten thousand years and
    /// on the range's ends.
    @Test func datesAreWrittenAsTheyWereInterpolated() throws {
        let first = CivilDate(daysSinceEpoch: -719_528), last = try #require(CivilDate(year: 9999, month: 12, day: 31))
        #expect(first.components == (0, 1, 1))
        for date in [first, first.advanced(by: -1), last, last.advanced(by: 1), CivilDate(daysSinceEpoch: 0)]
            + stride(from: first.daysSinceEpoch, through: last.daysSinceEpoch, by: 13).map(CivilDate.init(daysSinceEpoch:)) {
            let (year, month, day) = date.components
            #expect(date.description == CivilDate.paddedDescription(year, month, day))
        }
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(last.description == "9999-12-31")
        #expect(last.advanced(by: 1).description == "10000-01-01")
    }

    @Test(arguments: [
        ("1200000", 1_200_000.0), ("1_200_000", 1_200_000), ("1,200,000", 1_200_000), ("3.5%", 0.035),
        ("120万", 1_200_000), ("1.2亿", 120_000_000), ("12k", 12_000), ("¥1,200.50", 1200.5), ("-5", -5), ("0.5", 0.5),
    ])
    func quantitiesParse(_ text: String, _ value: Double) {
        let parsed = Quantity.parse(text)
        #expect(parsed.map { abs($0 - value) < 1e-9 } == true, "\(text) → \(String(describing: parsed))")
    }

    @Test(arguments: ["", "abc", "1..2", "12..5%", "inf", "nan", "1e5", "0x10", "1__0", ",100", "1,2.3.4", "万", "5%%"])
    func nonQuantitiesAreRejected(_ text: String) {
        #expect(Quantity.parse(text) == nil)
    }

    @Test func durationsParseInWorkingDays() {
        #expect(WorkDuration.parse("3d")?.days == 3)
        #expect(WorkDuration.parse("0.5d")?.days == 0.5)
        #expect(WorkDuration.parse("2w")?.days == 10)
        #expect(WorkDuration.parse("4h")?.days == 0.5)
        #expect(WorkDuration.parse("3")?.days == 3)
        #expect(WorkDuration.parse("3天")?.days == 3)
        #expect(WorkDuration.parse("1周")?.days == 5)
        #expect(WorkDuration.parse("-2d") == nil)
        #expect(WorkDuration.parse("-2d", signed: true)?.days == -2)
        #expect(WorkDuration.parse("+1d", signed: true)?.days == 1)
        // Signed compact lags and their spelled-out forms read alike; a sign alone, or twice, is no lag.
        for (compact, spaced) in [("+2w", "+ 2 w"), ("-3d", "- 3 d"), ("-0d", "- 0d"), ("+4h", "+ 4 h")] {
            #expect(WorkDuration.parse(compact, signed: true) == WorkDuration.parse(spaced, signed: true), "\(compact)")
        }
        #expect(WorkDuration.parse("+2w", signed: true)?.days == 10)
        for bad in ["+", "+d", "++1d", "+-1d", "1d+"] { #expect(WorkDuration.parse(bad, signed: true) == nil, "\(bad)") }
        for bad in ["3x", "d", "", "1.2.3d", "3 d d", "inf"] { #expect(WorkDuration.parse(bad) == nil, "\(bad)") }
    }

    @Test func identifiers() {
        #expect(Identifier.isValidNodeID("d-day"))
        #expect(Identifier.isValidNodeID("_x1"))
        #expect(!Identifier.isValidNodeID("1x"))
        #expect(!Identifier.isValidNodeID("海报"))
        #expect(!Identifier.isValidNodeID("a b"))
        #expect(Identifier.isValidMetricID("tr_new"))
        #expect(!Identifier.isValidMetricID("tr-new"))
    }

    @Test func suggestionsFindLikelyTypos() {
        #expect(Suggestion.closest(to: "duraton", in: ["duration", "effort"]) == "duration")
        #expect(Suggestion.closest(to: "postres", in: ["posters", "copy"]) == "posters")
        #expect(Suggestion.closest(to: "xyz", in: ["duration", "effort"]) == nil)
        #expect(Suggestion.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    }

    @Test func stagesAcceptChineseNames() {
        #expect(Stage(name: "拉新") == .acquisition)
        #expect(Stage(name: "Revenue") == .revenue)
        #expect(Stage(name: "拉心") == nil)
    }

    @Test func weekdaysAcceptSeveralSpellings() {
        #expect(Weekday(name: "sat") == .sat)
        #expect(Weekday(name: "Sunday") == .sun)
        #expect(Weekday(name: "周六") == .sat)
        #expect(Weekday(name: "星期日") == .sun)
        #expect(Weekday(name: "周天") == .sun)
        #expect(Weekday(name: "sonday") == nil)
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("海报设计") == 8)
        #expect(DisplayWidth.of("A海，") == 5)
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func valuesFormatAsDeclared() {
        #expect(ValueFormatter.format(0.035, as: .percent) == "3.5%")
        #expect(ValueFormatter.format(1_200_000, as: .currency, unit: "CNY") == "¥1,200,000")
        #expect(ValueFormatter.format(20000, as: .integer, unit: "人") == "20,000 人")
        #expect(ValueFormatter.format(-1234.5, as: nil) == "-1,234.5")
    }
}
