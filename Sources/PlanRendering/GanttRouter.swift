import PlanModel

/// Routes dependency arrows around the bars, as orthogonal paths that run in the gaps:
///
/// 1. out of the predecessor's side the link type names (its end for FS/FF, its start for
///    SS/SF) by a 6 px stub, away from the bar, so an SS arrow never runs through its own bar;
/// 2. up or down to the row gap on the side of the successor (bars fill only the middle
///    12 px of a 22 px row, so the row boundary is free);
/// 3. along that gap to a column that no bar or note of the rows in between covers — the
///    one nearest the successor's approach — and down it to the successor's row gap;
/// 4. along that gap to 6 px before the side it enters (left of its start for FS/SS, right
///    of its end for FF/SF) and into it at mid-height.
///
/// Notes (role names, targets, milestone dates) start 12 px right of a shape, so stubs at
/// 6 px never touch them, and every vertical run through other rows avoids their notes too.
/// The HTML page's script routes the same way.
public struct GanttRouter: Sendable {
    public struct Route: Sendable {
        public var from: Int
        public var to: Int
        public var critical: Bool
        /// Absolute points, first to last; the arrowhead sits at the last.
        public var points: [(x: Double, y: Double)]

        public var svgPath: String {
            var out = ""
            for (index, point) in points.enumerated() {
                out += (index == 0 ? "M" : " L") + svgNumber(point.x) + "," + svgNumber(point.y)
            }
            return out
        }
    }

    static let stub = 6.0
    /// Space kept between a vertical run and a bar or note it passes.
    static let clearance = 3.0

    public let layout: GanttLayout

    public init(layout: GanttLayout) { self.layout = layout }

    /// Every link between two shown rows, routed.
    ///
    /// - Complexity: O(Σ k log k) over links, k the rows a link passes; a link is planned
    ///   from its rows' extents only, never against the other links.
    public func routes() -> [Route] {
        var index: [String: Int] = [:]
        for (position, row) in layout.chart.rows.enumerated() { index[row.id] = position }
        var result: [Route] = []
        result.reserveCapacity(layout.chart.links.count)
        for link in layout.chart.links {
            guard let from = index[link.from], let to = index[link.to], from != to else { continue }
            let critical = layout.chart.rows[from].critical && layout.chart.rows[to].critical
            result.append(Route(from: from, to: to, critical: critical, points: route(from: from, to: to, kind: link.kind)))
        }
        return result
    }

    func route(from: Int, to: Int, kind: Dependency.Kind) -> [(x: Double, y: Double)] {
        let source = layout.shape(row: from), target = layout.shape(row: to)
        let leavesStart = kind == .startToStart || kind == .startToFinish
        let entersStart = kind == .finishToStart || kind == .startToStart
        let startX = leavesStart ? source.start : source.end
        let outX = leavesStart ? startX - Self.stub : startX + Self.stub
        let endX = entersStart ? target.start : target.end
        let inX = entersStart ? endX - Self.stub : endX + Self.stub
        let down = to > from
        // The gap below the predecessor's row and above the successor's (or the reverse).
        let sourceGap = down ? layout.rowTops[from] + layout.rowHeights[from] : layout.rowTops[from]
        let targetGap = down ? layout.rowTops[to] : layout.rowTops[to] + layout.rowHeights[to]
        let column = freeColumn(near: inX, between: min(from, to) + 1, and: max(from, to))
        var points: [(x: Double, y: Double)] = [(startX, layout.mid(row: from)), (outX, layout.mid(row: from)), (outX, sourceGap)]
        if column != outX { points.append((column, sourceGap)) }
        if targetGap != sourceGap { points.append((column, targetGap)) }
        if inX != column { points.append((inX, targetGap)) }
        points.append((inX, layout.mid(row: to)))
        points.append((endX, layout.mid(row: to)))
        return Self.simplified(points)
    }

    /// The x nearest to `preferred` that no shape or note of rows `first..<last` covers.
    func freeColumn(near preferred: Double, between first: Int, and last: Int) -> Double {
        guard first < last else { return preferred }
        // Usually nothing is in the way: one pass, no allocation.
        if !(first..<last).contains(where: { row in
            let span = layout.occupied(row: row)
            return span.start - Self.clearance < preferred && preferred < span.end + Self.clearance
        }) { return preferred }
        var blocked: [(Double, Double)] = []
        blocked.reserveCapacity(last - first)
        for row in first..<last {
            let span = layout.occupied(row: row)
            blocked.append((span.start - Self.clearance, span.end + Self.clearance))
        }
        blocked.sort { $0.0 < $1.0 }
        var merged: [(Double, Double)] = []
        for span in blocked {
            if let last = merged.last, span.0 <= last.1 { merged[merged.count - 1].1 = max(last.1, span.1) } else { merged.append(span) }
        }
        guard let hit = merged.first(where: { $0.0 < preferred && preferred < $0.1 }) else { return preferred }
        // The two edges of the covered stretch; the left one only inside the timeline.
        let left = hit.0, right = hit.1
        if left > layout.timelineX + 2, preferred - left <= right - preferred { return left }
        return right
    }

    /// Drops repeated points and points in the middle of a straight run.
    static func simplified(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        var out: [(x: Double, y: Double)] = []
        for point in points {
            if let last = out.last, last.x == point.x, last.y == point.y { continue }
            if out.count >= 2 {
                let a = out[out.count - 2], b = out[out.count - 1]
                if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) { out[out.count - 1] = point; continue }
            }
            out.append(point)
        }
        return out
    }
}
