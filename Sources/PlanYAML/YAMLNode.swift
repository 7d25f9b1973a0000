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
