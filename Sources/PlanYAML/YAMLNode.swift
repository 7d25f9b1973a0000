/// A node of a parsed YAML document, with aliases already resolved and merge keys applied.
///
/// Nodes are values: an alias shares the storage of its anchor's node, so a document that
/// reuses a large anchor many times costs no more memory than one copy (expansion is bounded
/// separately, see `YAMLLimits`).
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts.
    public var mark: Mark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .mapping(let mapping): return mapping.mark
        case .sequence(let sequence): return sequence.mark
        }
    }

    /// A word for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): return scalar.isNull ? "an empty value" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }
}

/// A scalar exactly as written: its text is never converted to a number, date or boolean
/// here, because the meaning depends on the field that holds it. For the same reason tags
/// (`!!str`) are not kept.
public struct YAMLScalar: Sendable {
    public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public var value: String
    public var mark: Mark
    public var style: Style

    public init(value: String, style: Style = .plain, mark: Mark) {
        self.value = value
        self.style = style
        self.mark = mark
    }

    /// `~`, `null` or nothing at all, unquoted.
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }

    /// The column where the scalar's text begins: one past an opening quote.
    public var contentColumn: Int {
        style == .singleQuoted || style == .doubleQuoted ? mark.column + 1 : mark.column
    }
}

/// A mapping in source order (order matters to people reading diagnostics).
public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]
    public var mark: Mark

    public init(entries: [Entry], mark: Mark) {
        self.entries = entries
        self.mark = mark
    }

    /// The value of the first entry whose key is the scalar `key`.
    ///
    /// - Complexity: O(n) in the number of entries; mappings in plans are small.
    public subscript(key: String) -> YAMLNode? {
        for entry in entries where entry.key.scalar?.value == key { return entry.value }
        return nil
    }
}

public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var mark: Mark

    public init(items: [YAMLNode], mark: Mark) {
        self.items = items
        self.mark = mark
    }
}
