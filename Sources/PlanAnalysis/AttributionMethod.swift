import PlanModel

/// How a derived metric's gap (actual − base) splits among its drivers.
public enum AttributionMethod: String, Sendable, CaseIterable {
    /// 连环替代法: drivers replaced one at a time in the order the formula names them. The
    /// method Chinese finance teams know; the result depends on that order.
    case chain
    /// Additive LMDI-I (log-mean Divisia index): exact and order-free for products, ratios
    /// and sums.
    case lmdi
    /// Shapley decomposition: each driver's marginal effect averaged over every order;
    /// exact and order-free for any formula.
    case shapley
}
