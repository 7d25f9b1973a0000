import PlanModel
import Foundation

extension SparseSheet {
    /// The rows among the first `count` of the sheet that hold cells, merged ranges spread,
    /// as Strings up to the last column the sheet uses: where the header is looked for.
    ///
    /// - Complexity: O(count × (columns used + merged ranges)).
    func topRows(_ count: Int) throws(XLSXReader.Failure) -> [(row: Int, cells: [String])] {
        var result: [(row: Int, cells: [String])] = []
        for index in 0..<lowerBound(count) {
            let row = rowNumbers[index]
            let cells = try denseRow(index, width: lastColumn + 1, merges: merges.filter { $0.top <= row && row <= $0.bottom })
            let used = (cells.lastIndex { !$0.isEmpty } ?? -1) + 1
            result.append((row, cells[..<used].map(text.string)))
        }
        return result
    }

    /// The table below the header at sheet row `headerRow` (zero-based): each data row's
    /// cells across the header's width, merged ranges spread over the cells they cover.
    ///
    /// Nothing is laid out before its size is known: the cells of the table are counted
    /// first and refused past `limits.tableBudget`, so a few cells far apart, or merged
    /// ranges reaching XFD1048576, cost what the table holds and no more.
    ///
    /// - Complexity: O(table cells + merged ranges × log + rows × merges active on them).
    func table(headerRow: Int, sheet name: String, limits: XLSXLimits) throws(XLSXReader.Failure) -> SheetTable {
        let headerIndex = rowIndex(headerRow)
        var headerCells: [Range<Int>] = []
        if let headerIndex {
            headerCells = try denseRow(headerIndex, width: lastColumn + 1, merges: merges.filter { $0.top <= headerRow && headerRow <= $0.bottom })
        }
        let width = (headerCells.lastIndex { !$0.isEmpty } ?? -1) + 1
        let header = headerCells[..<width].map { text.string($0).trimmingCharacters(in: .whitespaces) }
        if let bad = unreadable.first(where: { $0.row == headerRow && $0.column < width }) {
            throw .damaged(Bilingual(zh: "表头无法读取：\(bad.cell.text.zh)", en: "the header cannot be read: \(bad.cell.text.en)"))
        }

        // Merged ranges that reach into the table and have a text to spread, by top row.
        let spread = merges.compactMap { range -> (range: CellRange, text: Range<Int>)? in
            guard range.left < width, range.bottom > headerRow, let anchor = text(at: range.anchor), !anchor.isEmpty else { return nil }
            return (range, anchor)
        }.sorted { $0.range.top < $1.range.top }
        var rejected: [Int: [Unreadable]] = [:]
        for cell in unreadable where cell.row > headerRow && cell.column < width { rejected[cell.row, default: []].append(cell) }
        var rows = Array(rowNumbers[lowerBound(headerRow + 1)...])
        if !rejected.isEmpty { rows = Array(Set(rows).union(rejected.keys)).sorted() }

        // Every row is as wide as the header (a sheet leaves trailing empty cells out, which
        // is not a short row): the table's size is known before it is laid out.
        let budget = limits.tableBudget(storedCells: cellCount)
        let kept = rows.count - rows.filter { rejected[$0] != nil }.count
        let widths = [Int](repeating: width, count: kept)
        let (total, overflow) = kept.multipliedReportingOverflow(by: width)
        guard !overflow, total <= budget else {
            throw .tooLarge(Bilingual(zh: "工作表 \(name) 会构成超过 \(budget) 个单元格的表（\(rows.count) 行、最多 \(width) 列，来自表上的 \(cellCount) 个单元格）",
                                     en: "sheet \(name) would make a table of more than \(budget) cells (\(rows.count) rows up to \(width) columns, from \(cellCount) cells on the sheet)"))
        }

        // Lay the cells out, each a range of the sheet's text.
        var bounds = headerCells[..<width].flatMap { [$0.lowerBound, $0.upperBound] }
        bounds.reserveCapacity(2 * (total + width))
        var recordStarts = [0, width]
        recordStarts.reserveCapacity(rows.count + 2)
        var rowNumbers: [Int] = []
        rowNumbers.reserveCapacity(widths.count)
        var unreadableCells: [UnreadableCell] = []
        var sweep = MergeSweep(ranges: spread.map(\.range), budget: budget)
        var next = 0
        var coveredOn = [Int](repeating: -1, count: width)
        for row in rows {
            if let cells = rejected[row] {
                unreadableCells += cells.map { UnreadableCell(row: $0.row + 1, column: $0.column + 1, fault: $0.cell) }
                continue
            }
            let rowWidth = widths[next]
            next += 1
            let start = bounds.count
            bounds.append(contentsOf: repeatElement(0, count: 2 * rowWidth))
            if let index = rowIndex(row) {
                for cell in cells(ofRow: index) where column(cell) < rowWidth {
                    bounds[start + 2 * column(cell)] = range(cell).lowerBound
                    bounds[start + 2 * column(cell) + 1] = range(cell).upperBound
                }
            }
            for merge in try sweep.active(at: row) {
                let (range, anchor) = spread[merge]
                for column in range.left..<min(range.right + 1, rowWidth) {
                    // Each cell is covered by one range at most, so a row costs its width.
                    guard coveredOn[column] != row else { throw Self.overlap(range, at: CellReference(row: row, column: column)) }
                    coveredOn[column] = row
                    if bounds[start + 2 * column] == bounds[start + 2 * column + 1] {
                        bounds[start + 2 * column] = anchor.lowerBound
                        bounds[start + 2 * column + 1] = anchor.upperBound
                    }
                }
            }
            recordStarts.append(bounds.count / 2)
            rowNumbers.append(row + 1)
        }
        return SheetTable(header: header, headerRecord: headerRow + 1, sheet: name,
                          cells: TableCells(bytes: text.bytes, bounds: bounds, recordStarts: recordStarts),
                          rowNumbers: rowNumbers, unreadable: unreadableCells)
    }

    /// A stored row's cells up to `width`, as text ranges (empty where the sheet has none),
    /// with `merges` (those covering the row) spread from their first cell.
    ///
    /// - Complexity: O(width + merges): ranges that overlap are refused at the first cell
    ///   they share, so no cell is visited twice.
    private func denseRow(_ index: Int, width: Int, merges: [CellRange]) throws(XLSXReader.Failure) -> [Range<Int>] {
        var result = [Range<Int>](repeating: 0..<0, count: 0)
        func put(_ column: Int, _ range: Range<Int>) {
            if result.count <= column { result.append(contentsOf: repeatElement(0..<0, count: column + 1 - result.count)) }
            result[column] = range
        }
        for cell in cells(ofRow: index) where column(cell) < width { put(column(cell), range(cell)) }
        var covered = Set<Int>()
        for merge in merges where merge.left < width {
            let anchor = text(at: merge.anchor)
            for column in merge.left...min(merge.right, width - 1) {
                guard covered.insert(column).inserted else {
                    throw Self.overlap(merge, at: CellReference(row: rowNumbers[index], column: column))
                }
                if let anchor, column >= result.count || result[column].isEmpty { put(column, anchor) }
            }
        }
        return result
    }

    private static func overlap(_ range: CellRange, at place: CellReference) -> XLSXReader.Failure {
        let corners = "\(range.anchor):\(CellReference(row: range.bottom, column: range.right))"
        return .damaged(Bilingual(zh: "合并区域 \(corners) 在 \(place) 与另一个重叠；Excel 的合并区域从不重叠", en: "merged range \(corners) overlaps another at \(place); Excel's merged ranges never overlap"))
    }
}
