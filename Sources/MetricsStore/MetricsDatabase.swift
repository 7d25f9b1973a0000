/// A metrics store that keeps what it is given: imports are recorded with where they came
/// from, a later import supersedes the values it gives again, and the history keeps both.
/// SQLite (`MetricsStoreSQLite`) implements it; PostgreSQL is the next implementation, and
/// runs the same shared test suite.
public protocol MetricsDatabase: MetricsSource {
    /// Records one file's observations as one import, in one transaction: all of it or, when
    /// anything fails (or the process dies), none of it. A file whose content was imported
    /// before (same hash, not dropped) changes nothing and answers `.unchanged`.
    ///
    /// For each observation, a current value of the same (metric, date, dimension values)
    /// from an earlier import is superseded: no longer read, kept in the history.
    func record(_ file: ImportedFile, observations: [Observation]) throws -> ImportOutcome

    /// The same, from the importer's columns (`ObservationBatch`) without an `Observation` per
    /// value; observations numbered in the batch's order.
    func record(_ file: ImportedFile, batch: some ObservationBatch) throws -> ImportOutcome

    /// The imports still in the store, oldest first.
    func imports() throws -> [ImportRecord]

    /// One import and what happened to its values: how many are current and how many were
    /// superseded by later imports (and by which); `nil` when there is no such import.
    func history(of importID: Int64) throws -> ImportHistory?

    /// Removes an import and its observations; the values it had superseded are current again
    /// (or superseded by the next later import giving them). `false` when there is no such import.
    func drop(_ importID: Int64) throws -> Bool

    /// Observations in the store: current (read by reviews), and all of them with the history.
    func counts() throws -> (current: Int, all: Int)
}

extension MetricsDatabase {
    /// Through `record(_:observations:)`, for a store without a batch import of its own.
    public func record(_ file: ImportedFile, batch: some ObservationBatch) throws -> ImportOutcome {
        try record(file, observations: batch.observations)
    }
}
