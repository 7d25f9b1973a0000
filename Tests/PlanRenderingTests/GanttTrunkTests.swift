import PlanGenerator
import PlanModel
import Testing
@testable import PlanRendering

/// Less clutter (issue #13): the links leaving one task for several successors share one
/// trunk instead of N overlapping lines, and long links on a big chart are faded.
@Suite("Link trunks")
struct GanttTrunkTests {
    /// A horizontal or vertical piece of a route: its fixed coordinate and its extent.
    struct Segment {
        var vertical: Bool
        var at: Double
        var low: Double
        var high: Double
    }

    static func segments(_ route: GanttRouter.Route) -> [Segment] {
        zip(route.points, route.points.dropFirst()).map { a, b in
            a.x == b.x ? Segment(vertical: true, at: a.x, low: min(a.y, b.y), high: max(a.y, b.y))
                : Segment(vertical: false, at: a.y, low: min(a.x, b.x), high: max(a.x, b.x))
        }
    }

    /// Pairs of links of one trunk — one color, from one side of one task, towards one side
    /// of it — that draw the same stretch of line twice. (Links from different tasks into one
    /// may still meet: fan-in is not merged; nor are an SS and an FS link of one task that
    /// run along the same row gap from opposite ends of the bar.)
    static func duplicates(_ routes: [GanttRouter.Route], chart: GanttChart) -> [String] {
        var found: [String] = []
        let pieces = routes.map(segments)
        var kinds: [String: Dependency.Kind] = [:]
        for link in chart.links { kinds[link.from + "→" + link.to] = link.kind }
        func side(_ route: GanttRouter.Route) -> Bool {
            let kind = kinds[chart.rows[route.from].id + "→" + chart.rows[route.to].id] ?? .finishToStart
            return kind == .startToStart || kind == .startToFinish
        }
        for i in routes.indices {
            for j in routes.indices where j > i && routes[i].critical == routes[j].critical && routes[i].from == routes[j].from
                && (routes[i].to > routes[i].from) == (routes[j].to > routes[j].from) && side(routes[i]) == side(routes[j]) {
                for (p, a) in pieces[i].enumerated() {
                    for (q, b) in pieces[j].enumerated() where a.vertical == b.vertical && abs(a.at - b.at) < 0.01 {
                        guard min(a.high, b.high) - max(a.low, b.low) > 0.5 else { continue }
                        let approach = routes[i].to == routes[j].to && p >= pieces[i].count - 2 && q >= pieces[j].count - 2
                        if !approach { found.append("\(routes[i].from)→\(routes[i].to) and \(routes[j].from)→\(routes[j].to) \(routes[i].svgPath) | \(routes[j].svgPath)") }
                    }
                }
            }
        }
        return found
    }

    static let fan = """
        cycleplan: 1
        id: fan
        title: 一对多
        start: 2026-09-07
        roles:
          ops: {name: 运营, headcount: 9}
        tasks:
          - {id: a, name: 源头, role: ops, duration: 3d}
          - {id: x, name: 无关, role: ops, duration: 1d}
          - {id: b, name: 后续一, role: ops, duration: 2d, after: a}
          - {id: y, name: 无关二, role: ops, duration: 1d}
          - {id: c, name: 后续二, role: ops, duration: 2d, after: "a +2d"}
          - {id: d, name: 后续三, role: ops, duration: 2d, after: "a +1d"}
        """

    /// a → b, c, d: one route runs the whole trunk; the other two begin on it and add only
    /// their own row's stretch, so one vertical line serves all three.
    @Test func successorsShareOneTrunk() throws {
        let chart = try #require(TestPlans.chart(yaml: Self.fan))
        let layout = GanttLayout(chart: chart)
        let routes = GanttRouter(layout: layout).routes()
        #expect(routes.count == 3)
        let row = Dictionary(uniqueKeysWithValues: chart.rows.enumerated().map { ($1.id, $0) })
        let whole = try #require(routes.first { $0.to == row["d"] })
        #expect(whole.points.first?.x == layout.shape(row: try #require(row["a"])).end, "the farthest link leaves the bar")
        let trunk = try #require(Self.segments(whole).first { $0.vertical && $0.high - $0.low > layout.rowHeight })
        let verticalsAtTrunk = routes.flatMap(Self.segments).filter { $0.vertical && abs($0.at - trunk.at) < 0.01 }
        #expect(verticalsAtTrunk.count == 1, "one trunk, not \(verticalsAtTrunk.count)")
        for route in routes where route.to != row["d"] && route.critical == whole.critical {
            let start = try #require(route.points.first)
            #expect(abs(start.x - trunk.at) < 0.01 && trunk.low <= start.y && start.y <= trunk.high, "branch starts on the trunk: \(start)")
        }
        #expect(Self.duplicates(routes, chart: chart).isEmpty, "\(Self.duplicates(routes, chart: chart)) \(routes.map(\.svgPath))")
        #expect(GanttRouterTests.problems(layout).isEmpty)
    }

    @Test(arguments: ["campaign", "cycle", "store"])
    func shippedPlansDrawNoStretchTwice(_ name: String) throws {
        for scale in [GanttOptions.Scale.day, .week, .month] {
            let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath(name), GanttOptions(scale: scale)))
            let found = Self.duplicates(GanttRouter(layout: GanttLayout(chart: chart)).routes(), chart: chart)
            #expect(found.isEmpty, "\(name) at \(scale): \(found.prefix(5))")
        }
    }

    /// The SVG of a 300-task plan: one path per link, and the long ones that are not
    /// critical faded; none faded on a small chart.
    @Test func longLinksAreFadedOnABigChart() throws {
        let big = try #require(TestPlans.chart(yaml: PlanGenerator(.init(tasks: 300)).yaml()))
        let routes = GanttRouter(layout: GanttLayout(chart: big)).routes()
        let svg = SVGRenderer().render(big)
        let links = svg.components(separatedBy: "<g class=\"links\"")[1].components(separatedBy: "</g>")[0]
        #expect(links.components(separatedBy: "<path ").count - 1 == routes.count)
        let long = routes.filter { !$0.critical && $0.isLong }.count
        #expect(long > 0 && links.components(separatedBy: "stroke-opacity=\"0.4\"").count - 1 == long)
        let small = SVGRenderer().render(try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"))))
        #expect(!small.contains("stroke-opacity=\"0.4\""))
    }
}
