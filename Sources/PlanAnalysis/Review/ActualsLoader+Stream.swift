import PlanModel

/// A large CSV export read chunk after chunk (`CSVChunks`): the first chunk gives the
/// header, the sample the columns are judged on and the delimiter, exactly as the whole file
/// would; then each chunk is imported and let go. What the review keeps grows with the
/// values kept, not with the file.
struct StreamedCSV {
    /// The first chunk as a table, its header found.
    var table: CSVTable
    var chunks: CSVChunks
    /// Blank records at the end of what was read so far.
    var trailingBlank = 0

    /// The stream of `path`, or `nil` when it is read whole: not a regular UTF-8 file larger
    /// than a chunk, or a first chunk too short to find the header and judge the columns in.
    /// Throws what reading the whole file would (an unclosed quote, no date column).
    static func open(_ path: String, header options: HeaderDetector.Options, chunkBytes: Int) throws(ActualsLoadError) -> StreamedCSV? {
        guard !path.lowercased().hasSuffix(".xlsx"), var chunks = CSVChunks(path: path, chunkBytes: chunkBytes) else { return nil }
        let delimiter = DelimiterSniffer.sniff(chunks.peekText())
        let minimumRecords = HeaderDetector.searchedRows + 2 + ColumnPlanner.sampledRows
        let cells: TableCells
        do {
            guard let first = try chunks.next(delimiter: delimiter.asciiValue ?? UInt8(ascii: ","), minimumRecords: minimumRecords) else {
                chunks.close()
                return nil
            }
            cells = first
        } catch {
            chunks.close()
            throw malformed(path, error)
        }
        // The first chunk holds what the header and the columns are judged on, or the whole file.
        guard cells.recordCount >= minimumRecords || chunks.isAtEnd else {
            chunks.close()
            return nil
        }
        let header = cells.record(0).map { String(Substring($0).trimmingCharacters()) }
        let whole = CSVTable(header: header, cells: cells, delimiter: delimiter, encoding: .utf8)
        guard let table = whole.withHeader(options) else {
            chunks.close()
            throw .noDateColumn(path: path, header: HeaderDetector.firstNonBlank(whole.topRecords()))
        }
        var stream = StreamedCSV(table: table, chunks: chunks)
        stream.countTrailingBlank(cells)
        return stream
    }

    private static func malformed(_ path: String, _ error: CSVScanner.Failure) -> ActualsLoadError {
        switch error {
        case let .unclosedQuote(record, column, line):
            return .malformed(path: path, row: record, column: column,
                              reason: CSVTable.Failure.unclosedQuote(record: record, column: column, line: line).text)
        }
    }

    private mutating func countTrailingBlank(_ cells: TableCells) {
        var blank = 0
        while blank < cells.recordCount && cells.isBlank(cells.recordCount - 1 - blank) { blank += 1 }
        trailingBlank = blank == cells.recordCount ? trailingBlank + blank : blank
    }

    /// Imports every row, chunk after chunk, into `sink`.
    ///
    /// - Complexity: O(size of the file) time; memory for one chunk besides what is kept.
    mutating func read<Sink: ObservationSink>(file: String, mapping: ActualsMapping, window: DateRange?, decimalComma: Bool,
                                              into sink: inout Sink) throws(ActualsLoadError) -> ImportReport {
        defer { chunks.close() }
        let first = CellImport(cells: table.cells, firstRow: table.dataStart, headerRecord: table.headerRecord, header: table.header,
                               file: file, mapping: mapping, window: window, decimalComma: decimalComma, recordRows: false)
        let rowBytes = max(1, table.cells.bytes.count / max(1, table.cells.recordCount))
        // Room for the rows the file's size suggests, and a little more: a column that grows
        // past its room is copied into one twice as big.
        guard var stream = CellImport.Stream(first, expectedRows: chunks.size / rowBytes * 21 / 20 + 16) else { return ImportReport() }
        var records: [Int32] = []
        stream.feed(first, into: &sink, records: &records)
        // The chunk's table is let go; the next ones are read into their own.
        table.cells = TableCells(rows: [table.header])
        let delimiter = table.delimiter.asciiValue ?? UInt8(ascii: ",")
        while true {
            let cells: TableCells
            do {
                guard let next = try chunks.next(delimiter: delimiter) else { break }
                cells = next
            } catch {
                throw Self.malformed(file, error)
            }
            countTrailingBlank(cells)
            let chunk = CellImport(cells: cells, firstRow: 0, headerRecord: chunks.recordsBefore - cells.recordCount, header: first.header,
                                   file: file, mapping: mapping, window: window, decimalComma: decimalComma, recordRows: false)
            stream.feed(chunk, into: &sink, records: &records)
        }
        stream.dropTrailingBlank(trailingBlank)
        return stream.report
    }
}
