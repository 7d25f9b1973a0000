/// Rows read from an export, whatever the file format: the header and the records, each
/// record numbered as in the file (1 being the header) for reporting problems.
public protocol ActualsTable: Sendable {
    var header: [String] { get }
    var rows: [[String]] { get }
    /// The file's record number of the header (rows follow it); of its last row when it spans two.
    var headerRecord: Int { get }
    /// How many rows the header spans (2 for a grouped header).
    var headerRows: Int { get }
    /// The first rows after the header, as Strings, to tell numbers from text.
    func sample(_ count: Int) -> [[String]]
}

extension ActualsTable {
    public var headerRows: Int { 1 }
    public func sample(_ count: Int) -> [[String]] { Array(rows.prefix(count)) }
}

extension CSVTable: ActualsTable {
    /// The record number of the header's last row (titles and a grouped header above the data).
    public var headerRecord: Int { dataStart }

    /// Only the records asked for become Strings.
    public func sample(_ count: Int) -> [[String]] {
        (dataStart..<min(cells.recordCount, dataStart + count)).map { cells.record($0) }
    }
}
