/// A metrics store that keeps what it is given: imports are recorded with where they came
/// from, a later import supersedes the values it gives again, and the history keeps both.
/// SQLite (`MetricsStoreSQLite`) and PostgreSQL (`MetricsStorePostgres`) implement it, and
/// run the same shared test suite.
public protocol MetricsDatabase: MetricsSource {
    /// Records one file's observations, given as the importer's columns (`ObservationBatch`,
    /// without an `Observation` per value), as one import in one transaction: all of it or,
    /// when anything fails (or the process dies), none of it. Observations are numbered in
    /// the batch's order. A file whose content was imported before (same hash, not dropped)
    /// changes nothing and answers `.unchanged`.
    ///
    /// For each observation, a current value of the same (metric, date, dimension values)
    /// from an earlier import is superseded: no longer read, kept in the history.
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
    /// The same as `record(_:batch:)`, from values (tests, and callers holding `Observation`s):
    /// observations numbered in the array's order.
    ///
    /// - Complexity: as `record(_:batch:)`, after one hash of each observation's metric and dimensions.
    public func record(_ file: ImportedFile, observations: [Observation]) throws -> ImportOutcome {
        try record(file, batch: ObservationList(observations))
    }
}
