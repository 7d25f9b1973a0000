extension GanttChart {
    /// Each row's outline number (1, 1.1, 1.2, 2 …) from its position among its siblings:
    /// the WBS of MS Project XML and of the XLSX task sheet.
    ///
    /// - Complexity: O(rows).
    public var outlineNumbers: [String: String] {
        var childCount: [String: Int] = [:]
        var outline: [String: String] = [:]
        for row in rows {
            let key = row.parent ?? ""
            childCount[key, default: 0] += 1
            let position = String(childCount[key] ?? 1)
            outline[row.id] = row.parent.flatMap { outline[$0] }.map { "\($0).\(position)" } ?? position
        }
        return outline
    }
}
