import PlanModel
/// The merged ranges covering each row, for rows visited in ascending order: ranges enter at
/// their top row and leave after their bottom one. The work is counted against a budget
/// so that piles of overlapping ranges are refused rather than walked for ever.
struct MergeSweep {
    /// Sorted by top row.
    let ranges: [CellRange]
    private var next = 0
    private var active: [Int] = []
    private var work = 0
    private let budget: Int

    init(ranges: [CellRange], budget: Int) {
        self.ranges = ranges
        self.budget = budget
    }

    /// Indexes of the ranges covering `row`.
    mutating func active(at row: Int) throws(XLSXReader.Failure) -> [Int] {
        while next < ranges.count && ranges[next].top <= row {
            active.append(next)
            next += 1
        }
        active.removeAll { ranges[$0].bottom < row }
        work += active.count
        guard work <= 4 * budget else {
            throw .tooLarge(Bilingual(zh: "其合并区域在表的各行上重叠了 \(work) 次；Excel 不允许合并区域重叠", en: "its merged ranges overlap \(work) times over the table's rows; Excel does not let merged ranges overlap"))
        }
        return active
    }
}
