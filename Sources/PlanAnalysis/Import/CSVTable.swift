/// A table read from a CSV export: the header and the records, each with its record number
/// (1 is the header) so problems can be reported as `file:row:column`.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var delimiter: Character
    public var encoding: TextDecoding.Encoding

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
        var records: [[String]]
        do {
            records = try CSVScanner.records(text, delimiter: chosen.asciiValue ?? UInt8(ascii: ","))
        } catch {
            switch error {
            case .unclosedQuote(let record): throw .malformed("a quote opened in record \(record) is never closed")
            }
        }
        // Drop blank lines at the end, which spreadsheet exports often leave.
        while let last = records.last, last.allSatisfy({ $0.isEmpty }) { records.removeLast() }
        guard let header = records.first else { throw .empty }
        return CSVTable(header: header.map { String(Substring($0).trimmingCharacters()) }, rows: Array(records.dropFirst()),
                        delimiter: chosen, encoding: encoding)
    }
}
