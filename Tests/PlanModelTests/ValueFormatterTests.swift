import PlanModel
import Testing

/// Issue #9 case 18: huge values printed as "1e,+28 人" (the exponent form cut into digit
/// groups) and "8.333333333333333e+25%"; non-finite ones as "inf".
@Suite("Value formatter at the extremes")
struct ValueFormatterTests {
    @Test func hugeValuesAreScientificWithoutBrokenGroups() {
        #expect(ValueFormatter.format(1e28, as: .integer, unit: "人") == "1×10²⁸ 人")
        #expect(ValueFormatter.format(1e28, as: nil, unit: "人") == "1×10²⁸ 人")
        #expect(ValueFormatter.format(8.333333333333333e23, as: .percent) == "8.33×10²⁵%")
        #expect(ValueFormatter.format(-1.2345e20, as: .currency, unit: "CNY") == "-¥1.23×10²⁰")
        #expect(ValueFormatter.format(9.996e17, as: nil) == "1×10¹⁸")
        #expect(ValueFormatter.format(1.5e300, as: .percent) == "1.5×10³⁰²%")
        #expect(ValueFormatter.change(8.333333333333333e23, as: .percent) == "+8.33×10²⁵ pt")
        #expect(ValueFormatter.grouped(1.7976931348623157e308, maxFraction: 0) == "1.8×10³⁰⁸")
    }

    @Test func digitsAreGroupedUpTo10To15() {
        #expect(ValueFormatter.format(999_999_999_999_999, as: .integer) == "999,999,999,999,999")
        #expect(ValueFormatter.format(1e15, as: .integer) == "1×10¹⁵")
        #expect(ValueFormatter.format(123_456_789_012.345, as: nil) == "123,456,789,012.35")
        #expect(ValueFormatter.trimmed(123_456_789_012_345.6, maxFraction: 6) == "123456789012345.6")
    }

    @Test func smallValuesAreNeverInExponentForm() {
        #expect(ValueFormatter.trimmed(0.00005, maxFraction: 6) == "0.00005")
        #expect(ValueFormatter.trimmed(1e-300, maxFraction: 4) == "0")
        #expect(ValueFormatter.format(0.000123, as: .percent) == "0.01%")
        #expect(ValueFormatter.format(-0.001, as: nil) == "0")
        #expect(ValueFormatter.trimmed(-2.5, maxFraction: 0) == "-3")
    }

    @Test("non-finite values show as a dash, never inf or nan", arguments: [Double.infinity, -Double.infinity, Double.nan])
    func nonFiniteValuesAreADash(_ value: Double) {
        for format: Metric.Format? in [nil, .percent, .currency, .integer, .number] {
            #expect(ValueFormatter.format(value, as: format) == "—")
            #expect(ValueFormatter.change(value, as: format) == "—")
        }
        #expect(ValueFormatter.grouped(value, maxFraction: 2) == "—")
        #expect(ValueFormatter.trimmed(value, maxFraction: 2) == "—")
    }

    /// `--numbers cn`: 万 from 10,000, 亿 from 10⁸, two decimals at most; rates and small
    /// numbers as before, and a change keeps its sign.
    @Test func chineseNumbersInWanAndYi() {
        #expect(ValueFormatter.format(2_670_000, as: .currency, numbers: .cn) == "¥267万")
        #expect(ValueFormatter.format(120_000_000, as: .integer, unit: "人", numbers: .cn) == "1.2亿 人")
        #expect(ValueFormatter.format(12_345, as: .number, numbers: .cn) == "1.23万")
        #expect(ValueFormatter.format(9_999, as: .integer, numbers: .cn) == "9,999")
        #expect(ValueFormatter.format(0.035, as: .percent, numbers: .cn) == "3.5%")
        #expect(ValueFormatter.change(-245_000, as: .currency, numbers: .cn) == "-¥24.5万")
        #expect(ValueFormatter.change(30_000, as: .number, numbers: .cn) == "+3万")
        #expect(ValueFormatter.change(-0.0038, as: .percent, numbers: .cn) == "-0.38 pt")
        #expect(ValueFormatter.format(2_670_000, as: .currency, numbers: .plain) == "¥2,670,000")
        #expect(ValueFormatter.format(.nan, as: .currency, numbers: .cn) == "—")
    }
}
