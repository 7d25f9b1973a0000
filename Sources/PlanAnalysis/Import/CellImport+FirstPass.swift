import PlanModel

extension CellImport {
    /// Dates and dimension combinations, row by row.
    struct FirstPass {
        /// The chunk of rows being read (the whole table, unless streamed).
        private(set) var owner: CellImport
        let dateIndex: Int
        /// Dimension columns in header order (sorted), with the dimension each names.
        let dimensionColumns: [(column: Int, dimension: String)]
        /// Rows rejected here, in row order, with their one issue.
        var rejections: [(offset: Int, issue: ImportIssue)] = []
        /// Days of the rows kept.
        var days: ClosedRange<Int>?
        /// Rows with no cell filled, and 合计/总计/小计 rows: skipped, counted.
        var blankRows = 0, totalRows = 0
        /// Cells a row needs: up to the last column read.
        let requiredCount: Int

        /// Distinct raw cells → their trimmed text and its number among distinct texts.
        private var values = ByteInterner()
        private var trimmed: [String] = []
        private var canonical: [Int32] = []
        /// By text number: whether the text marks a total (合计, 小计).
        private var totals: [Bool] = []
        private var textNumbers: [String: Int32] = [:]
        /// The trie of combinations: (parent node, text number) → node; node 0 is the empty one.
        private var children: [UInt64: Int32] = [:]
        private(set) var nodeDimensions: [[String: String]?] = [[:]]
        private var previousDate: (range: Range<Int>, date: CivilDate?)?

        init(import owner: CellImport, dateIndex: Int, position: [String: Int]) {
            self.owner = owner
            self.dateIndex = dateIndex
            dimensionColumns = owner.mapping.dimensions.keys.sorted().compactMap { header in
                position[header].map { ($0, owner.mapping.dimensions[header] ?? header) }
            }
            var used = [dateIndex] + dimensionColumns.map(\.column)
            switch owner.mapping.layout {
            case .wide: used += owner.mapping.metrics.keys.compactMap { position[$0] }
            case let .long(metric, value): used += [position[metric], position[value]].compactMap { $0 }
            }
            requiredCount = (used.max() ?? 0) + 1
        }

        var nodeCount: Int { nodeDimensions.count }

        /// Reads the rows of another chunk of the same table next: its rejections are its own,
        /// and the last date read lay in the previous chunk's bytes.
        mutating func begin(_ chunk: CellImport) {
            owner = chunk
            rejections = []
            previousDate = nil
        }

        /// The row's date and combination, or `nil` (with the issue recorded) for a row
        /// that is too short, has no readable date, or one outside the window.
        mutating func read(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Row? {
            let count = owner.cellCount(offset)
            guard dateIndex < count, let date = date(offset, bytes) else {
                // Only a row without a date can be blank or a total: checked on failure only.
                if isBlankRow(offset, bytes) {
                    blankRows += 1
                } else if dateIndex < count, HeaderDetector.isTotal(owner.text(offset, dateIndex)) {
                    totalRows += 1
                } else if dateIndex >= count {
                    reject(offset, owner.issue(.shortRow, offset, nil, .shortRow(cells: count)))
                } else {
                    reject(offset, owner.issue(.unparseableDate, offset, dateIndex, .unparseableDate(text: owner.text(offset, dateIndex))))
                }
                return nil
            }
            guard count >= requiredCount else {
                reject(offset, owner.issue(.shortRow, offset, nil, .shortRow(cells: count)))
                return nil
            }
            if let window = owner.window, !window.contains(date) {
                // A subtotal stays a subtotal outside the window: the reader is told it was
                // not read as a total row, not that a day's data fell outside the plan.
                for (column, _) in dimensionColumns where column < count && totals[Int(textNumber(owner.cell(offset, column, bytes)))] {
                    totalRows += 1
                    return nil
                }
                reject(offset, owner.issue(.dateOutsidePlan, offset, dateIndex, .dateOutsidePlan(date: date, window: window)))
                return nil
            }
            var node: Int32 = 0
            for (column, _) in dimensionColumns where column < count {
                let text = textNumber(owner.cell(offset, column, bytes))
                if totals[Int(text)] {
                    // A subtotal (渠道 小计) repeats the rows above it: summing it would count them twice.
                    totalRows += 1
                    return nil
                }
                let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(text))
                if let child = children[key] {
                    node = child
                } else {
                    node = Int32(nodeDimensions.count)
                    children[key] = node
                    nodeDimensions.append(nil)
                }
            }
            if nodeDimensions[Int(node)] == nil {
                // The first row of a combination gives its dictionary, shared by every
                // observation of the combination.
                var dimensions: [String: String] = [:]
                for (column, dimension) in dimensionColumns where column < count {
                    dimensions[dimension] = trimmed[values.intern(owner.cell(offset, column, bytes)).number]
                }
                nodeDimensions[Int(node)] = dimensions
            }
            let day = date.daysSinceEpoch
            days = days.map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day
            return Row(day: day, date: date, combination: node)
        }

        /// Whether every cell of the row is blank.
        private func isBlankRow(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            (0..<owner.cellCount(offset)).allSatisfy { ActualsValue.isBlank(cell: owner.cell(offset, $0, bytes)) }
        }

        private mutating func reject(_ offset: Int, _ issue: ImportIssue) {
            rejections.append((offset, issue))
        }

        /// The date cell, read once per distinct run: exports list a day's rows together.
        private mutating func date(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
            let cell = owner.cell(offset, dateIndex, bytes)
            let range = owner.cells.range(owner.firstRow + offset, dateIndex)
            if let previous = previousDate, previous.range.count == range.count,
               memoryEqual(bytes, previous.range.lowerBound, range.lowerBound, range.count) {
                return previous.date
            }
            let date = ActualsValue.date(cell: cell)
            previousDate = (range, date)
            return date
        }

        /// The number of the cell's trimmed text among distinct texts (Strings that compare
        /// equal share one).
        private mutating func textNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Int32 {
            let (entry, isNew) = values.intern(cell)
            if !isNew { return canonical[entry] }
            let text = ActualsValue.trimmed(String(decoding: cell, as: UTF8.self))
            trimmed.append(text)
            let number: Int32
            if let known = textNumbers[text] {
                number = known
            } else {
                number = Int32(textNumbers.count)
                textNumbers[text] = number
                totals.append(HeaderDetector.isTotal(text))
            }
            canonical.append(number)
            return number
        }
    }
}

/// Whether two ranges of one buffer hold the same bytes.
private func memoryEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Bool {
    for index in 0..<count where bytes[a + index] != bytes[b + index] { return false }
    return true
}
