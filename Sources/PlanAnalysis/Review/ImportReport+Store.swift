import MetricsStore

extension ImportReport {
    /// What a review from a store says about its imports: the rows each one read, used and
    /// rejected (its issues were listed when it was imported; `cycleplan actuals history`).
    public init(imports: [ImportRecord]) {
        self.init()
        for record in imports {
            rowsRead += record.file.rows
            rowsUsed += record.file.rowsUsed
            rowsRejected += record.file.rowsRejected
        }
    }
}
