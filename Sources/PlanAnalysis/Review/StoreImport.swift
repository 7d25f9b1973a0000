import Foundation
import MetricsStore
import PlanModel

/// Imports export files into a metrics store: each file is read by the same `ActualsLoader`
/// as a review reads it (same mapping, same checks, same import report), then recorded as
/// one import in one transaction. The file import is the store's only way in.
public struct StoreImport: Sendable {
    public var loader: ActualsLoader
    /// Who imports, for the history.
    public var user: String?
    public var host: String?

    public init(loader: ActualsLoader, user: String? = nil, host: String? = nil) {
        self.loader = loader
        self.user = user
        self.host = host
    }

    /// One file's import: what the loader made of it, and what the store did.
    public struct FileResult: Sendable {
        public var path: String
        public var report: ImportReport
        /// `nil` when the file was not recorded (`--strict` and it had issues).
        public var outcome: ImportOutcome?
    }

    /// Reads `path` and records it, unless `strict` and the import report lists an issue.
    /// Every date is kept: a store holds several cycles, and each review reads its windows.
    ///
    /// - Throws: `ActualsLoadError` when the file cannot be read as a table, or the store's error.
    public func importFile(_ path: String, into store: any MetricsDatabase, strict: Bool = false) throws -> FileResult {
        // The file's bytes are hashed and let go before its columns are made.
        var file = ImportedFile(fileName: path, contentHash: try Self.contentHash(of: path), rows: 0, rowsUsed: 0, rowsRejected: 0,
                                user: user, host: host)
        let (columns, report) = try loader.loadColumns([path], window: nil)
        if strict && !report.issues.isEmpty { return FileResult(path: path, report: report, outcome: nil) }
        file.rows = report.rowsRead
        file.rowsUsed = report.rowsUsed
        file.rowsRejected = report.rowsRejected
        // The columns (the review's compact form), not an `Observation` per value.
        return FileResult(path: path, report: report, outcome: try store.record(file, batch: columns))
    }

    private static func contentHash(of path: String) throws -> String {
        switch InputFile.read(path) {
        case .success(let bytes): return ContentHash.of(bytes)
        case .failure(let failure): throw ActualsLoadError.unreadable(path: path, reason: failure.text)
        }
    }
}
