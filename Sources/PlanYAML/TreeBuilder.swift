internal import CYAML

/// Turns libyaml's event stream into a `YAMLNode` tree with an explicit stack, so nesting
/// depth never turns into recursion depth, and enforces `YAMLLimits` while it goes.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMapping.Entry] = []
        var pendingKey: YAMLNode?
        /// The pending key repeats an earlier one: its value is dropped, the first stands.
        var pendingIsDuplicate = false
        var keyIndex: [String: Mark]?
        var hasMergeKey = false
        /// Nodes in the fully expanded subtree, aliases counted at their anchor's size.
        var expandedSize = 1
    }

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Issues of aliases whose anchor was not defined yet, by anchor name.
    private var unresolvedAliases: [String: [Int]] = [:]
    private var documents = 0
    private var ownNodes = 0
    private var aliasNodes = 0
    private(set) var root: YAMLNode?
    private(set) var issues: [YAMLIssue] = []
    /// Hands over each item of the sequence under this key of the root mapping as soon as the
    /// item is complete, with the sequence's mark (`YAMLParser.rootItems`).
    var rootItems: (key: String, handle: (YAMLNode, Mark) -> Void)?

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    /// Consumes one event. Returns `true` when building must stop (a fatal issue was found or
    /// the first document is complete and a second begins).
    mutating func consume(_ event: yaml_event_t) -> Bool {
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                issues.append(YAMLIssue(
                    kind: .syntax,
                    message: "a plan file holds one YAML document; found a second one",
                    mark: mark,
                    hint: "remove the '---' line or split the file",
                    chinese: ("一个计划文件只能有一个 YAML 文档，这里出现了第二个", "删掉 '---' 这一行，或把文件拆开", "相关位置")
                ))
                return true
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = YAMLNode.scalar(YAMLScalar(value: value, style: Self.style(data.style), mark: mark))
            ownNodes += 1
            if let anchor = data.anchor { define(String(cString: anchor), node, size: 1, at: mark) }
            return add(node, size: 1)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                // Not fatal to the scan: an empty placeholder keeps the tree's shape, so every
                // other unknown alias is found too (the issue still stops the plan from loading).
                // A mapping, so that a merge key `<<: *missing` adds no second complaint.
                unresolvedAliases[name, default: []].append(issues.count)
                issues.append(YAMLIssue(
                    kind: .unknownAnchor,
                    message: "alias '*\(name)' refers to no anchor defined before it",
                    mark: mark,
                    hint: "define '&\(name)' on a node above this line (an anchor cannot refer to itself)",
                    chinese: ("别名 '*\(name)' 引用的锚点在它之前没有定义",
                              "在这一行之上的节点上定义 '&\(name)'（锚点不能引用自身）", "相关位置")
                ))
                return add(.mapping(YAMLMapping(entries: [], mark: mark)), size: 1)
            }
            aliasNodes += target.size
            if aliasNodes > max(limits.maxAliasExpansion, ownNodes) {
                issues.append(YAMLIssue(
                    kind: .aliasLimit,
                    message: "aliases expand this document by more than \(max(limits.maxAliasExpansion, ownNodes)) nodes",
                    mark: mark,
                    hint: "aliases that nest aliases grow exponentially (a 'billion laughs' file); reuse data without nesting aliases",
                    chinese: ("别名使本文档展开后超过 \(max(limits.maxAliasExpansion, ownNodes)) 个节点",
                              "别名套别名会指数级膨胀（“billion laughs”文件）；复用数据时不要嵌套别名", "相关位置")
                ))
                return true
            }
            return add(target.node, size: target.size)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maxDepth else {
                issues.append(YAMLIssue(
                    kind: .nestingLimit,
                    message: "nesting deeper than \(limits.maxDepth) levels",
                    mark: mark,
                    hint: "plans need a few levels per phase; flatten the structure",
                    chinese: ("嵌套超过 \(limits.maxDepth) 层", "计划每个阶段只需几层；请把结构拉平", "相关位置")
                ))
                return true
            }
            ownNodes += 1
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            var frame = Frame(isMapping: isMapping, mark: mark, anchor: anchorPointer.map { String(cString: $0) })
            // One allocation up front instead of regrowing 1 → 2 → 4 → 8: plan mappings
            // (a task) typically hold four to six keys, lists (an `after`) one or two.
            if isMapping { frame.entries.reserveCapacity(6) } else { frame.items.reserveCapacity(2) }
            stack.append(frame)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return true }
            let node: YAMLNode
            if frame.isMapping {
                var entries = frame.entries
                if frame.hasMergeKey { entries = applyMerge(entries) }
                node = .mapping(YAMLMapping(entries: entries, mark: frame.mark))
            } else {
                node = .sequence(YAMLSequence(items: frame.items, mark: frame.mark))
            }
            if let anchor = frame.anchor { define(anchor, node, size: frame.expandedSize, at: frame.mark) }
            return add(node, size: frame.expandedSize)
        default:
            break
        }
        return false
    }

    /// Records an anchor. Aliases that used its name earlier get a message that says so:
    /// YAML resolves an alias only to an anchor above it.
    private mutating func define(_ anchor: String, _ node: YAMLNode, size: Int, at mark: Mark) {
        anchors[anchor] = (node, size)
        guard let waiting = unresolvedAliases.removeValue(forKey: anchor) else { return }
        for index in waiting {
            issues[index].message = "alias '*\(anchor)' is used before its anchor '&\(anchor)' (line \(mark.line))"
            issues[index].hint = "move the node with '&\(anchor)' above its first use"
            issues[index].chinese = ("别名 '*\(anchor)' 在锚点 '&\(anchor)'（第 \(mark.line) 行）之前就被使用",
                                     "把带 '&\(anchor)' 的节点移到第一次使用之前", "相关位置")
            issues[index].related = mark
            issues[index].relatedNote = "the anchor '&\(anchor)' is defined here"
        }
    }

    private mutating func add(_ node: YAMLNode, size: Int) -> Bool {
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return false
        }
        let top = stack.count - 1
        stack[top].expandedSize += size
        if !stack[top].isMapping {
            stack[top].items.append(node)
            if top == 1, let rootItems, isRootKey(rootItems.key) { rootItems.handle(node, stack[1].mark) }
        } else if let key = stack[top].pendingKey {
            stack[top].pendingKey = nil
            if stack[top].pendingIsDuplicate {
                stack[top].pendingIsDuplicate = false
            } else {
                stack[top].entries.append(YAMLMapping.Entry(key: key, value: node))
            }
        } else {
            stack[top].pendingIsDuplicate = checkDuplicate(key: node, in: top)
            stack[top].pendingKey = node
        }
        return false
    }

    /// Whether the sequence being built is the value of `key` in the root mapping, a first
    /// occurrence of the key (a repeated one is dropped).
    private func isRootKey(_ key: String) -> Bool {
        guard stack[0].isMapping, !stack[0].pendingIsDuplicate, case .scalar(let scalar) = stack[0].pendingKey else { return false }
        return scalar.value == key
    }

    /// - Returns: whether the key repeats one already in the mapping (and was reported).
    private mutating func checkDuplicate(key: YAMLNode, in frameIndex: Int) -> Bool {
        guard case .scalar(let scalar) = key else { return false }
        if scalar.style == .plain && scalar.value == "<<" {
            stack[frameIndex].hasMergeKey = true
        }
        if stack[frameIndex].keyIndex == nil {
            // Small mappings are scanned; an index pays off only for long ones.
            if stack[frameIndex].entries.count < 12 {
                for entry in stack[frameIndex].entries {
                    // YAML compares keys by content, code point for code point (not by Unicode
                    // canonical equivalence, which `==` on String would apply, and slowly).
                    if case .scalar(let earlier) = entry.key, earlier.value.utf8.count == scalar.value.utf8.count,
                       earlier.value.utf8.elementsEqual(scalar.value.utf8) {
                        reportDuplicate(scalar, earlier: earlier.mark)
                        return true
                    }
                }
                return false
            }
            var index: [String: Mark] = [:]
            for entry in stack[frameIndex].entries {
                if case .scalar(let earlier) = entry.key, index[earlier.value] == nil {
                    index[earlier.value] = earlier.mark
                }
            }
            stack[frameIndex].keyIndex = index
        }
        if let earlier = stack[frameIndex].keyIndex?[scalar.value] {
            reportDuplicate(scalar, earlier: earlier)
            return true
        }
        stack[frameIndex].keyIndex?[scalar.value] = scalar.mark
        return false
    }

    private mutating func reportDuplicate(_ key: YAMLScalar, earlier: Mark) {
        issues.append(YAMLIssue(
            kind: .duplicateKey,
            message: "duplicate key '\(key.value)' (first defined at line \(earlier.line))",
            mark: key.mark,
            hint: "remove one of the two, or rename one if both are meant",
            related: earlier,
            relatedNote: "'\(key.value)' is first defined here",
            chinese: ("键 '\(key.value)' 重复（第 \(earlier.line) 行已定义）", "删掉其中一个；如果两个都需要，给其中一个改名",
                      "'\(key.value)' 第一次定义在这里")
        ))
    }

    /// Applies YAML merge keys: keys written in the mapping win over merged ones, and among
    /// several merged mappings the earlier one wins.
    private mutating func applyMerge(_ entries: [YAMLMapping.Entry]) -> [YAMLMapping.Entry] {
        var own: [YAMLMapping.Entry] = []
        var sources: [YAMLMapping] = []
        for entry in entries {
            guard case .scalar(let key) = entry.key, key.style == .plain, key.value == "<<" else {
                own.append(entry)
                continue
            }
            switch entry.value {
            case .mapping(let mapping):
                sources.append(mapping)
            case .sequence(let sequence):
                for item in sequence.items {
                    if case .mapping(let mapping) = item {
                        sources.append(mapping)
                    } else {
                        badMerge(at: item.mark)
                    }
                }
            case .scalar:
                badMerge(at: entry.value.mark)
            }
        }
        var seen = Set(own.compactMap { $0.key.scalar?.value })
        var merged = own
        for source in sources {
            for entry in source.entries {
                guard let key = entry.key.scalar?.value else { continue }
                if seen.insert(key).inserted { merged.append(entry) }
            }
        }
        return merged
    }

    private mutating func badMerge(at mark: Mark) {
        issues.append(YAMLIssue(
            kind: .badMerge,
            message: "a merge key '<<' takes a mapping or a list of mappings",
            mark: mark,
            hint: "write '<<: *anchor' where the anchor is on a mapping",
            chinese: ("合并键 '<<' 的值应为映射或映射的列表", "写作 '<<: *anchor'，锚点要在一个映射上", "相关位置")
        ))
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
