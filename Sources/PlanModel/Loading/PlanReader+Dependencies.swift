import PlanYAML

extension PlanReader {
    static let dependencyKeys = ["id", "type", "lag"]

    /// `after: theme`, `after: [theme, "posters +1d", "copy SS", {id: copy, type: FF, lag: 1d}]`.
    func readDependencies(_ node: YAMLNode) -> [Dependency] {
        guard let items = context.list(node, "after") else { return [] }
        return items.compactMap { item in
            if case .mapping(let mapping) = item { return readDependencyObject(mapping) }
            guard let scalar = context.scalar(item, "dependency") else { return nil }
            return readDependencyString(scalar)
        }
    }

    /// `ID [TYPE] [±LAG]`.
    private func readDependencyString(_ scalar: YAMLScalar) -> Dependency? {
        let location = SourceLocation(file: context.file, line: scalar.mark.line, column: scalar.contentColumn)
        // Most entries are a bare id: take the fast path without splitting.
        if !scalar.value.utf8.contains(0x20), !scalar.value.utf8.contains(0x09), Identifier.isValidNodeID(scalar.value) {
            return Dependency(predecessorID: scalar.value, location: location)
        }
        let words = scalar.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let id = words.first, Identifier.isValidNodeID(id) else {
            return invalidDependency(scalar, "'\(scalar.value)' does not start with a task or phase id")
        }
        var dependency = Dependency(predecessorID: id, location: location)
        var rest = words.dropFirst()
        if let word = rest.first, let kind = Dependency.Kind(rawValue: word.uppercased()) {
            dependency.kind = kind
            rest = rest.dropFirst()
        }
        if !rest.isEmpty {
            let lagText = rest.joined(separator: " ")
            guard lagText.first == "+" || lagText.first == "-", let lag = WorkDuration.parse(lagText, signed: true),
                  abs(lag.days) <= WorkDuration.maximumDays else {
                return invalidDependency(scalar, "cannot read '\(lagText)' in dependency '\(scalar.value)'")
            }
            dependency.lag = lag
        }
        return dependency
    }

    private func invalidDependency(_ scalar: YAMLScalar, _ message: String) -> Dependency? {
        context.error(.invalidDependency, message, at: scalar.mark,
                      hint: "write 'ID', 'ID +1d' (lag), 'ID -2d' (lead) or 'ID SS +1d' (type FS, SS, FF or SF)")
        return nil
    }

    private func readDependencyObject(_ mapping: YAMLMapping) -> Dependency? {
        var id: String?
        var dependency = Dependency(predecessorID: "", location: context.location(mapping.mark))
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "id":
                id = context.nodeID(value, "task or phase id")
                if case .scalar(let scalar) = value {
                    dependency.location = SourceLocation(file: context.file, line: scalar.mark.line, column: scalar.contentColumn)
                }
            case "type":
                if let kind = context.choice(value, "dependency type", accepted: Dependency.Kind.allCases.map(\.rawValue),
                                             { Dependency.Kind(rawValue: $0.uppercased()) }) {
                    dependency.kind = kind
                }
            case "lag":
                if let lag = context.duration(value, "lag", signed: true) { dependency.lag = lag }
            default:
                context.unknownKey(key, in: "dependency", allowed: Self.dependencyKeys)
            }
        }
        guard let id else {
            if mapping["id"] == nil { context.missingKey("id", in: "dependency", at: mapping.mark, hint: "name the task or phase: '{id: posters, type: SS}'") }
            return nil
        }
        dependency.predecessorID = id
        return dependency
    }
}
