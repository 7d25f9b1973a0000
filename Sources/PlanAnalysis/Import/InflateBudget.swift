/// The inflated bytes a workbook may still produce, shared by all its entries: the zip-bomb
/// bound (`XLSXLimits`).
final class InflateBudget {
    let total: Int
    private(set) var remaining: Int

    init(total: Int) {
        self.total = total
        remaining = total
    }

    /// Takes `count` bytes; `false` once the budget is overdrawn.
    func spend(_ count: Int) -> Bool {
        remaining -= count
        return remaining >= 0
    }
}
