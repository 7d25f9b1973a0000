import PlanYAML

extension PlanReader {
    static let metricKeys = ["name", "kind", "formula", "unit", "format", "better", "description"]

    func readMetrics(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, "metrics") else { return }
        for (key, value) in context.keyedEntries(mapping) {
            guard let id = context.metricID(key) else { continue }
            var metric = Metric(id: id, name: "", location: context.location(key.mark))
            // Short form: `orders: 订单数` is a flow metric with that name.
            if case .scalar(let name) = value, !name.isNull {
                metric.name = name.value
                metrics.append(metric)
                continue
            }
            guard let body = context.mapping(value, "metric '\(id)'") else { continue }
            var hasName = false
            var kindKey: (YAMLScalar, Metric.Kind)?
            var formulaKey: YAMLScalar?
            for (field, fieldValue) in context.keyedEntries(body) {
                switch field.value {
                case "name":
                    hasName = true
                    if let name = context.string(fieldValue, "metric name") { metric.name = name }
                case "kind":
                    if let kind = context.choice(fieldValue, "metric kind", accepted: Metric.Kind.allCases.map(\.rawValue),
                                                 Metric.Kind.init(rawValue:)) {
                        kindKey = (field, kind)
                    }
                case "formula":
                    formulaKey = field
                    metric.formula = readFormula(fieldValue)
                case "unit":
                    metric.unit = context.string(fieldValue, "unit")
                case "format":
                    metric.format = context.choice(fieldValue, "format", accepted: Metric.Format.allCases.map(\.rawValue),
                                                   Metric.Format.init(rawValue:))
                case "better":
                    metric.better = context.choice(fieldValue, "direction", accepted: Metric.Direction.allCases.map(\.rawValue),
                                                   Metric.Direction.init(rawValue:)) ?? metric.better
                case "description":
                    metric.description = context.string(fieldValue, "description")
                default:
                    context.unknownKey(field, in: "metric '\(id)'", allowed: Self.metricKeys)
                }
            }
            if !hasName { context.missingKey("name", in: "metric '\(id)'", of: body, allowed: Self.metricKeys, hint: "add 'name: 成交额'") }
            switch (kindKey, formulaKey) {
            case let ((key, kind)?, _?) where kind != .derived:
                context.error(.conflictingKeys, "metric '\(id)' is '\(kind.rawValue)' but has a formula", at: key.mark,
                              hint: "a metric with a formula is derived; remove 'kind' or the formula")
            case let ((key, .derived)?, nil):
                context.missingKey("formula", in: "derived metric '\(id)'", at: key.mark,
                                   hint: "derived metrics are computed, e.g. 'formula: orders / visitors'")
            default:
                break
            }
            if let kind = kindKey?.1 { metric.kind = kind }
            if metric.formula != nil || formulaKey != nil { metric.kind = .derived }
            metrics.append(metric)
        }
    }

    private func readFormula(_ node: YAMLNode) -> Formula? {
        guard let scalar = context.scalar(node, "formula") else { return nil }
        let singleLine = scalar.style != .literal && scalar.style != .folded && !scalar.value.contains("\n")
            && scalar.mark.line == context.location(in: scalar, offset: scalar.value.count).line
        let origin = singleLine
            ? SourceLocation(file: context.file, line: scalar.mark.line, column: scalar.contentColumn) : nil
        switch FormulaParser.parse(scalar.value) {
        case .success(let expression):
            if Self.dividesByZero(expression) {
                context.diagnostics.append(Diagnostic(
                    .error, .formulaSyntax, "formula '\(Self.quoted(scalar.value))' divides by zero", at: context.location(in: scalar, offset: 0),
                    hint: "a metric divided by 0 has no value in any window; divide by a metric or a number other than 0"
                ))
                return nil
            }
            return Formula(text: scalar.value, expression: expression, origin: origin)
        case .failure(let failure) where failure.tooLarge:
            context.diagnostics.append(Diagnostic(
                .error, .formulaTooLarge, failure.message, at: context.location(in: scalar, offset: failure.offset),
                hint: "split it into derived metrics of their own (a subtotal per group), each of at most "
                    + "\(FormulaParser.limitText) numbers, metrics and operators and \(Formula.maximumNesting) levels of parentheses"
            ))
            return nil
        case .failure(let failure):
            let location = context.location(in: scalar, offset: failure.offset)
            context.diagnostics.append(Diagnostic(
                .error, .formulaSyntax, "formula '\(Self.quoted(scalar.value))': \(failure.message)", at: location,
                hint: "formulas combine metric ids with + - * / and parentheses, e.g. 'gmv / orders'"
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
        guard let dimensions = context.mapping(node, "target split of '\(metric)'") else { return [] }
        var splits: [TargetSplit] = []
        for (dimension, values) in context.keyedEntries(dimensions) {
            guard let parts = context.mapping(values, "target of '\(metric)' by '\(dimension.value)'") else { continue }
            var split = TargetSplit(dimension: dimension.value, parts: [], location: context.location(dimension.mark))
            for (value, amount) in context.keyedEntries(parts) {
                guard let number = context.quantity(amount, "target of '\(metric)' for \(dimension.value) '\(value.value)'") else { continue }
                split.parts.append(.init(value: value.value, target: number, location: context.location(value.mark)))
            }
            splits.append(split)
        }
        return splits
    }

    /// `targets: {gmv: 120万, conversion: 3.5%}`; a value may be `{value: …, window: …, by: …}`.
    func readTargets(_ node: YAMLNode) -> [Target] {
        guard let mapping = context.mapping(node, "targets") else { return [] }
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
                        if let number = context.quantity(fieldValue, "target value") { target.value = number; parsed = true }
                    case "window":
                        target.window = context.dateEntry(fieldValue, "target window")
                    case "by":
                        target.splits = readSplits(fieldValue, metric: metric)
                    default:
                        context.unknownKey(field, in: "target '\(metric)'", allowed: Self.targetKeys)
                    }
                }
                if parsed {
                    targets.append(target)
                } else if !hasValue {
                    context.missingKey("value", in: "target '\(metric)'", of: body, allowed: Self.targetKeys)
                }
            } else if let number = context.quantity(value, "target for '\(metric)'") {
                targets.append(Target(metric: metric, value: number, location: location))
            }
        }
        return targets
    }
}
