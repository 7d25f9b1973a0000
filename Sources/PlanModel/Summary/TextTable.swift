/// Left-aligned columns for terminal output, padded by display width so Chinese text lines up.
/// Every cell is made printable on one line (`printableLine()`): a name with an escape
/// sequence, a NUL or a line break cannot reach the terminal or cut a row.
public enum TextTable {
    public static func render(_ rawRows: [[String]], separator: String = "  ") -> String {
        let rows = rawRows.map { $0.map { $0.printableLine() } }
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell)) + separator
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
