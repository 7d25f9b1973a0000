/// A file about to be imported: what identifies it and who brings it.
public struct ImportedFile: Sendable, Equatable {
    /// The name the user gave (a path as typed), for people; not used to identify the file.
    public var fileName: String
    /// SHA-256 of the file's bytes, lower-case hex: the same content is the same import.
    public var contentHash: String
    /// Data rows the import read, used and rejected, as the import report counts them.
    public var rows: Int
    public var rowsUsed: Int
    public var rowsRejected: Int
    public var user: String?
    public var host: String?

    public init(fileName: String, contentHash: String, rows: Int, rowsUsed: Int, rowsRejected: Int,
                user: String? = nil, host: String? = nil) {
        self.fileName = fileName
        self.contentHash = contentHash
        self.rows = rows
        self.rowsUsed = rowsUsed
        self.rowsRejected = rowsRejected
        self.user = user
        self.host = host
    }
}

/// An import kept in a store.
public struct ImportRecord: Sendable, Equatable {
    public var id: Int64
    public var file: ImportedFile
    /// When it was recorded, ISO 8601 in UTC (`2026-12-02T18:30:00Z`).
    public var importedAt: String
    /// Observations it brought.
    public var observations: Int

    public init(id: Int64, file: ImportedFile, importedAt: String, observations: Int) {
        self.id = id
        self.file = file
        self.importedAt = importedAt
        self.observations = observations
    }
}

/// What `record` did.
public enum ImportOutcome: Sendable, Equatable {
    /// A new import; `superseded` earlier values are no longer current.
    case imported(ImportRecord, superseded: Int)
    /// The same content was imported before, as this import: nothing changed.
    case unchanged(ImportRecord)
}

/// One import's values now.
public struct ImportHistory: Sendable, Equatable {
    public var record: ImportRecord
    /// Its values still read by reviews.
    public var current: Int
    /// Its values a later import gave again, by that import's id, ascending.
    public var supersededBy: [(importID: Int64, count: Int)]
    /// Values of earlier imports this one superseded, by their import id, ascending.
    public var supersedes: [(importID: Int64, count: Int)]

    public init(record: ImportRecord, current: Int, supersededBy: [(importID: Int64, count: Int)],
                supersedes: [(importID: Int64, count: Int)]) {
        self.record = record
        self.current = current
        self.supersededBy = supersededBy
        self.supersedes = supersedes
    }

    public static func == (a: ImportHistory, b: ImportHistory) -> Bool {
        a.record == b.record && a.current == b.current
            && a.supersededBy.map(\.importID) == b.supersededBy.map(\.importID) && a.supersededBy.map(\.count) == b.supersededBy.map(\.count)
            && a.supersedes.map(\.importID) == b.supersedes.map(\.importID) && a.supersedes.map(\.count) == b.supersedes.map(\.count)
    }
}
