import Testing
@testable import PlanModel

@Suite("Text table")
struct TextTableTests {
    /// `lines` measures each cell once and trims with a byte test first; held here to the rule
    /// it replaced, written out again: pad each cell but the last to its column's width plus
    /// the separator, drop trailing " " Characters, one line per row.
    @Test func linesAreTheRowsAsTheyWereRendered() {
        func reference(_ rawRows: [[String]], separator: String = "  ") -> String {
            let rows = rawRows.map { $0.map { $0.printableLine() } }
            guard let columns = rows.map(\.count).max() else { return "" }
            var widths = [Int](repeating: 0, count: columns)
            for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) } }
            var out = ""
            for row in rows {
                var line = ""
                for (index, cell) in row.enumerated() {
                    line += cell
                    if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell)) + separator }
                }
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
            }
            return out
        }
        let tables: [[[String]]] = [
            [],
            [["名称", "负责", "状态"], ["海报设计", "", ""], ["a", "设计、内容运营", "进行中"], ["", "", ""]],
            [["ends in spaces   ", "x"], ["tab\there", "制表\t"], ["\u{1B}[31mred", "é\u{301}"], ["only"]],
            // U+0600 prepends to the space after it: one Character that is not " ", so it stays.
            [["\u{600} ", ""], ["x", "\u{600} "], ["◆ 里程碑", "🧧 红包"]],
        ]
        for table in tables {
            #expect(TextTable.render(table) == reference(table), "\(table)")
            #expect(TextTable.render(table, separator: " | ") == reference(table, separator: " | "), "\(table)")
            #expect(TextTable.lines(table).map { $0 + "\n" }.joined() == reference(table))
        }
    }

    /// Printable ASCII is passed through without decoding scalars; held to the scalar rule on
    /// every ASCII byte, alone and among others.
    @Test func printableASCIIIsLeftAsItIs() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let scalar = Unicode.Scalar(byte)
            let text = "a" + String(Character(scalar)) + "1"
            let line = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : $0.isUnprintable ? "\u{FFFD}" : $0 }))
            #expect(text.printableLine() == line, "byte \(byte)")
            let lines = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isUnprintable && $0 != "\t" && $0 != "\n" ? "\u{FFFD}" : $0 }))
            #expect(text.printable() == lines, "byte \(byte)")
        }
    }
}
