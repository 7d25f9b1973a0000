/// Finds the header of an export, the same way for CSV and workbooks: report titles above it
/// are skipped, and a grouped two-row header (as Excel pivot tables export it: 门店 over
/// 访客数 and 订单数) is joined into one name per column, "上级 / 下级".
///
/// The header is the first of the top rows that names the date column (the declared one, or
/// 日期/date/统计日期…). The row below it is a second header row when the source says
/// `header: 2`, or when it has no date and holds only text — a data row always has a date.
public enum HeaderDetector {
    /// How many rows from the top may hold titles before the header.
    public static let searchedRows = 20

    public struct Options: Sendable, Equatable {
        /// The declared date column's header, if any.
        public var dateColumn: String?
        /// Rows the header spans, if declared (1 or 2).
        public var headerRows: Int?

        public init(dateColumn: String? = nil, headerRows: Int? = nil) {
            self.dateColumn = dateColumn
            self.headerRows = headerRows
        }
    }

    public struct Header: Sendable, Equatable {
        /// Index of the header's first row among the rows given.
        public var index: Int
        /// 1 or 2.
        public var rows: Int
        /// One name per column, joined "上级 / 下级" for a grouped header.
        public var names: [String]

        /// Index of the first data row.
        public var dataStart: Int { index + rows }
    }

    /// The header among the first `searchedRows` rows, or `nil` when none names a date column.
    ///
    /// - Complexity: O(cells of the rows searched).
    public static func detect(_ top: [[String]], options: Options = Options()) -> Header? {
        let rows = top.prefix(searchedRows).map { $0.map(trim) }
        let isDateName: (String) -> Bool = { name in
            if let declared = options.dateColumn { return name == declared }
            return ActualsMapping.dateHeaders.contains(name)
        }
        for index in rows.indices {
            if options.headerRows == 2, index + 1 < rows.count {
                let names = join(rows[index], rows[index + 1])
                if names.contains(where: isDateName) { return Header(index: index, rows: 2, names: names) }
                continue
            }
            guard let dateIndex = rows[index].firstIndex(where: isDateName) else { continue }
            if options.headerRows != 1, index + 1 < rows.count, isSubheader(rows[index + 1], dateIndex: dateIndex, dateName: rows[index][dateIndex]) {
                return Header(index: index, rows: 2, names: join(rows[index], rows[index + 1]))
            }
            // 日期 in the lower row of a grouped header, the groups above it.
            if options.headerRows != 1, index > 0, hasRepeats(rows[index]), isGroupRow(rows[index - 1], over: rows[index]) {
                return Header(index: index - 1, rows: 2, names: join(rows[index - 1], rows[index]))
            }
            return Header(index: index, rows: 1, names: rows[index])
        }
        return nil
    }

    /// The first non-blank row, to name the columns when no header was found.
    public static func firstNonBlank(_ top: [[String]]) -> [String] {
        top.first { $0.contains { !trim($0).isEmpty } }?.map(trim) ?? []
    }

    /// Whether a date, or a dimension, cell says the row is a total: 合计, 总计, 小计.
    public static func isTotal(_ text: String) -> Bool {
        let trimmed = trim(text)
        return totalWords.contains { trimmed.hasPrefix($0) } && trimmed.count <= 8
    }

    static let totalWords = ["合计", "总计", "小计", "汇总", "总和", "Total", "total", "TOTAL", "Subtotal", "Grand Total"]

    /// The upper row's name carried right over the columns it spans (a merged cell exported
    /// as one text and blanks), joined with the lower one.
    static func join(_ upper: [String], _ lower: [String]) -> [String] {
        var names: [String] = [], carried = ""
        for column in 0..<max(upper.count, lower.count) {
            let top = column < upper.count ? upper[column] : ""
            let bottom = column < lower.count ? lower[column] : ""
            if !top.isEmpty { carried = top } else if bottom.isEmpty { carried = "" }
            let parent = top.isEmpty && !bottom.isEmpty ? carried : top
            if parent.isEmpty || parent == bottom { names.append(bottom.isEmpty ? parent : bottom) }
            else if bottom.isEmpty { names.append(parent) }
            else { names.append("\(parent) / \(bottom)") }
        }
        return names
    }

    /// A row under the header with no date and only text: the lower half of a grouped header.
    private static func isSubheader(_ row: [String], dateIndex: Int, dateName: String) -> Bool {
        // A merged 日期 cell spanning both rows repeats in the lower one.
        let dateCell = dateIndex < row.count ? row[dateIndex] : ""
        let filled = row.enumerated().filter { !$1.isEmpty && $0 != dateIndex }.map(\.element)
        guard dateCell.isEmpty || dateCell == dateName, filled.count >= 2 else { return false }
        return filled.allSatisfy { ActualsValue.number($0) == nil && ActualsValue.date($0) == nil && !isTotal($0) }
    }

    private static func hasRepeats(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        return Set(filled).count < filled.count
    }

    /// A row of text over some of the columns below, with no date: group names.
    private static func isGroupRow(_ row: [String], over lower: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { ActualsValue.number($0) == nil && ActualsValue.date($0) == nil }
    }

    static func trim(_ text: String) -> String {
        String(Substring(text).trimmingCharacters())
    }
}
