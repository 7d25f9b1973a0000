import Foundation
import PlanGenerator
import PlanAnalysis
import PlanModel
import PlanRendering
import PlanScheduling
import PlanYAML

// plan-bench generate TASKS FILE      write a generated plan
// plan-bench compare FILE [RUNS]      load+validate vs bare libyaml scan, interleaved, medians
// plan-bench tj-level … | generate-people …   leveling against TaskJuggler; people (Leveling.swift)
// plan-bench load FILE                one load+validate; prints seconds and peak RSS
// plan-bench actuals|review PLAN FILE [RUNS]   actuals import; the review beyond it (Actuals.swift)
// Peak memory is read in a fresh process per measurement (getrusage's high-water mark).

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The one-minute load average, printed beside figures taken on a shared machine.
func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? loads[0] : -1
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("plan-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "generate":
    guard arguments.count == 3, let tasks = Int(arguments[arguments.startIndex + 1]) else { fail("generate TASKS FILE") }
    let text = PlanGenerator(.init(tasks: tasks, roles: 20, dependenciesPerTask: 1.5)).yaml()
    try AtomicFile.write(text, to: arguments[arguments.startIndex + 2])
    print("wrote \(arguments[arguments.startIndex + 2]): \(tasks) tasks, \(text.utf8.count) bytes")
case "tjp":
    // The generated plan and its TaskJuggler twins: FILE.yaml, FILE.cpm.tjp (lengths only,
    // for comparing CPM dates), FILE.level.tjp (roles allocated, TaskJuggler levels) and
    // FILE.effort.tjp (CPM with efforts left to TaskJuggler).
    guard arguments.count == 3, let tasks = Int(arguments[arguments.startIndex + 1]) else { fail("tjp TASKS BASE") }
    let base = arguments[arguments.startIndex + 2]
    // Dependencies reach further back than in the other benchmarks, so the critical path is
    // shorter and the schedule ends before 2036, the last year TaskJuggler accepts.
    // Make-up days included: the twins leave them out of the days off they declare.
    let generator = PlanGenerator(.init(tasks: tasks, roles: 20, dependenciesPerTask: 1.5, window: 400, makeUpDays: true))
    let text = generator.yaml()
    try AtomicFile.write(text, to: base + ".yaml")
    guard let plan = PlanLoader().load(bytes: Array(text.utf8), path: base + ".yaml").plan else { fail("generated plan does not load") }
    // The project spans our own schedule plus a year, for each variant.
    let lastYear = CivilDate(year: 2035, month: 12, day: 31) ?? plan.start
    let cpmEnd = min(Scheduler(options: SchedulerOptions(level: false)).schedule(plan).finish.advanced(by: 365), lastYear)
    let levelEnd = min(Scheduler().schedule(plan).finish.advanced(by: 365), lastYear)
    try AtomicFile.write(generator.taskJuggler(plan: plan, allocate: false, end: cpmEnd), to: base + ".cpm.tjp")
    try AtomicFile.write(generator.taskJuggler(plan: plan, allocate: true, end: levelEnd), to: base + ".level.tjp")
    // Efforts kept as efforts, on resources of their own: TaskJuggler works out their lengths.
    try AtomicFile.write(generator.taskJuggler(plan: plan, allocate: false, end: cpmEnd, efforts: true), to: base + ".effort.tjp")
    print("wrote \(base).yaml, \(base).cpm.tjp, \(base).level.tjp, \(base).effort.tjp")
case "tj-level":
    guard arguments.count == 5, let tasks = Int(arguments[arguments.startIndex + 1]),
          let roles = Int(arguments[arguments.startIndex + 2]), let seed = UInt64(arguments[arguments.startIndex + 3]) else {
        fail("tj-level TASKS ROLES SEED BASE")
    }
    try writeLevelingTwin(tasks: tasks, roles: roles, seed: seed, base: arguments[arguments.startIndex + 4])
case "generate-people":
    guard arguments.count == 3, let tasks = Int(arguments[arguments.startIndex + 1]) else { fail("generate-people TASKS FILE") }
    let text = PlanGenerator(.init(tasks: tasks, roles: 20, dependenciesPerTask: 1.5, peoplePerRole: 3)).yaml()
    try AtomicFile.write(text, to: arguments[arguments.startIndex + 2])
    print("wrote \(arguments[arguments.startIndex + 2]): \(tasks) tasks, 20 roles, 60 people, \(text.utf8.count) bytes")
case "tjp-plan":
    // The CPM twin of a plan file (efforts kept where effort ÷ units is whole): BASE.cpm.tjp.
    guard arguments.count == 3 else { fail("tjp-plan PLAN BASE") }
    guard let plan = PlanLoader().load(file: arguments[arguments.startIndex + 1]).plan else { fail("cannot load the plan") }
    let end = Scheduler(options: SchedulerOptions(level: false)).schedule(plan).finish.advanced(by: 365)
    try AtomicFile.write(PlanGenerator().taskJuggler(plan: plan, allocate: false, end: end, efforts: true),
                         to: arguments[arguments.startIndex + 2] + ".cpm.tjp")
case "compare":
    guard arguments.count >= 2 else { fail("compare FILE [RUNS]") }
    let path = arguments[arguments.startIndex + 1]
    let runs = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) ?? 5 : 5
    var scans: [Double] = [], loads: [Double] = []
    var events = 0, tasks = 0, dependencies = 0, errors = 0
    for _ in 0..<runs {
        scans.append(seconds {
            guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
            events = YAMLParser(bytes: [UInt8](data)).scanEvents() ?? -1
        })
        // The result is kept past the clock, so what is timed is the load, not the teardown
        // of a model the caller would go on using.
        var result: PlanLoadResult?
        loads.append(seconds { result = PlanLoader().load(file: path) })
        tasks = result?.plan?.tasks.count ?? 0
        dependencies = result?.plan?.tasks.reduce(0) { $0 + $1.dependencies.count } ?? 0
        errors = result?.diagnostics.errorCount ?? -1
        result = nil
    }
    let scan = median(scans), load = median(loads)
    print("file: \(path)")
    print("tasks: \(tasks), dependencies: \(dependencies), YAML events: \(events), errors: \(errors)")
    print(String(format: "libyaml event scan: median %.3f s (min %.3f) over %d runs", scan, scans.min() ?? 0, runs))
    print(String(format: "load + validate:    median %.3f s (min %.3f) over %d runs", load, loads.min() ?? 0, runs))
    print(String(format: "ratio load / scan:  %.2f×", load / scan))
