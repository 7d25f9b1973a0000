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

        /// Runs more than 400 px across, or through more than 40 rows: faded on a big chart.
        public var isLong: Bool {
            var across = 0.0
            for (a, b) in zip(points, points.dropFirst()) { across += abs(b.x - a.x) }
            return across > 400 || abs(to - from) > 40
        }

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

    /// Every link between two shown rows, routed. Links that leave one side of a row for rows
    /// on one side of it (a task and its several successors below) share one trunk: the link
    /// to the farthest row is drawn whole, down a column free for all of them, and each of the
    /// others only as a branch off that trunk along its own row gap, so no stretch of line is
    /// drawn twice and N successors make one vertical line instead of N side by side. Critical
    /// and other links keep trunks of their own (the red one is drawn over the grey).
    ///
    /// - Complexity: O(Σ k log k) over links, k the rows a link (or trunk) passes; a link is
    ///   planned from its rows' extents only, never against the other links.
    public func routes() -> [Route] {
        var index: [String: Int] = [:]
        for (position, row) in layout.chart.rows.enumerated() { index[row.id] = position }
        var pending: [(from: Int, to: Int, kind: Dependency.Kind, critical: Bool)] = []
        pending.reserveCapacity(layout.chart.links.count)
        for link in layout.chart.links {
            guard let from = index[link.from], let to = index[link.to], from != to else { continue }
            pending.append((from, to, link.kind, layout.chart.rows[from].critical && layout.chart.rows[to].critical))
        }
        // The trunk each group of links shares, by source row, side, direction and color.
        struct Group: Hashable { var from: Int; var leavesStart: Bool; var down: Bool; var critical: Bool }
        var groups: [Group: (farthest: Int, preferred: Double, count: Int)] = [:]
        for (position, link) in pending.enumerated() {
            let key = Group(from: link.from, leavesStart: Self.leavesStart(link.kind), down: link.to > link.from, critical: link.critical)
            let inX = entry(to: link.to, kind: link.kind).inX
            if let known = groups[key] {
                let far = abs(pending[known.farthest].to - link.from) >= abs(link.to - link.from) ? known.farthest : position
                groups[key] = (far, min(known.preferred, inX), known.count + 1)
            } else {
                groups[key] = (position, inX, 1)
            }
        }
        var columns: [Group: Double] = [:]
        for (key, group) in groups where group.count > 1 {
            let to = pending[group.farthest].to
            columns[key] = freeColumn(near: group.preferred, between: min(key.from, to) + 1, and: max(key.from, to))
        }
        var result: [Route] = []
        result.reserveCapacity(pending.count)
        for (position, link) in pending.enumerated() {
            let key = Group(from: link.from, leavesStart: Self.leavesStart(link.kind), down: link.to > link.from, critical: link.critical)
            let points: [(x: Double, y: Double)]
            if let column = columns[key], groups[key]?.farthest != position {
                let source = layout.shape(row: link.from)
                let outX = key.leavesStart ? source.start - Self.stub : source.end + Self.stub
                points = branch(from: column, to: link.to, down: key.down, kind: link.kind, outX: abs(link.to - link.from) == 1 ? outX : nil)
            } else {
                points = route(from: link.from, to: link.to, kind: link.kind, column: columns[key])
            }
            result.append(Route(from: link.from, to: link.to, critical: link.critical, points: points))
        }
        return result
    }

    static func leavesStart(_ kind: Dependency.Kind) -> Bool { kind == .startToStart || kind == .startToFinish }

    /// Where a link enters its successor: the side, and 6 px outside it.
    func entry(to: Int, kind: Dependency.Kind) -> (endX: Double, inX: Double) {
        let target = layout.shape(row: to)
        let entersStart = kind == .finishToStart || kind == .startToStart
        let endX = entersStart ? target.start : target.end
        return (endX, entersStart ? endX - Self.stub : endX + Self.stub)
    }

    /// A link that leaves a shared trunk at `column`: along its successor's row gap and in.
    /// - Parameter outX: the trunk's stub end, when its source is the row next to `to`.
    func branch(from column: Double, to: Int, down: Bool, kind: Dependency.Kind, outX: Double? = nil) -> [(x: Double, y: Double)] {
        let (endX, inX) = entry(to: to, kind: kind)
        let gap = down ? layout.rowTops[to] : layout.rowTops[to] + layout.rowHeights[to]
        var points = Self.simplified([(column, gap), (inX, gap), (inX, layout.mid(row: to)), (endX, layout.mid(row: to))])
        // The next row down (or up): its gap is the one the trunk runs along from the stub to
        // the column; where the entry lies on that run, the branch leaves the run there.
        // It leaves the run at the run's point nearest its entry.
        if let outX, gap == (down ? layout.rowTops[to - 1] + layout.rowHeights[to - 1] : layout.rowTops[to + 1]),
           points.count > 2, points[0].y == points[1].y {
            points[0].x = min(max(points[1].x, min(outX, column)), max(outX, column))
            if points[0].x == points[1].x { points.removeFirst() }
        }
        // Entering right at the trunk, the drop to mid-row is the trunk's own line: leave it there.
        if points.count > 2, points[0].x == points[1].x { return Array(points.dropFirst()) }
        return points
    }

    /// - Parameter column: the trunk's column when the link shares one, else found here.
    func route(from: Int, to: Int, kind: Dependency.Kind, column shared: Double? = nil) -> [(x: Double, y: Double)] {
        let source = layout.shape(row: from)
        let leavesStart = Self.leavesStart(kind)
        let startX = leavesStart ? source.start : source.end
        let outX = leavesStart ? startX - Self.stub : startX + Self.stub
        let (endX, inX) = entry(to: to, kind: kind)
        let down = to > from
        // The gap below the predecessor's row and above the successor's (or the reverse).
        let sourceGap = down ? layout.rowTops[from] + layout.rowHeights[from] : layout.rowTops[from]
        let targetGap = down ? layout.rowTops[to] : layout.rowTops[to] + layout.rowHeights[to]
        let column = shared ?? freeColumn(near: inX, between: min(from, to) + 1, and: max(from, to))
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
