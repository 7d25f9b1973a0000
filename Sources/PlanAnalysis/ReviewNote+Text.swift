import PlanModel

/// The catalog of the review's caveats, one text per language. Every report view takes its
/// words from here (and from `ReviewText`), so a `--lang` option only chooses the language.
extension ReviewNote {
    /// The note in `language`; `names` turns a metric id into its display name (the JSON
    /// contract keeps ids, the reports show names).
    public func text(_ language: ReviewLanguage, names: (String) -> String = { $0 }) -> String {
        switch language {
        case .en: return english(names)
        case .zh: return chinese(names)
        }
    }

    /// English, with ids by default (the JSON contract) or names when the terminal gives them.
    func english(_ n: (String) -> String = { $0 }) -> String {
        switch self {
        case let .lmdiNeedsPositive(metric, driver, negative, base):
            return "\(n(metric)): '\(n(driver))' is \(negative ? "negative" : "zero") in the \(base ? "base" : "actual") values, so its gap is split by Shapley instead of LMDI"
        case let .lmdiMixedFormula(metric, formula):
            return "\(n(metric)): LMDI splits products, ratios and sums; '\(formula)' mixes them, so Shapley is used"
        case let .shapleyTooLarge(metric, drivers):
            return "\(n(metric)): Shapley would evaluate the formula for each of the 2^\(drivers) subsets of its \(drivers) drivers, too many for this formula, so the chain method (one driver at a time, in formula order) is used"
        case .noDriverTargets(let drivers):
            return "no targets on this node for \(drivers.map(n).joined(separator: ", ")), so the gap cannot be split against targets"
        case let .undefined(metric, side):
            return "'\(n(metric))' cannot be computed from the \(side) values (a missing input or a division by zero)"
        case .notDerived(let metric):
            return "'\(n(metric))' has no formula, so there is nothing to attribute"
        case let .treeCut(metric, limit):
            return "the KPI tree below '\(n(metric))' has more than \(limit) contributions; the deeper splits are left out"
        case let .sampleTooSmall(needed, have):
            let count = needed.map { "about \($0) per variant are needed" } ?? "more than 10⁹ per variant would be needed"
            return "the sample is too small for a difference this size: \(count) for 80% power (have \(have.map(String.init) ?? "more than 10⁹"))"
        case .fewSuccessesOrFailures:
            return "fewer than 5 successes or failures in a variant: the normal approximation is rough"
        case .smallExpectedCount:
            return "an expected count is below 5: the chi-square approximation is rough"
        case .fewerThan30:
            return "fewer than 30 in a variant: the t-test relies on the values being near normal"
        case .incompleteRows(let count):
            return "\(count) row\(count == 1 ? "" : "s") gave the mean without its sd or n (or with n = 0) and \(count == 1 ? "was" : "were") left out"
        case .dimensionMissing(let dimension):
            return "no actuals carry the dimension '\(dimension)'"
        case let .controlMissing(control, variants):
            return "the control '\(control)' is not among the variants found: \(variants.joined(separator: ", "))"
        case let .noCompleteRows(metric, sd, size):
            return "no rows carry '\(n(metric))', '\(n(sd))' and '\(n(size))' together for the variants"
        case .notARate(let metric):
            return "'\(n(metric))' is not a rate (a / b), so there are no successes and trials to test; "
                + "for a mean, name the metrics of its spread and size with 'sd:' and 'n:'"
        case let .noPreviousData(first, last):
            return "no data in the previous window \(first)…\(last): no change is shown (it is not read as 0)"
        case let .previousPartlyCovered(days, total):
            return "the previous window has data on \(days) of its \(total) days: its value may be low"
        }
    }

    func chinese(_ n: (String) -> String) -> String {
        switch self {
        case let .lmdiNeedsPositive(metric, driver, negative, base):
            return "\(n(metric))：\(n(driver)) 在\(base ? "基准" : "实际")值中为\(negative ? "负数" : "零")，LMDI 无法计算，改用 Shapley 拆分"
        case let .lmdiMixedFormula(metric, formula):
            return "\(n(metric))：LMDI 只拆分乘积、比率与求和，“\(formula)”混合了它们，改用 Shapley"
        case let .shapleyTooLarge(metric, drivers):
            return "\(n(metric))：Shapley 需对 \(drivers) 个驱动因子的 2^\(drivers) 个子集逐一计算公式，对此公式过多，改用连环替代法（按公式顺序逐个替换）"
        case .noDriverTargets(let drivers):
            return "本节点没有 \(drivers.map(n).joined(separator: "、")) 的目标，差距无法按目标拆分"
        case let .undefined(metric, side):
            let sideText = ["base": "基准", "actual": "实际"][side] ?? "中间"
            return "\(n(metric)) 无法由\(sideText)值算出（缺少输入或除以零）"
        case .notDerived(let metric):
            return "\(n(metric)) 没有公式，无从归因"
        case let .treeCut(metric, limit):
            return "\(n(metric)) 之下的指标树超过 \(limit) 项贡献，更深的拆分从略"
        case let .sampleTooSmall(needed, have):
            func grouped(_ count: Int) -> String { ValueFormatter.grouped(Double(count), maxFraction: 0) }
            let count = needed.map { "每组约需 \(grouped($0))" } ?? "每组需要超过 10⁹"
            return "样本量不足以检出这么小的差异：要达到 80% 的检验力，\(count)（现有 \(have.map(grouped) ?? "超过 10⁹")）"
        case .fewSuccessesOrFailures:
            return "某组的成功或失败数少于 5：正态近似较粗"
        case .smallExpectedCount:
            return "有期望频数小于 5：卡方近似较粗"
        case .fewerThan30:
            return "某组样本少于 30：t 检验依赖数据接近正态"
        case .incompleteRows(let count):
            return "\(count) 行只有均值、缺少标准差或样本数（或样本数为 0），未计入"
        case .dimensionMissing(let dimension):
            return "实际数据中没有维度“\(dimension)”"
        case let .controlMissing(control, variants):
            return "对照组“\(control)”不在已有分组中：\(variants.joined(separator: "、"))"
        case let .noCompleteRows(metric, sd, size):
            return "没有同时给出 \(n(metric))、\(n(sd)) 与 \(n(size)) 的行"
        case .notARate(let metric):
            return "\(n(metric)) 不是比率（a / b），没有成功数与样本数可检验；均值类指标请用 sd: 与 n: 指明标准差与样本数指标"
        case let .noPreviousData(first, last):
            return "对比期 \(first)…\(last) 没有数据：不计算变化（不按 0 计）"
        case let .previousPartlyCovered(days, total):
            return "对比期 \(total) 天中只有 \(days) 天有数据：对比值可能偏低"
        }
    }
}
