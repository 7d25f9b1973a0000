import PlanGenerator
import PlanModel
import Testing
@testable import PlanRendering

/// Arrows must run in the gaps: no segment through a bar (its own included) or a note, and
/// each arrow must arrive at the side its link type names, from outside the bar.
@Suite("Link routing")
struct GanttRouterTests {
    typealias Box = (x0: Double, y0: Double, x1: Double, y1: Double)

    /// Whether a horizontal or vertical segment passes through a box's interior.
    static func crosses(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double), _ box: Box) -> Bool {
        let (lx, hx) = (min(a.x, b.x), max(a.x, b.x)), (ly, hy) = (min(a.y, b.y), max(a.y, b.y))
        return lx < box.x1 && hx > box.x0 && ly < box.y1 && hy > box.y0
    }

    /// Every problem with the routes of a layout, as text.
    static func problems(_ layout: GanttLayout) -> [String] {
        let rows = layout.chart.rows
        var boxes: [(row: Int, box: Box, what: String)] = []
        for index in rows.indices {
            let shape = layout.shape(row: index), top = layout.y(row: index)
            // Shrunk by half a pixel: an arrow may touch the side it enters.
            boxes.append((index, (shape.start + 0.5, top + 5, shape.end - 0.5, top + 17), "bar"))
            let occupied = layout.occupied(row: index)
            if occupied.end > shape.end + 1 {
                boxes.append((index, (shape.end + GanttLayout.noteGap, top + 5, occupied.end, top + layout.rowHeights[index] - 4), "note"))
            }
        }
        var found: [String] = []
        for route in GanttRouter(layout: layout).routes() {
            let name = "\(rows[route.from].id)→\(rows[route.to].id)"
            for (a, b) in zip(route.points, route.points.dropFirst()) {
                for item in boxes where crosses(a, b, item.box) {
                    found.append("\(name) crosses the \(item.what) of \(rows[item.row].id) at \(a)–\(b)")
                }
            }
            guard let last = route.points.last, route.points.count >= 2 else { continue }
            let before = route.points[route.points.count - 2]
            let shape = layout.shape(row: route.to)
            let entersStart = abs(last.x - shape.start) < 0.01
            if before.y != last.y || (entersStart ? before.x >= last.x : before.x <= last.x) {
                found.append("\(name) does not arrive from outside its side")
            }
        }
        return found
    }

    @Test(arguments: ["campaign", "cycle", "store"])
    func shippedPlansRouteAroundBarsAndNotes(_ name: String) throws {
        for scale in [GanttOptions.Scale.day, .week, .month] {
            let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath(name), GanttOptions(scale: scale)))
            let problems = Self.problems(GanttLayout(chart: chart))
            #expect(problems.isEmpty, "\(name) at \(scale): \(problems.prefix(5))")
        }
    }

    @Test func everyLinkTypeLeavesAndEntersItsOwnSide() throws {
        let chart = try #require(TestPlans.chart(yaml: TestPlans.links))
        let layout = GanttLayout(chart: chart)
        #expect(Self.problems(layout).isEmpty, "\(Self.problems(layout))")
        let routes = GanttRouter(layout: layout).routes()
        #expect(routes.count == 6)
        for route in routes {
            let link = chart.links.first { $0.from == chart.rows[route.from].id && $0.to == chart.rows[route.to].id }!
            let source = layout.shape(row: route.from), target = layout.shape(row: route.to)
            let leavesStart = link.kind == .startToStart || link.kind == .startToFinish
            let entersStart = link.kind == .finishToStart || link.kind == .startToStart
            #expect(route.points.last!.x == (entersStart ? target.start : target.end), "\(link)")
            let first = route.points.first!
            guard first.x == (leavesStart ? source.start : source.end), first.y == layout.mid(row: route.from) else {
                // A branch off a trunk shared with the other links of that side (GanttTrunkTests):
                // it begins on a route of the same task that does leave the bar.
                let onTrunk = routes.contains { other in
                    other.from == route.from && other.to != route.to && zip(other.points, other.points.dropFirst()).contains { a, b in
                        min(a.x, b.x) <= first.x && first.x <= max(a.x, b.x) && min(a.y, b.y) <= first.y && first.y <= max(a.y, b.y)
                    }
                }
                #expect(onTrunk, "\(link) starts nowhere: \(route.svgPath)")
                continue
            }
            // The stub goes away from the bar: an SS link never runs along its own bar.
            #expect(leavesStart ? route.points[1].x < source.start : route.points[1].x > source.end, "\(link)")
        }
    }

    @Test func hostileAndLargePlansRouteCleanly() throws {
        let hostile = try #require(TestPlans.hostile())
        #expect(Self.problems(GanttLayout(chart: hostile)).isEmpty)
        let yaml = PlanGenerator(.init(tasks: 300)).yaml()
        let big = try #require(TestPlans.chart(yaml: yaml))
        let problems = Self.problems(GanttLayout(chart: big))
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(3))")
    }

    @Test func aBlockedColumnMovesToTheNearestGap() throws {
        let chart = try #require(TestPlans.chart(yaml: TestPlans.links))
        let router = GanttRouter(layout: GanttLayout(chart: chart))
        let filler = router.layout.occupied(row: 1)
        let middle = (filler.start + filler.end) / 2
        let column = router.freeColumn(near: middle, between: 1, and: 2)
        #expect(column <= filler.start - 2 || column >= filler.end + 2)
        #expect(router.freeColumn(near: 5000, between: 1, and: 2) == 5000)
    }
}
