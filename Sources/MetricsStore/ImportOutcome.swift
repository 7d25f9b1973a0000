/// What `record` did.
public enum ImportOutcome: Sendable, Equatable {
    /// A new import; `superseded` earlier values are no longer current.
    case imported(ImportRecord, superseded: Int)
    /// The same content was imported before, as this import: nothing changed.
    case unchanged(ImportRecord)
}
