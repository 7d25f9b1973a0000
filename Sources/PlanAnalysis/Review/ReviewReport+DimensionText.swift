import PlanModel

extension ReviewReport.DimensionBasis {
    /// The line above a dimension's breakdown in the Markdown and HTML reports: what each
    /// value's number means, so a pro-rata share is never read as blame.
    func caption(_ dimension: String, unallocated: String?) -> String {
        switch self {
        case .previous: return "按\(dimension)拆分：与上期相比各自的变化（比率含结构效应与比率效应）"
        case .rate: return "按\(dimension)拆分：各\(dimension)的比率与目标之差，乘以其权重"
        case .performance:
            return "按\(dimension)拆分：各\(dimension)以自身比率（转化率、客单价等）相对目标比率的得失"
                + (unallocated.map { "；规模差距 \($0) 不按\(dimension)分摊（目标未按\(dimension)拆分）" } ?? "")
        case .proRata: return "按\(dimension)分摊：目标未按\(dimension)拆分，差距按实际占比分摊——只说明谁体量大，不说明谁拖后腿"
        }
    }
}
