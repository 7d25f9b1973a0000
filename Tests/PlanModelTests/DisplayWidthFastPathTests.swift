import Testing
@testable import PlanModel

/// `DisplayWidth.of` answers Latin text and CJK ideographs without the Unicode property
/// lookup; this checks those shortcuts against the full rule, scalar by scalar.
@Suite("DisplayWidth fast paths")
struct DisplayWidthFastPathTests {
    /// The rule without shortcuts: zero for combining marks and joiners, two for East Asian
    /// wide characters (the ranges the fast path claims are wide are checked to be so).
    private func fullRule(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark || value == 0x200B || value == 0x200D
            || (0xFE00...0xFE0F).contains(value) {
            return 0
        }
        // UAX #11 for what the shortcuts cover: Latin and Latin-1 are narrow, the CJK Unified
        // Ideographs block is wide.
        if (0x4E00...0x9FFF).contains(value) { return 2 }
        return value < 0x300 ? 1 : DisplayWidth.of(scalar)
    }

    @Test func latinAndIdeographsMatchTheFullRule() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)..<0x300 { if let scalar = Unicode.Scalar(value), DisplayWidth.of(scalar) != fullRule(scalar) { mismatches.append(value) } }
        for value in UInt32(0x4E00)...0x9FFF { if let scalar = Unicode.Scalar(value), DisplayWidth.of(scalar) != fullRule(scalar) { mismatches.append(value) } }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Combining marks just above the shortcut still take no cell.
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("海报设计 2027-01-06") == 8 + 11)
    }
}
