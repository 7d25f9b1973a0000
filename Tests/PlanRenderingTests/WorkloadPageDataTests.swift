import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// The HTML chart's workload map travels as numbers (`workload` in the page's data) and
/// `workload.js` draws it: the numbers must be the workload's, and the drawing the SVG the
/// renderer draws for `cycleplan load -o x.svg`.
@Suite struct WorkloadPageDataTests {
    /// The hostile fixture's roles (markup and quotes in names), by day and by week.
    static func maps() throws -> [(String, WorkloadChart)] {
        let (plan, _) = try #require(TestPlans.load(TestPlans.hostilePath))
        let workload = Scheduler().scheduleWithWorkload(plan).workload.rows(.role)
        var withPerson = Scheduler().scheduleWithWorkload(plan).workload
        // A person row (indented, not bold) and an over-booked day, which the plan may lack.
        if var first = withPerson.rows.first {
            first.kind = .person
            first.name = "小王 </script><!-- & \u{202E}x\r"
            first.booked[1] = first.available[1] + 1.25
            withPerson.rows.append(first)
        }
        return [
            ("zh by day", WorkloadChart(workload: workload, title: "负荷", language: .zh)),
            ("en by week", WorkloadChart(workload: workload.weekly(), title: "Workload", language: .en)),
            ("people", WorkloadChart(workload: withPerson, title: "负荷 <b>", language: .zh)),
        ]
    }

    @Test func runsOfThreeOrMoreAreWrittenOnceWithTheirCount() {
        let runs = WorkloadChart.runs([2, 2, 0, 0, 0, 0, 0.5, 1.25, 1.25, 1.25, 3])
        #expect(String(decoding: runs.compactBytes(), as: UTF8.self) == "[2,2,[0,4],0.5,[1.25,3],3]")
        #expect(String(decoding: WorkloadChart.runs([]).compactBytes(), as: UTF8.self) == "[]")
    }

    @Test func theDataHoldsEveryFigureOfEveryRow() throws {
        for (name, map) in try Self.maps() {
            let data = try #require(try JSONSerialization.jsonObject(with: Data(map.pageData().compactBytes())) as? [String: Any])
            #expect(data["columns"] as? Int == map.workload.days, "\(name)")
            #expect(data["width"] as? Int == map.width && data["height"] as? Int == map.height, "\(name)")
            let rows = try #require(data["rows"] as? [[String: Any]])
            #expect(rows.count == map.workload.rows.count)
            for (row, original) in zip(rows, map.workload.rows) {
                #expect(row["name"] as? String == original.name)
                #expect(Self.expand(row["a"]) == original.available, "\(name) \(original.name) available")
                #expect(Self.expand(row["b"]) == original.booked, "\(name) \(original.name) booked")
            }
        }
    }

    @Test func thePageCarriesTheNumbersNotTheSVG() throws {
        var chart = try #require(TestPlans.hostile())
        let (plan, _) = try #require(TestPlans.load(TestPlans.hostilePath))
        chart.workload = Scheduler().scheduleWithWorkload(plan).workload.rows(.role)
        let page = HTMLRenderer().render(chart)
        #expect(page.contains("<section id=\"workload\" aria-label=\"负荷\" style=\"min-height:"))
        #expect(!page.contains("人天</title>") && !page.contains("workload-svg"))
        #expect(page.contains(#""workload":{"width":"#))
        #expect(page.contains(#""tip":"{name} {when}: {booked}/{available} 人天""#))
        // Names inside the script element cannot end it.
        #expect(!page.contains("<i>&</i>") && page.contains(#"设计 \u003ci>&\u003c/i>"#))
    }

    /// Runs workload.js in node on each map's data and compares its markup with `svg()`'s,
    /// byte for byte.
    @Test func theScriptDrawsTheRenderersSVG() throws {
        let node = try #require(["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                "node is needed (scripts/bootstrap.sh --test installs it)")
        let script = try #require(EmbeddedAssets.files["gantt/workload.js"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try script.write(to: folder.appendingPathComponent("workload.js"), atomically: true, encoding: .utf8)
        let runner = """
            const fs = require('fs'), vm = require('vm');
            const context = { data: JSON.parse(fs.readFileSync(process.argv[2], 'utf8')), document: { getElementById() { return null; } }, window: {} };
            vm.createContext(context);
            vm.runInContext(fs.readFileSync(process.argv[1], 'utf8'), context);
            process.stdout.write(vm.runInContext('workloadSVG(data.workload)', context));
            """
        for (name, map) in try Self.maps() {
            let json = folder.appendingPathComponent("data.json")
            let data = JSONValue.object([("workload", map.pageData())])
            try Data(data.compactBytes()).write(to: json)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: node)
            process.arguments = ["-e", runner, folder.appendingPathComponent("workload.js").path, json.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let drawn = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name)")
            let expected = map.svg()
            #expect(String(decoding: drawn, as: UTF8.self) == expected, "\(name)")
            #expect(expected.contains("<title>"), "\(name): the map has cells")
        }
    }

    static func expand(_ value: Any?) -> [Double] {
        var out: [Double] = []
        for item in value as? [Any] ?? [] {
            if let run = item as? [Any], let value = (run[0] as? NSNumber)?.doubleValue, let count = run[1] as? Int {
                out += Array(repeating: value, count: count)
            } else if let value = (item as? NSNumber)?.doubleValue {
                out.append(value)
            }
        }
        return out
    }
}
