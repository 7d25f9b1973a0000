import PlanYAML

extension PlanReader {
    static let metricKeys = ["name", "kind", "formula", "unit", "format", "better", "description"]

    func readMetrics(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, Bilingual(zh: "指标列表", en: "metrics")) else { return }
        for (key, value) in context.keyedEntries(mapping) {
            guard let id = context.metricID(key) else { continue }
            var metric = Metric(id: id, name: "", location: context.location(key.mark))
            // Short form: `orders: 订单数` is a flow metric with that name.
            if case .scalar(let name) = value, !name.isNull {
                metric.name = name.value
                metrics.append(metric)
                continue
            }
            guard let body = context.mapping(value, Bilingual(zh: "指标 '\(id)'", en: "metric '\(id)'")) else { continue }
            var hasName = false
            var kindKey: (YAMLScalar, Metric.Kind)?
            var formulaKey: YAMLScalar?
            for (field, fieldValue) in context.keyedEntries(body) {
                switch field.value {
                case "name":
                    hasName = true
                    if let name = context.string(fieldValue, Bilingual(zh: "指标名称", en: "metric name")) { metric.name = name }
                case "kind":
                    if let kind = context.choice(fieldValue, Bilingual(zh: "指标类型", en: "metric kind"), accepted: Metric.Kind.allCases.map(\.rawValue),
                                                 Metric.Kind.init(rawValue:)) {
                        kindKey = (field, kind)
                    }
                case "formula":
                    formulaKey = field
                    metric.formula = readFormula(fieldValue)
                case "unit":
                    metric.unit = context.string(fieldValue, Bilingual(zh: "单位", en: "unit"))
                case "format":
                    metric.format = context.choice(fieldValue, Bilingual(zh: "显示格式", en: "format"), accepted: Metric.Format.allCases.map(\.rawValue),
                                                   Metric.Format.init(rawValue:))
                case "better":
                    metric.better = context.choice(fieldValue, Bilingual(zh: "指标方向", en: "direction"), accepted: Metric.Direction.allCases.map(\.rawValue),
                                                   Metric.Direction.init(rawValue:)) ?? metric.better
                case "description":
                    metric.description = context.string(fieldValue, Bilingual(zh: "说明", en: "description"))
                default:
                    context.unknownKey(field, in: Bilingual(zh: "指标 '\(id)'", en: "metric '\(id)'"), allowed: Self.metricKeys)
                }
            }
            if !hasName { context.missingKey("name", in: Bilingual(zh: "指标 '\(id)'", en: "metric '\(id)'"), of: body, allowed: Self.metricKeys, hint: Bilingual(zh: "加上 'name: 成交额'", en: "add 'name: 成交额'")) }
            switch (kindKey, formulaKey) {
            case let ((key, kind)?, _?) where kind != .derived:
                context.error(.conflictingKeys, Bilingual(zh: "指标 '\(id)' 的类型是 '\(kind.rawValue)'，却写了公式", en: "metric '\(id)' is '\(kind.rawValue)' but has a formula"), at: key.mark,
                              hint: Bilingual(zh: "有公式的指标是派生指标；去掉 'kind' 或公式", en: "a metric with a formula is derived; remove 'kind' or the formula"))
            case let ((key, .derived)?, nil):
                context.missingKey("formula", in: Bilingual(zh: "派生指标 '\(id)'", en: "derived metric '\(id)'"), at: key.mark,
                                   hint: Bilingual(zh: "派生指标由公式计算，例如 'formula: orders / visitors'", en: "derived metrics are computed, e.g. 'formula: orders / visitors'"))
            default:
                break
            }
            if let kind = kindKey?.1 { metric.kind = kind }
            if metric.formula != nil || formulaKey != nil { metric.kind = .derived }
            metrics.append(metric)
        }
    }

    private func readFormula(_ node: YAMLNode) -> Formula? {
        guard let scalar = context.scalar(node, Bilingual(zh: "公式", en: "formula")) else { return nil }
        let singleLine = scalar.style != .literal && scalar.style != .folded && !scalar.value.contains("\n")
            && scalar.mark.line == context.location(in: scalar, offset: scalar.value.count).line
        let origin = singleLine
            ? SourceLocation(file: context.file, line: scalar.mark.line, column: scalar.contentColumn) : nil
        switch FormulaParser.parse(scalar.value) {
        case .success(let expression):
            if Self.dividesByZero(expression) {
                context.diagnostics.append(Diagnostic(
                    .error, .formulaSyntax, Bilingual(zh: "公式 '\(Self.quoted(scalar.value))' 除以零", en: "formula '\(Self.quoted(scalar.value))' divides by zero"), at: context.location(in: scalar, offset: 0),
                    hint: Bilingual(zh: "除以 0 的指标在任何时间窗都没有值；请除以某个指标或非零的数", en: "a metric divided by 0 has no value in any window; divide by a metric or a number other than 0")
                ))
                return nil
            }
            return Formula(text: scalar.value, expression: expression, origin: origin)
        case .failure(let failure) where failure.tooLarge:
            context.diagnostics.append(Diagnostic(
                .error, .formulaTooLarge, failure.text, at: context.location(in: scalar, offset: failure.offset),
                hint: Bilingual(zh: "把它拆成几个各自的派生指标（每组一个小计），每个最多 \(FormulaParser.limitText) 个数字、指标和运算符、"
                                    + "\(Formula.maximumNesting) 层括号",
                                en: "split it into derived metrics of their own (a subtotal per group), each of at most "
                                    + "\(FormulaParser.limitText) numbers, metrics and operators and \(Formula.maximumNesting) levels of parentheses")
            ))
            return nil
        case .failure(let failure):
            let location = context.location(in: scalar, offset: failure.offset)
            context.diagnostics.append(Diagnostic(
                .error, .formulaSyntax, Bilingual(zh: "公式 '\(Self.quoted(scalar.value))'：\(failure.text.zh)", en: "formula '\(Self.quoted(scalar.value))': \(failure.text.en)"), at: location,
                hint: Bilingual(zh: "公式用 + - * / 和括号组合指标 id，例如 'gmv / orders'", en: "formulas combine metric ids with + - * / and parentheses, e.g. 'gmv / orders'")
            ))
            return nil
        }
    }

    /// A formula as quoted in a message: a long one is cut, its place is in the excerpt.
    private static func quoted(_ text: String) -> String {
        text.utf8.count <= 200 ? text : DisplayWidth.truncate(text, toWidth: 80)
    }

    /// A literal `/ 0` anywhere in the formula.
    static func dividesByZero(_ expression: Formula.Expression) -> Bool {
        expression.nodes.contains { node in
            if case let .binary(.divide, _, right) = node, case .number(let value) = expression.nodes[right], value == 0 { return true }
            return false
        }
    }

    static let targetKeys = ["value", "window", "by"]

    /// `by: {渠道: {门店: 12万, 社群: 9万, 视频号: 7万}}`: the target's part per dimension value.
    /// Whether the parts must add up is the validator's question (it knows the metric's kind).
    func readSplits(_ node: YAMLNode, metric: String) -> [TargetSplit] {
        guard let dimensions = context.mapping(node, Bilingual(zh: "'\(metric)' 的目标拆分", en: "target split of '\(metric)'")) else { return [] }
        var splits: [TargetSplit] = []
        for (dimension, values) in context.keyedEntries(dimensions) {
            guard let parts = context.mapping(values, Bilingual(zh: "'\(metric)' 按 '\(dimension.value)' 拆分的目标", en: "target of '\(metric)' by '\(dimension.value)'")) else { continue }
            var split = TargetSplit(dimension: dimension.value, parts: [], location: context.location(dimension.mark))
            for (value, amount) in context.keyedEntries(parts) {
                guard let number = context.quantity(amount, Bilingual(zh: "'\(metric)' 在 \(dimension.value) '\(value.value)' 上的目标", en: "target of '\(metric)' for \(dimension.value) '\(value.value)'")) else { continue }
                split.parts.append(.init(value: value.value, target: number, location: context.location(value.mark)))
            }
            splits.append(split)
        }
        return splits
    }

    /// `targets: {gmv: 120万, conversion: 3.5%}`; a value may be `{value: …, window: …, by: …}`.
    func readTargets(_ node: YAMLNode) -> [Target] {
        guard let mapping = context.mapping(node, Bilingual(zh: "目标列表", en: "targets")) else { return [] }
        var targets: [Target] = []
        for (key, value) in context.keyedEntries(mapping) {
            guard let metric = context.metricID(key) else { continue }
            let location = context.location(key.mark)
            if case .mapping(let body) = value {
                var target = Target(metric: metric, value: 0, location: location)
                var hasValue = false, parsed = false
                for (field, fieldValue) in context.keyedEntries(body) {
                    switch field.value {
                    case "value":
                        hasValue = true
                        if let number = context.quantity(fieldValue, Bilingual(zh: "目标值", en: "target value")) { target.value = number; parsed = true }
                    case "window":
                        target.window = context.dateEntry(fieldValue, Bilingual(zh: "目标时间窗", en: "target window"))
                    case "by":
                        target.splits = readSplits(fieldValue, metric: metric)
                    default:
                        context.unknownKey(field, in: Bilingual(zh: "目标 '\(metric)'", en: "target '\(metric)'"), allowed: Self.targetKeys)
                    }
                }
                if parsed {
                    targets.append(target)
                } else if !hasValue {
                    context.missingKey("value", in: Bilingual(zh: "目标 '\(metric)'", en: "target '\(metric)'"), of: body, allowed: Self.targetKeys)
                }
            } else if let number = context.quantity(value, Bilingual(zh: "'\(metric)' 的目标", en: "target for '\(metric)'")) {
                targets.append(Target(metric: metric, value: number, location: location))
            }
        }
        return targets
    }
}
