import PlanYAML

extension PlanReader {
    static let dependencyKeys = ["id", "type", "lag"]

    /// `after: theme`, `after: [theme, "posters +1d", "copy SS", {id: copy, type: FF, lag: 1d}]`.
    func readDependencies(_ node: YAMLNode) -> [Dependency] {
        guard let items = context.list(node, Bilingual(zh: "前置任务", en: "after")) else { return [] }
        return items.compactMap { item in
            if case .mapping(let mapping) = item { return readDependencyObject(mapping) }
            guard let scalar = context.scalar(item, Bilingual(zh: "依赖", en: "dependency")) else { return nil }
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
        // Bytes first: a comma (`,`, or the full-width `，`, whose UTF-8 starts with 0xEF) is
        // rare, and looked for by character only then.
        if scalar.value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == 0xEF }),
           let comma = scalar.value.firstIndex(where: { $0 == "," || $0 == "，" }) {
            let offset = scalar.value.distance(from: scalar.value.startIndex, to: comma)
            return invalidDependency(scalar, at: offset, Bilingual(zh: "'\(scalar.value)' 在一个字符串里写了多个依赖", en: "'\(scalar.value)' names several dependencies in one string"),
                                     hint: Bilingual(zh: "多个依赖写成列表：after: [posters, copy]", en: "write several as a list: after: [posters, copy]"))
        }
        let words = Self.words(scalar.value)
        // A first word that starts with a letter is a reference even when it is no valid id
        // (a Chinese display name, most often): the validator reports it as an unknown task,
        // with the id that has this name.
        guard let first = words.first, Identifier.isValidNodeID(first.text) || first.text.first?.isLetter == true else {
            return invalidDependency(scalar, at: 0, Bilingual(zh: "'\(scalar.value)' 开头不是任务或阶段的 id", en: "'\(scalar.value)' does not start with a task or phase id"))
        }
        var dependency = Dependency(predecessorID: first.text, location: location)
        var rest = words.dropFirst()
        if let word = rest.first, let kind = Dependency.Kind(rawValue: word.text.uppercased()) {
            dependency.kind = kind
            rest = rest.dropFirst()
        }
        if let lagStart = rest.first {
            let lagText = rest.map(\.text).joined(separator: " ")
            guard lagText.first == "+" || lagText.first == "-", let lag = WorkDuration.parse(lagText, signed: true),
                  abs(lag.days) <= WorkDuration.maximumDays else {
                return invalidDependency(scalar, at: lagStart.offset, Bilingual(zh: "无法识别依赖 '\(scalar.value)' 中的 '\(lagText)'", en: "cannot read '\(lagText)' in dependency '\(scalar.value)'"))
            }
            dependency.lag = lag
        }
        return dependency
    }

    /// The words of a dependency string with their offsets in characters, so a caret can
    /// point at the one that cannot be read.
    private static func words(_ text: String) -> [(text: String, offset: Int)] {
        var words: [(text: String, offset: Int)] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { words.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }

    /// Reports the unreadable part at its column inside the scalar, the way formula errors
    /// point inside the formula.
    private func invalidDependency(_ scalar: YAMLScalar, at offset: Int, _ message: Bilingual, hint: Bilingual? = nil) -> Dependency? {
        context.diagnostics.append(Diagnostic(
            .error, .invalidDependency, message, at: context.location(in: scalar, offset: offset),
            hint: hint ?? Bilingual(zh: "写作 'ID'、'ID +1d'（延后）、'ID -2d'（提前）或 'ID SS +1d'（类型 FS、SS、FF 或 SF）", en: "write 'ID', 'ID +1d' (lag), 'ID -2d' (lead) or 'ID SS +1d' (type FS, SS, FF or SF)")
        ))
        return nil
    }

    private func readDependencyObject(_ mapping: YAMLMapping) -> Dependency? {
        var id: String?
        var dependency = Dependency(predecessorID: "", location: context.location(mapping.mark))
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "id":
                id = context.nodeID(value, Bilingual(zh: "任务或阶段 id", en: "task or phase id"))
                if case .scalar(let scalar) = value {
                    dependency.location = SourceLocation(file: context.file, line: scalar.mark.line, column: scalar.contentColumn)
                }
            case "type":
                if let kind = context.choice(value, Bilingual(zh: "依赖类型", en: "dependency type"), accepted: Dependency.Kind.allCases.map(\.rawValue),
                                             { Dependency.Kind(rawValue: $0.uppercased()) }) {
                    dependency.kind = kind
                }
            case "lag":
                if let lag = context.duration(value, Bilingual(zh: "间隔", en: "lag"), signed: true) { dependency.lag = lag }
            default:
                context.unknownKey(key, in: Bilingual(zh: "依赖", en: "dependency"), allowed: Self.dependencyKeys)
            }
        }
        guard let id else {
            if mapping["id"] == nil { context.missingKey("id", in: Bilingual(zh: "依赖", en: "dependency"), at: mapping.mark, hint: Bilingual(zh: "写明前置任务或阶段：'{id: posters, type: SS}'", en: "name the task or phase: '{id: posters, type: SS}'")) }
            return nil
        }
        dependency.predecessorID = id
        return dependency
    }
}
