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
