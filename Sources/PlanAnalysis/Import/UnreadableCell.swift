/// A cell of a workbook whose value cannot be read (a shared string that does not exist):
/// its row is rejected and the cell reported, never read as empty.
public struct UnreadableCell: Sendable, Equatable {
    /// Sheet row number, 1-based.
    public var row: Int
    /// 1-based column.
    public var column: Int
    public var message: String
}
