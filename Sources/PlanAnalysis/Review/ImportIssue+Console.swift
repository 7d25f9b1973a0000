import PlanModel

/// The import's issues as the terminal prints them, in the run's language and with metrics
/// named as the plan names them (the id `existing_customers` is shown as 老客数).
extension [ImportIssue] {
    /// Every issue: the first `full` with their hints, the next up to `lines` one line each,
    /// then (when `counted`) one line counting the rest (all of them are in the -o report and the JSON).
    public func consoleLines(metrics: [Metric], language: Language, full: Int = 20, lines: Int, counted: Bool = true) -> [String] {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let name: (String) -> String = { names[$0] ?? $0 }
        var out = prefix(full).map { $0.rendered(language, names: name) }
        out += dropFirst(full).prefix(lines).map { $0.renderedLine(language, names: name) }
        let rest = count - full - lines
        if counted, rest > 0 {
            out.append(language.pick(zh: "……另有 \(rest) 条导入问题（全部见 -o 报告与 --format json）\n",
                                     en: "… and \(rest) more import issues (all of them are in the -o report and in --format json)\n"))
        }
        return out
    }

    /// The closing line when a report was written from files with import errors.
    public func errorsLine(language: Language) -> String? {
        let errors = filter { $0.severity == .error }.count
        guard errors > 0 else { return nil }
        return language.pick(zh: "cycleplan：\(errors) 个导入错误（未映射的列、重叠的文件）\n",
                             en: "cycleplan: \(errors) import error\(errors == 1 ? "" : "s") (unmapped columns, overlapping files)\n")
    }

    /// The closing line of a `--strict` run that met any issue.
    public func strictLine(language: Language) -> String? {
        guard !isEmpty else { return nil }
        return language.pick(zh: "cycleplan：--strict：\(count) 条导入问题\n",
                             en: "cycleplan: --strict: \(count) import issue\(count == 1 ? "" : "s")\n")
    }
}
