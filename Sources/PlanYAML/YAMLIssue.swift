/// A problem found while reading YAML, before any plan semantics apply.
public struct YAMLIssue: Error, Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// libyaml refused the text.
        case syntax
        /// A tab in indentation, which YAML forbids.
        case tabIndentation
        /// Bytes that are not UTF-8.
        case invalidUTF8
        /// The same key twice in one mapping.
        case duplicateKey
        /// Aliases would expand the document beyond `YAMLLimits.maxAliasExpansion`.
        case aliasLimit
        /// Collections nested deeper than `YAMLLimits.maxDepth`.
        case nestingLimit
        /// An alias to an anchor that was never defined.
        case unknownAnchor
        /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
        case badMerge
    }

    public var kind: Kind
    public var message: String
    public var mark: Mark
    public var hint: String?
    /// A second place that explains the first (the earlier key of a duplicate, for example),
    /// and what it is, for the note that shows it.
    public var related: Mark?
    public var relatedNote: String
    /// The same words in Chinese (PlanYAML sits below PlanModel's `Bilingual`, so the two
    /// languages travel as parallel fields; the loader turns them into one diagnostic).
    public var chinese: (message: String, hint: String?, relatedNote: String)

    public init(kind: Kind, message: String, mark: Mark, hint: String? = nil, related: Mark? = nil,
                relatedNote: String = "related position",
                chinese: (message: String, hint: String?, relatedNote: String)) {
        self.chinese = chinese
        self.kind = kind
        self.message = message
        self.mark = mark
        self.hint = hint
        self.related = related
        self.relatedNote = relatedNote
    }

    public static func == (lhs: YAMLIssue, rhs: YAMLIssue) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.mark == rhs.mark && lhs.hint == rhs.hint
            && lhs.related == rhs.related && lhs.relatedNote == rhs.relatedNote && lhs.chinese == rhs.chinese
    }

    /// Whether the document could still be used after this issue.
    public var isFatal: Bool {
        switch self.kind {
        case .duplicateKey, .badMerge: return false
        default: return true
        }
    }
}
