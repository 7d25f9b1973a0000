extension CellImport {
    /// An import fed a table's rows chunk after chunk (a CSV read a few MB at a time), with
    /// the state a whole import carries from row to row kept between chunks: the interned
    /// dimension values and combinations, the keys taken (`SeenKeys`), the counts. Each
    /// chunk is read in the two passes `CellImport` describes, so issues come in row order
    /// and the result is the one reading the whole table at once gives; a whole table is one
    /// chunk (`run(into:records:)`).
    struct Stream {
        private var first: FirstPass
        private var second: SecondPass
        private(set) var report = ImportReport()
        /// Rows expected in all, to reserve room once.
        private let expectedRows: Int?
        private var reserved = false

        /// `nil` when the header lacks the mapping's date column.
        init?(_ start: CellImport, expectedRows: Int? = nil) {
            let position = Dictionary(start.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            guard let dateIndex = position[start.mapping.dateColumn] else { return nil }
            first = FirstPass(import: start, dateIndex: dateIndex, position: position)
            second = SecondPass(import: start, position: position, first: first)
            self.expectedRows = expectedRows
        }

        /// Imports the rows of `chunk` (its records from `chunk.firstRow`), numbered from its
        /// `headerRecord`, into `sink`; with `recordRows`, each observation's record into `records`.
        ///
        /// - Complexity: O(size of the chunk), expected.
        mutating func feed<Sink: ObservationSink>(_ chunk: CellImport, into sink: inout Sink, records: inout [Int32]) {
            first.begin(chunk)
            second.owner = chunk
            let rowCount = chunk.cells.recordCount - chunk.firstRow
            let rows = chunk.cells.bytes.withUnsafeBufferPointer { bytes in (0..<rowCount).map { first.read($0, bytes) } }
            second.nodeDimensions = first.nodeDimensions
            let metrics = max(1, chunk.mapping.metrics.count)
            if !reserved {
                reserved = true
                sink.reserve(expectedRows ?? rowCount, metrics: metrics)
                if chunk.recordRows { records.reserveCapacity(records.count + (expectedRows ?? rowCount) * metrics) }
            }
            var pending = first.rejections.makeIterator()
            var nextRejection = pending.next()
            chunk.cells.bytes.withUnsafeBufferPointer { bytes in
                for offset in 0..<rowCount {
                    if let rejection = nextRejection, rejection.offset == offset {
                        report.rowsRead += 1
                        report.issues.append(rejection.issue)
                        report.rowsRejected += 1
                        nextRejection = pending.next()
                        continue
                    }
                    // Blank and 合计 rows, counted by the first pass, are not data rows.
                    guard let row = rows[offset] else { continue }
                    report.rowsRead += 1
                    let before = sink.count
                    if second.read(offset, row, bytes, into: &sink, issues: &report.issues) {
                        report.rowsUsed += 1
                    } else {
                        report.rowsRejected += 1
                    }
                    if chunk.recordRows {
                        let record = Int32(truncatingIfNeeded: chunk.record(offset))
                        for _ in before..<sink.count { records.append(record) }
                    }
                }
            }
            report.blankRows = first.blankRows
            report.totalRows = first.totalRows
        }

        /// Blank records at the very end of a file are not rows (a whole CSV drops them).
        mutating func dropTrailingBlank(_ count: Int) {
            report.blankRows -= count
        }
    }
}
