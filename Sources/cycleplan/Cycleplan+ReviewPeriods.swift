import PlanAnalysis
import PlanModel

extension Cycleplan.Review {
    /// A period with no data in the store for any KPI (a previous plan never imported, a
    /// year before the store begins) compares nothing: an error at the plan (or the option),
    /// in both languages, and nothing is written. A KPI without data then is a note instead.
    func checkPeriodsHaveData(_ report: ReviewReport, periods: [ComparisonPeriod],
                              plans: [(path: String, plan: Plan, sources: [String: SourceFile])]) throws {
        var failed = false
        for (index, period) in periods.enumerated() {
            let compared = report.kpis.compactMap { $0.periods.first { $0.basis == period.label } }
            guard !compared.isEmpty, compared.allSatisfy({ $0.value == nil }) else { continue }
            let first = compared.map(\.windowStart).min().map(\.description) ?? ""
            let last = compared.map(\.windowFinish).max().map(\.description) ?? ""
            let message = Bilingual(zh: "对比期（\(period.label)，\(first)…\(last)）在指标库中没有任何指标数据",
                                    en: "the store has no data for any KPI in the period compared with (\(period.label), \(first)…\(last))")
            let hint = Bilingual(zh: "先导入那个时期的导出文件：cycleplan actuals import FILE… --plan PLAN --store URL",
                                 en: "import that period's exports first: cycleplan actuals import FILE… --plan PLAN --store URL")
            let language = runLanguage()
            if index < plans.count {
                let (_, other, sources) = plans[index]
                let diagnostic = Diagnostic(.error, .previousNoData, message, at: other.location, hint: hint)
                Console.err(DiagnosticRenderer(sources: sources, language: language).render([diagnostic]))
            } else {
                let (error, hintWord) = (language.pick(zh: "错误", en: "error"), language.pick(zh: "提示", en: "hint"))
                Console.err("cycleplan: \(error): [\(DiagnosticID.previousNoData.rawValue)] --shift \(period.label): \(message.text(in: language))\n"
                            + "  \(hintWord): \(hint.text(in: language))\n")
            }
            failed = true
        }
        if failed { throw InputErrors() }
    }
}
