/// Left-aligned columns for terminal output, padded by display width so Chinese text lines up.
/// Every cell is made printable on one line (`printableLine()`): a name with an escape
/// sequence, a NUL or a line break cannot reach the terminal or cut a row.
public enum TextTable {
    public static func render(_ rawRows: [[String]], separator: String = "  ") -> String {
        var out = ""
        for line in lines(rawRows, separator: separator) {
            out += line
            out += "\n"
        }
        return out
    }

    /// The rendered rows, one line each, without line breaks: what `render` joins. Each cell is
    /// measured once (a 100,000-row status table measured every cell twice).
    ///
    /// - Complexity: O(characters).
    public static func lines(_ rawRows: [[String]], separator: String = "  ") -> [String] {
        let rows = rawRows.map { $0.map { $0.printableLine() } }
        guard let columns = rows.map(\.count).max() else { return [] }
        let cellWidths = rows.map { $0.map { DisplayWidth.of($0) } }
        var widths = [Int](repeating: 0, count: columns)
        for row in cellWidths {
            for (index, width) in row.enumerated() { widths[index] = max(widths[index], width) }
        }
        var lines: [String] = []
        lines.reserveCapacity(rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line.append(contentsOf: repeatElement(" " as Character, count: widths[index] - cellWidths[rowIndex][index]))
                    line += separator
                }
            }
            // A last Character " " ends in the byte 0x20; the byte test spares most lines the
            // Character comparison.
            while line.utf8.last == 0x20, line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines
    }
}
