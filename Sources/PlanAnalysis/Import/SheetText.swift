/// The UTF-8 text of a sheet's cells in one buffer: the shared strings first, then each
/// cell's own value. Cells are ranges into it, and so are the cells of the table the import
/// reads (`TableCells`), which takes the buffer over without a copy.
struct SheetText {
    var bytes: [UInt8] = []

    /// Appends `string`, returning its range.
    mutating func append(_ string: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: string.utf8)
        return start..<bytes.count
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
