/// A rectangle of cells, zero-based and inclusive, its corners in order: a merged range.
struct CellRange: Equatable {
    var top: Int, left: Int, bottom: Int, right: Int

    /// From two corners in any order (`B2:A1` is `A1:B2`).
    init(_ a: CellReference, _ b: CellReference) {
        top = min(a.row, b.row)
        bottom = max(a.row, b.row)
        left = min(a.column, b.column)
        right = max(a.column, b.column)
    }

    var anchor: CellReference { CellReference(row: top, column: left) }
}
