/// A table read from a CSV export: the header and the records, each with its record number
/// (1 is the header) so problems can be reported as `file:row:column`.
///
/// The records are kept as cells of one byte buffer (`TableCells`); `rows` makes Strings
/// of them when asked, which an import never does.
public struct CSVTable: Sendable {
    public var header: [String]
    public var delimiter: Character
    public var encoding: TextDecoding.Encoding
    /// Every record, the header being record 0.
    var cells: TableCells

    /// The records after the header, as Strings.
    ///
    /// - Complexity: O(size of the table) to get; setting replaces the cells.
    public var rows: [[String]] {
        get { cells.records(from: 1) }
        set { cells = TableCells(rows: [header] + newValue) }
    }

    public init(header: [String], rows: [[String]], delimiter: Character = ",", encoding: TextDecoding.Encoding = .utf8) {
        self.header = header
        self.delimiter = delimiter
        self.encoding = encoding
        cells = TableCells(rows: [header] + rows)
    }

    init(header: [String], cells: TableCells, delimiter: Character, encoding: TextDecoding.Encoding) {
        self.header = header
        self.delimiter = delimiter
        self.encoding = encoding
        self.cells = cells
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case undecodable
        case malformed(String)
        case empty

        public var description: String {
            switch self {
            case .undecodable: return "the file is neither UTF-8, UTF-16 nor GB18030 text"
            case .malformed(let why): return "the CSV cannot be read: \(why)"
            case .empty: return "the file has no header row"
            }
        }
    }

    /// Decodes, sniffs the delimiter and reads every record.
    ///
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], delimiter: Character? = nil) throws(Failure) -> CSVTable {
        guard let (text, encoding) = TextDecoding.decode(bytes) else { throw .undecodable }
        let chosen = delimiter ?? DelimiterSniffer.sniff(text)
        // Valid UTF-8 is scanned as it came (less its byte-order mark), without a copy.
        let utf8: [UInt8]
        switch encoding {
        case .utf8: utf8 = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        default: utf8 = Array(text.utf8)
        }
        var cells: TableCells
        do {
            cells = try CSVScanner.cells(utf8, delimiter: chosen.asciiValue ?? UInt8(ascii: ","))
        } catch {
            switch error {
            case .unclosedQuote(let record): throw .malformed("a quote opened in record \(record) is never closed")
            }
        }
        // Drop blank lines at the end, which spreadsheet exports often leave.
        var kept = cells.recordCount
        while kept > 0, cells.isBlank(kept - 1) { kept -= 1 }
        cells.keepRecords(kept)
        guard kept > 0 else { throw .empty }
        let header = cells.record(0).map { String(Substring($0).trimmingCharacters()) }
        return CSVTable(header: header, cells: cells, delimiter: chosen, encoding: encoding)
    }
}
