import PlanModel
/// A cell of a workbook whose value cannot be read (a shared string that does not exist):
/// its row is rejected and the cell reported, never read as empty.
public struct UnreadableCell: Sendable, Equatable {
    /// Why a cell cannot be read, with what the message quotes (worded per language by the
    /// import issues' catalog).
    public enum Fault: Sendable, Equatable {
        /// `cell` (Sheet1!C7) points at shared string `index`, beyond the `available` ones.
        case missingSharedString(cell: String, index: String, available: Int)

        /// The one table of this fault's texts.
        public var text: Bilingual {
            switch self {
            case let .missingSharedString(cell, index, available):
                return Bilingual(zh: "\(cell)：共享字符串「\(index)」不存在（工作簿共有 \(available) 个）",
                                 en: "\(cell): shared string '\(index)' does not exist (the workbook has \(available))")
            }
        }

    }

    /// Sheet row number, 1-based.
    public var row: Int
    /// 1-based column.
    public var column: Int
    public var fault: Fault
    public var message: String { fault.text.en }
}
