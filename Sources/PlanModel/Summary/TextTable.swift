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
        guard let columns = rawRows.map(\.count).max() else { return [] }
        // Every row's printable cells and their widths, row after row in two flat arrays: an
        // array of cells and one of widths per row were 200,000 allocations in a status table.
        var cells: [String] = [], cellWidths: [Int] = []
        cells.reserveCapacity(rawRows.count * columns)
        cellWidths.reserveCapacity(rawRows.count * columns)
        var widths = [Int](repeating: 0, count: columns)
        for row in rawRows {
            for (index, raw) in row.enumerated() {
                let cell = raw.printableLine()
                let width = DisplayWidth.of(cell)
                cells.append(cell)
                cellWidths.append(width)
                widths[index] = max(widths[index], width)
            }
        }
        var lines: [String] = []
        lines.reserveCapacity(rawRows.count)
        let separatorBytes = separator.utf8.count
        var first = 0
        for row in rawRows {
            let count = row.count
            defer { first += count }
            // The line's bytes, so that it is allocated once instead of growing cell by cell.
            var bytes = 0
            for index in 0..<count {
                bytes += cells[first + index].utf8.count
                if index < count - 1 { bytes += widths[index] - cellWidths[first + index] + separatorBytes }
            }
            var line = ""
            line.reserveCapacity(bytes)
            for index in 0..<count {
                line += cells[first + index]
                if index < count - 1 {
                    // A String of spaces, not `repeatElement` Characters: appended one Character
                    // at a time, the padding was two fifths of a 100,000-row status table.
                    line += String(repeating: " ", count: widths[index] - cellWidths[first + index])
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
