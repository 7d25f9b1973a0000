/// Rows read from an export, whatever the file format: the header and the records, each
/// record numbered as in the file (1 being the header) for reporting problems.
public protocol ActualsTable: Sendable {
    var header: [String] { get }
    var rows: [[String]] { get }
    /// The file's record number of the header (rows follow it).
    var headerRecord: Int { get }
}

extension CSVTable: ActualsTable {
    public var headerRecord: Int { 1 }
}
