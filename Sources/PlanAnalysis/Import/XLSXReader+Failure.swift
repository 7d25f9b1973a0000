extension XLSXReader {
    /// Why a workbook gives no table. Each message names the place: the archive entry and
    /// byte, the XML line and column, or the sheet and cell (`日报!C7`).
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAWorkbook(String)
        case noSuchSheet(String, available: [String])
        case noHeader
        /// A damaged archive, entry, XML part or sheet structure.
        case damaged(String)
        /// Beyond one of `XLSXLimits`.
        case tooLarge(String)

        /// Sheet names listed when `--sheet` names none of them; the rest are counted.
        static let listedSheets = 20

        public var description: String {
            switch self {
            case .notAWorkbook(let why): return "not an Excel workbook (.xlsx): \(why)"
            case let .noSuchSheet(name, available):
                var listed = available.prefix(Self.listedSheets).joined(separator: ", ")
                if available.count > Self.listedSheets { listed += ", … and \(available.count - Self.listedSheets) more" }
                return "no sheet named '\(name)' (sheets: \(listed))"
            case .noHeader: return "no header row with a date column (日期, date, 统计日期…) in the first 20 rows"
            case .damaged(let why): return "the workbook is damaged: \(why)"
            case .tooLarge(let why): return "the workbook is too large to read: \(why)"
            }
        }
    }
}