case "load":
    guard arguments.count == 2 else { fail("load FILE") }
    var count = 0
    let time = seconds { count = PlanLoader().load(file: arguments[arguments.startIndex + 1]).plan?.tasks.count ?? 0 }
    print(String(format: "load + validate: %.3f s, %d tasks, peak RSS %.1f MB", time, count, peakRSSMegabytes()))
case "parse":
    // The YAML tree alone, to see what the plan reader adds on top of it.
    guard arguments.count == 2 else { fail("parse FILE") }
    let data = FileManager.default.contents(atPath: arguments[arguments.startIndex + 1]) ?? Data()
    var times: [Double] = []
    for _ in 0..<5 { times.append(seconds { _ = YAMLParser(bytes: [UInt8](data)).parse() }) }
    print(String(format: "YAML tree: median %.3f s", median(times)))
case "schedule":
    // Scheduling alone, beyond loading: CPM without leveling, leveling's first pass alone,
    // then leveling as shipped (every pass).
    guard arguments.count >= 2 else { fail("schedule FILE [RUNS]") }
    let path = arguments[arguments.startIndex + 1]
    let runs = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) ?? 5 : 5
    guard let plan = PlanLoader().load(file: path).plan else { fail("cannot load \(path)") }
    for (level, improve) in [(false, false), (true, false), (true, true)] {
        var times: [Double] = [], cpu: [Double] = []
        var finish = ""
        var result: Schedule?
        var rule = ""
        for _ in 0..<runs {
            // CPU time beside wall time: on a shared machine the wall clock counts the others' work too.
            let time = timed { result = Scheduler(options: SchedulerOptions(level: level, improveLeveling: improve)).schedule(plan) }
            times.append(time.wall)
            cpu.append(time.cpu)
            finish = result?.finish.description ?? "?"
            if level { rule = ", rule kept: " + (result?.levelingRule?.rawValue ?? "-") }
            result = nil
        }
        print(String(format: "%@: median %.3f s (min %.3f), CPU median %.3f s, over %d runs, %d tasks, finish %@%@, load %.1f",
                     level ? (improve ? "CPM + leveling" : "CPM + leveling, first pass only") : "CPM", median(times), times.min() ?? 0,
                     median(cpu), runs, plan.tasks.count, finish, rule, loadAverage()))
    }
case "render":
    // Chart rendering alone, beyond loading and scheduling: SVG and HTML.
    guard arguments.count >= 2 else { fail("render FILE [RUNS]") }
    let path = arguments[arguments.startIndex + 1]
    let runs = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) ?? 5 : 5
    guard let plan = PlanLoader().load(file: path).plan else { fail("cannot load \(path)") }
    let chart = GanttChart(plan: plan, schedule: Scheduler().schedule(plan))
    for (name, render) in [("SVG", { SVGRenderer().render(chart) }), ("HTML", { HTMLRenderer().render(chart) })] as [(String, () -> String)] {
        var times: [Double] = []
        var size = 0
        for _ in 0..<runs { times.append(seconds { size = render().utf8.count }) }
        print(String(format: "%@: median %.3f s (min %.3f) over %d runs, %d rows, %d bytes", name, median(times), times.min() ?? 0, runs, chart.rows.count, size))
    }
case "actuals":
    guard arguments.count >= 3 else { fail("actuals PLAN FILE [RUNS]") }
    benchActuals(planPath: arguments[arguments.startIndex + 1], path: arguments[arguments.startIndex + 2],
                 runs: arguments.count > 3 ? Int(arguments[arguments.startIndex + 3]) ?? 3 : 3)
case "review":
    guard arguments.count >= 3 else { fail("review PLAN FILE [RUNS]") }
    benchReview(planPath: arguments[arguments.startIndex + 1], path: arguments[arguments.startIndex + 2],
                runs: arguments.count > 3 ? Int(arguments[arguments.startIndex + 3]) ?? 3 : 3)
case "scan":
    guard arguments.count == 2 else { fail("scan FILE") }
    var events = 0
    let time = seconds {
        let data = FileManager.default.contents(atPath: arguments[arguments.startIndex + 1]) ?? Data()
        events = YAMLParser(bytes: [UInt8](data)).scanEvents() ?? -1
    }
    print(String(format: "libyaml scan: %.3f s, %d events, peak RSS %.1f MB", time, events, peakRSSMegabytes()))
default:
    fail("usage: plan-bench generate TASKS FILE | compare FILE [RUNS] | load FILE | scan FILE | actuals PLAN FILE [RUNS] | review PLAN FILE [RUNS]")
}
