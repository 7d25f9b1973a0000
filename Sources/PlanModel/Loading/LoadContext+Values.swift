import PlanYAML

/// Typed reads of YAML values. Each returns `nil` after reporting a diagnostic at the node,
/// so callers simply skip what could not be read and loading goes on to find more problems.
extension LoadContext {
    func mapping(_ node: YAMLNode, _ what: Bilingual) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        typeMismatch(node, expected: Bilingual(zh: "映射（每行 键: 值）", en: "a mapping (key: value lines)"), what)
        return nil
    }

    /// A list, where a single scalar stands for a list of one (`after: theme`).
    func list(_ node: YAMLNode, _ what: Bilingual, allowSingle: Bool = true) -> [YAMLNode]? {
        switch node {
        case .sequence(let sequence): return sequence.items
        case .scalar(let scalar) where allowSingle && !scalar.isNull: return [node]
        case .mapping where allowSingle: return [node]
        default:
            typeMismatch(node, expected: Bilingual(zh: "列表", en: "a list"), what)
            return nil
        }
    }

    func scalar(_ node: YAMLNode, _ what: Bilingual) -> YAMLScalar? {
        if case .scalar(let scalar) = node, !scalar.isNull { return scalar }
        typeMismatch(node, expected: Bilingual(zh: "一个值", en: "a value"), what)
        return nil
    }

    func string(_ node: YAMLNode, _ what: Bilingual) -> String? {
        scalar(node, what)?.value
    }

    func nodeID(_ node: YAMLNode, _ what: Bilingual) -> String? {
        guard let scalar = scalar(node, what) else { return nil }
        guard Identifier.isValidNodeID(scalar.value) else {
            error(.invalidID, Bilingual(zh: "'\(scalar.value)' 不是有效的\(what.zh)", en: "'\(scalar.value)' is not a valid \(what.en)"), at: scalar.mark,
                  hint: Bilingual(zh: "id 以字母开头，只用字母、数字、'_' 和 '-'（中文写在 'name' 里）",
                                  en: "ids start with a letter and use letters, digits, '_' and '-' (Chinese goes in 'name')"))
            return nil
        }
        return scalar.value
    }

    /// An id that refers to something defined elsewhere (a role of a task). A value that is
    /// no valid id but starts with a letter — a Chinese display name, most often — is passed
    /// on, so that the validator reports it as unknown, with the id that has this name; nothing
    /// is being defined here, so "invalid id" would point the writer the wrong way.
    func reference(_ node: YAMLNode, _ what: Bilingual) -> String? {
        guard let scalar = scalar(node, what) else { return nil }
        if Identifier.isValidNodeID(scalar.value) || scalar.value.first?.isLetter == true { return scalar.value }
        return nodeID(node, what)
    }

    func metricID(_ scalar: YAMLScalar) -> String? {
        guard Identifier.isValidMetricID(scalar.value) else {
            error(.invalidID, Bilingual(zh: "'\(scalar.value)' 不是有效的指标 id", en: "'\(scalar.value)' is not a valid metric id"), at: scalar.mark,
                  hint: Bilingual(zh: "指标 id 只用字母、数字和 '_'，因为公式里要引用它",
                                  en: "metric ids use letters, digits and '_' only, since they appear in formulas"))
            return nil
        }
        return scalar.value
    }

    func date(_ node: YAMLNode, _ what: Bilingual) -> CivilDate? {
        guard let scalar = scalar(node, what) else { return nil }
        switch CivilDate.parse(scalar.value) {
        case .success(let date):
            return date
        case .failure(let failure):
            error(.invalidDate, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效：\(failure.text.zh)",
                                          en: "invalid \(what.en) '\(scalar.value)': \(failure.text.en)"), at: scalar.mark,
                  hint: failure == .notISO ? Bilingual(zh: "日期写作 2026-09-01", en: "write dates as 2026-09-01") : nil)
            return nil
        }
    }

    /// `2026-10-01`, `2026-10-01..2026-10-07`, or `{date: …, name: …}`.
    func dateEntry(_ node: YAMLNode, _ what: Bilingual) -> DateRange? {
        var name: String?
        var valueNode = node
        if case .mapping(let mapping) = node {
            var dateNode: YAMLNode?
            for entry in mapping.entries {
                guard let key = entry.key.scalar else { continue }
                switch key.value {
                case "date": dateNode = entry.value
                case "name": name = string(entry.value, Bilingual(zh: "名称", en: "name"))
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
            error(.invalidDate, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效", en: "invalid \(what.en) '\(scalar.value)'"), at: scalar.mark,
                  hint: Bilingual(zh: "日期区间写作 2026-10-01..2026-10-07", en: "write a range as 2026-10-01..2026-10-07"))
            return nil
        }
        var dates: [CivilDate] = []
        for part in parts {
            switch CivilDate.parse(part.trimmingSpaces()) {
            case .success(let date): dates.append(date)
            case .failure(let failure):
                error(.invalidDate, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效：\(failure.text.zh)",
                                              en: "invalid \(what.en) '\(scalar.value)': \(failure.text.en)"), at: scalar.mark,
                      hint: failure == .notISO ? Bilingual(zh: "日期写作 2026-10-01，区间写作 2026-10-01..2026-10-07",
                                                           en: "write a date as 2026-10-01 and a range as 2026-10-01..2026-10-07") : nil)
                return nil
            }
        }
        let first = dates[0], last = dates.last ?? dates[0]
        guard first <= last else {
            error(.invalidRange, Bilingual(zh: "区间 '\(scalar.value)' 的结束日期早于开始日期", en: "the range '\(scalar.value)' ends before it starts"), at: scalar.mark)
            return nil
        }
        return DateRange(first: first, last: last, name: name, location: location(scalar.mark))
    }

    func duration(_ node: YAMLNode, _ what: Bilingual, signed: Bool = false) -> WorkDuration? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let duration = WorkDuration.parse(scalar.value, signed: signed), abs(duration.days) <= WorkDuration.maximumDays else {
            error(.invalidDuration, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效", en: "invalid \(what.en) '\(scalar.value)'"), at: scalar.mark,
                  hint: Bilingual(zh: "工作日写作 3d 或 0.5d，周写作 2w（每周 5 个工作日），小时写作 4h",
                                  en: "write working days as 3d or 0.5d, weeks as 2w (5 days each), hours as 4h"))
            return nil
        }
        return duration
    }

    func quantity(_ node: YAMLNode, _ what: Bilingual) -> Double? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = Quantity.parse(scalar.value) else {
            error(.invalidNumber, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效", en: "invalid \(what.en) '\(scalar.value)'"), at: scalar.mark,
                  hint: Bilingual(zh: "数字可写作 1200000、1_200_000、1,200,000、3.5%、120万 或 1.2亿",
                                  en: "write numbers as 1200000, 1_200_000, 1,200,000, 3.5%, 120万 or 1.2亿"))
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode, _ what: Bilingual, in range: ClosedRange<Int>) -> Int? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = Int(scalar.value.filter { $0 != "_" }), range.contains(value) else {
            error(.invalidNumber, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效", en: "invalid \(what.en) '\(scalar.value)'"), at: scalar.mark,
                  hint: Bilingual(zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数",
                                  en: "expected a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return value
    }

    func bool(_ node: YAMLNode, _ what: Bilingual) -> Bool? {
        guard let scalar = scalar(node, what) else { return nil }
        switch scalar.value {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default:
            error(.typeMismatch, Bilingual(zh: "\(what.zh) 只能是 true 或 false，这里是 '\(scalar.value)'",
                                          en: "\(what.en) must be true or false, found '\(scalar.value)'"), at: scalar.mark)
            return nil
        }
    }

    func choice<T>(_ node: YAMLNode, _ what: Bilingual, accepted: [String], _ make: (String) -> T?) -> T? {
        guard let scalar = scalar(node, what) else { return nil }
        guard let value = make(scalar.value) else {
            let hint = Suggestion.didYouMean(scalar.value, in: accepted)
                ?? Bilingual(zh: "可选值：\(accepted.joined(separator: "、"))", en: "expected one of: \(accepted.joined(separator: ", "))")
            error(.invalidValue, Bilingual(zh: "'\(scalar.value)' 不是有效的\(what.zh)", en: "'\(scalar.value)' is not a valid \(what.en)"),
                  at: scalar.mark, hint: hint)
            return nil
        }
        return value
    }

    // MARK: Shape problems

    func typeMismatch(_ node: YAMLNode, expected: Bilingual, _ what: Bilingual) {
        let found = node.kindText
        error(.typeMismatch, Bilingual(zh: "\(what.zh) 应为\(expected.zh)，这里是\(found.zh)",
                                       en: "\(what.en) must be \(expected.en), found \(found.en)"), at: node.mark)
    }

    func unknownKey(_ key: YAMLScalar, in what: Bilingual, allowed: [String]) {
        let hint = Suggestion.synonym(for: key.value, in: allowed) ?? Suggestion.didYouMean(key.value, in: allowed)
            ?? Bilingual(zh: "可用的键：\(allowed.joined(separator: "、"))", en: "allowed keys: \(allowed.joined(separator: ", "))")
        error(.unknownKey, Bilingual(zh: "\(what.zh)中有未知的键 '\(key.value)'", en: "unknown key '\(key.value)' in \(what.en)"), at: key.mark, hint: hint)
    }

    func missingKey(_ key: String, in what: Bilingual, at mark: Mark, hint: Bilingual? = nil) {
        error(.missingKey, Bilingual(zh: "\(what.zh)缺少 '\(key)'", en: "\(what.en) is missing '\(key)'"), at: mark, hint: hint)
    }

    /// Reports `key` missing from `mapping`, unless one of its unknown keys is a misspelling
    /// of it (`nmae` for `name`): that typo is one mistake, already reported as unknown_key
    /// with its did-you-mean, and a second missing_key for the same spot would be noise.
    func missingKey(_ key: String, in what: Bilingual, of mapping: YAMLMapping, allowed: [String], hint: Bilingual? = nil) {
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
            let found = entry.key.kindText
            context.error(.typeMismatch, Bilingual(zh: "键必须是普通的词，这里是\(found.zh)", en: "keys must be plain words, found \(found.en)"),
                          at: entry.key.mark)
        }
        return nil
    }
}
