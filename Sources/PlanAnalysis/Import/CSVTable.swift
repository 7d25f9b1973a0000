/// A table read from a CSV export: the header and the records, each with its record number
/// (1 is the header) so problems can be reported as `file:row:column`.
///
/// The records are kept as cells of one byte buffer (`TableCells`); `rows` makes Strings
/// of them when asked, which an import never does.
public struct CSVTable: Sendable {
    public var header: [String]
    public var delimiter: Character
    public var encoding: TextDecoding.Encoding
    /// Every record, the header being record 0 unless `headerAt` found it lower.
    var cells: TableCells
    /// The index of the first data record (after titles and the header's rows).
    var dataStart = 1
    /// How many rows the header spans.
    public internal(set) var headerRows = 1

    /// The records after the header, as Strings.
    ///
    /// - Complexity: O(size of the table) to get; setting replaces the cells.
    public var rows: [[String]] {
        get { cells.records(from: dataStart) }
        set {
            cells = TableCells(rows: [header] + newValue)
            dataStart = 1
        }
    }

    /// The records from the top, for finding the header.
    public func topRecords(_ count: Int = HeaderDetector.searchedRows) -> [[String]] {
        (0..<min(count, cells.recordCount)).map { cells.record($0) }
    }

    /// The table with its header found by `HeaderDetector`: titles above it skipped, a
    /// grouped header joined. `nil` when no top row names a date column.
    public func withHeader(_ options: HeaderDetector.Options) -> CSVTable? {
        guard let found = HeaderDetector.detect(topRecords(), options: options) else { return nil }
        var table = self
        table.header = found.names
        table.dataStart = found.dataStart
        table.headerRows = found.rows
        return table
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
        case empty
        // import accounting (#10)
        /// A quote that is never closed, where it opened: record and cell (1-based), and line.
        case unclosedQuote(record: Int, column: Int, line: Int)
        /// UTF-8 up to a byte that is not, in a file that is not wholly another encoding either.
        case mixedEncoding(offset: Int, line: Int, byte: UInt8, likely: String)

        /// The English text, for logs and tests; people read `text` (CSVTable.Failure+Text.swift).
        public var description: String { text.en }
    }

    /// Decodes, sniffs the delimiter and reads every record.
    ///
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], delimiter: Character? = nil) throws(Failure) -> CSVTable {
        let decoded = TextDecoding.decode(bytes)
        // Only a file that is not UTF-8 is checked for a change of encoding (a second scan).
        if decoded?.encoding != .utf8, let mixed = TextDecoding.mixedEncoding(bytes) {
            throw .mixedEncoding(offset: mixed.offset, line: mixed.line, byte: mixed.byte, likely: mixed.likely)
        }
        guard let (text, encoding) = decoded else { throw .undecodable }
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
            case let .unclosedQuote(record, column, line): throw .unclosedQuote(record: record, column: column, line: line)
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
