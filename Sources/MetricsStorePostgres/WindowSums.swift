/// A flow's sums over one window for every value of every dimension column, from one grouped
/// pass (`PostgresWarehouse.windowSums`), kept for the review's life: a breakdown asks each
/// value's sum of each KPI input in each window, and each dimension used to be a pass (and a
/// sort) of its own over the same rows.
struct WindowSums: Sendable {
    struct Key: Hashable, Sendable {
        var metric: String
        var first: Int
        var last: Int
    }

    /// Per dimension (by position in the plan's order), per value with rows, its sum.
    var sums: [[String: Double]]
}
