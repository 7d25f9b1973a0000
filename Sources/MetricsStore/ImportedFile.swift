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
