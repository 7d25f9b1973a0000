import PlanYAML

/// Typed reads of YAML values. Each returns `nil` after reporting a diagnostic at the node,
/// so callers simply skip what could not be read and loading goes on to find more problems.
extension LoadContext {
    func mapping(_ node: YAMLNode, _ what: String) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        typeMismatch(node, expected: "a mapping (key: value lines)", what)
        return nil
    }

    /// A list, where a single scalar stands for a list of one (`after: theme`).
    func list(_ node: YAMLNode, _ what: String, allowSingle: Bool = true) -> [YAMLNode]? {
        switch node {
        case .sequence(let sequence): return sequence.items
        case .scalar(let scalar) where allowSingle && !scalar.isNull: return [node]
        case .mapping where allowSingle: return [node]
        default:
            typeMismatch(node, expected: "a list", what)
            return nil
        }
    }

    func scalar(_ node: YAMLNode, _ what: String) -> YAMLScalar? {
        if case .scalar(let scalar) = node, !scalar.isNull { return scalar }
        typeMismatch(node, expected: "a value", what)
        return nil
    }

    func string(_ node: YAMLNode, _ what: String) -> String? {
        scalar(node, what)?.value
    }

    func nodeID(_ node: YAMLNode, _ what: String) -> String? {
        guard let scalar = scalar(node, what) else { return nil }
        guard Identifier.isValidNodeID(scalar.value) else {
            error(.invalidID, "'\(scalar.value)' is not a valid \(what)", at: scalar.mark,
                  hint: "ids start with a letter and use letters, digits, '_' and '-' (Chinese goes in 'name')")
            return nil
        }
        return scalar.value
    }

    /// An id that refers to something defined elsewhere (a role of a task). A value that is
    /// no valid id but starts with a letter — a Chinese display name, most often — is passed
    /// on, so that the validator reports it as unknown, with the id that has this name; nothing
    /// is being defined here, so "invalid id" would point the writer the wrong way.
    func reference(_ node: YAMLNode, _ what: String) -> String? {
        guard let scalar = scalar(node, what) else { return nil }
        if Identifier.isValidNodeID(scalar.value) || scalar.value.first?.isLetter == true { return scalar.value }
        return nodeID(node, what)
    }

    func metricID(_ scalar: YAMLScalar) -> String? {
        guard Identifier.isValidMetricID(scalar.value) else {
            error(.invalidID, "'\(scalar.value)' is not a valid metric id", at: scalar.mark,
                  hint: "metric ids use letters, digits and '_' only, since they appear in formulas")
            return nil
        }
        return scalar.value
    }

    func date(_ node: YAMLNode, _ what: String) -> CivilDate? {
        guard let scalar = scalar(node, what) else { return nil }
        switch CivilDate.parse(scalar.value) {
        case .success(let date):
            return date
        case .failure(let failure):
            error(.invalidDate, "invalid \(what) '\(scalar.value)': \(failure.message)", at: scalar.mark,
                  hint: failure == .notISO ? "write dates as 2026-09-01" : nil)
            return nil
        }
    }

    /// `2026-10-01`, `2026-10-01..2026-10-07`, or `{date: …, name: …}`.
    func dateEntry(_ node: YAMLNode, _ what: String) -> DateRange? {
        var name: String?
        var valueNode = node
        if case .mapping(let mapping) = node {
            var dateNode: YAMLNode?
            for entry in mapping.entries {
                guard let key = entry.key.scalar else { continue }
                switch key.value {
                case "date": dateNode = entry.value
                case "name": name = string(entry.value, "name")
                default: unknownKey(key, in: what, allowed: ["date", "name"])
                }
            }
            guard let dateNode else {
                missingKey("date", in: what, at: mapping.mark)
                return nil
            }
            valueNode = dateNode
        }
        guard let scalar = scalar(valueNode, what) else { return nil }
        let parts = scalar.value.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else {
            error(.invalidDate, "invalid \(what) '\(scalar.value)'", at: scalar.mark, hint: "write a range as 2026-10-01..2026-10-07")
            return nil
        }
        var dates: [CivilDate] = []
        for part in parts {
            switch CivilDate.parse(part.trimmingSpaces()) {
            case .success(let date): dates.append(date)
            case .failure(let failure):
                error(.invalidDate, "invalid \(what) '\(scalar.value)': \(failure.message)", at: scalar.mark,
                      hint: failure == .notISO ? "write a date as 2026-10-01 and a range as 2026-10-01..2026-10-07" : nil)
                return nil
            }
        }
        let first = dates[0], last = dates.last ?? dates[0]
        guard first <= last else {
            error(.invalidRange, "the range '\(scalar.value)' ends before it starts", at: scalar.mark)
            return nil
        }
        return DateRange(first: first, last: last, name: name, location: location(scalar.mark))
    }

    func duration(_ node: YAMLNode, _ what: String, signed: Bool = false) -> WorkDuration? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let duration = WorkDuration.parse(scalar.value, signed: signed), abs(duration.days) <= WorkDuration.maximumDays else {
            error(.invalidDuration, "invalid \(what) '\(scalar.value)'", at: scalar.mark,
                  hint: "write working days as 3d or 0.5d, weeks as 2w (5 days each), hours as 4h")
            return nil
        }
        return duration
    }

    func quantity(_ node: YAMLNode, _ what: String) -> Double? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = Quantity.parse(scalar.value) else {
            error(.invalidNumber, "invalid \(what) '\(scalar.value)'", at: scalar.mark,
                  hint: "write numbers as 1200000, 1_200_000, 1,200,000, 3.5%, 120万 or 1.2亿")
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = Int(scalar.value.filter { $0 != "_" }), range.contains(value) else {
            error(.invalidNumber, "invalid \(what) '\(scalar.value)'", at: scalar.mark,
                  hint: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard let scalar = scalar(node, what) else { return nil }
        switch scalar.value {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default:
            error(.typeMismatch, "\(what) must be true or false, found '\(scalar.value)'", at: scalar.mark)
            return nil
        }
    }

    func choice<T>(_ node: YAMLNode, _ what: String, accepted: [String], _ make: (String) -> T?) -> T? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = make(scalar.value) else {
            let hint = Suggestion.hint(for: scalar.value, in: accepted)
                ?? "expected one of: \(accepted.joined(separator: ", "))"
            error(.invalidValue, "'\(scalar.value)' is not a valid \(what)", at: scalar.mark, hint: hint)
            return nil
        }
        return value
    }

    // MARK: Shape problems

    func typeMismatch(_ node: YAMLNode, expected: String, _ what: String) {
        error(.typeMismatch, "\(what) must be \(expected), found \(node.kindDescription)", at: node.mark)
    }

    func unknownKey(_ key: YAMLScalar, in what: String, allowed: [String]) {
        let hint = Suggestion.synonymHint(for: key.value, in: allowed) ?? Suggestion.hint(for: key.value, in: allowed)
            ?? "allowed keys: \(allowed.joined(separator: ", "))"
        error(.unknownKey, "unknown key '\(key.value)' in \(what)", at: key.mark, hint: hint)
    }

    func missingKey(_ key: String, in what: String, at mark: Mark, hint: String? = nil) {
        error(.missingKey, "\(what) is missing '\(key)'", at: mark, hint: hint)
    }

    /// Reports `key` missing from `mapping`, unless one of its unknown keys is a misspelling
    /// of it (`nmae` for `name`): that typo is one mistake, already reported as unknown_key
    /// with its did-you-mean, and a second missing_key for the same spot would be noise.
    func missingKey(_ key: String, in what: String, of mapping: YAMLMapping, allowed: [String], hint: String? = nil) {
        let misspelt = mapping.entries.contains { entry in
            guard let other = entry.key.scalar?.value, !allowed.contains(other) else { return false }
            return Suggestion.closest(to: other, in: allowed) == key
        }
        if !misspelt { missingKey(key, in: what, at: mapping.mark, hint: hint) }
    }

    /// The entries of a mapping whose keys are scalars, reporting the others (YAML allows
    /// `? [a, b]` keys) as they are passed. Lazy: no array is built, which matters when a plan
    /// has a hundred thousand task mappings.
    func keyedEntries(_ mapping: YAMLMapping) -> KeyedEntries {
        KeyedEntries(context: self, entries: mapping.entries)
    }
}

struct KeyedEntries: Sequence, IteratorProtocol {
    let context: LoadContext
    let entries: [YAMLMapping.Entry]
    var index = 0

    mutating func next() -> (key: YAMLScalar, value: YAMLNode)? {
        while index < entries.count {
            let entry = entries[index]
            index += 1
            if case .scalar(let key) = entry.key { return (key, entry.value) }
            context.error(.typeMismatch, "keys must be plain words, found \(entry.key.kindDescription)", at: entry.key.mark)
        }
        return nil
    }
}
