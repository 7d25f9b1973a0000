import Foundation
import PlanAnalysis
import PlanModel
import PlanScheduling

// plan-bench actuals PLAN FILE [RUNS]   import alone (.csv or .xlsx): read, map, observations
// plan-bench review PLAN FILE [RUNS]    the review beyond the import: the store's index, then
//                                       ReviewEngine.run(), on every row of FILE

/// Reads an export as the CLI does: a workbook by its extension, else CSV.
func readTable(_ bytes: [UInt8], path: String) -> (any ActualsTable)? {
    if path.lowercased().hasSuffix(".xlsx") { return try? XLSXReader.read(bytes) }
    return try? CSVTable.read(bytes)
}

/// One whole import of bytes already in memory: decode (or unzip), split, map, check.
func importActuals(_ bytes: [UInt8], path: String, plan: Plan) -> (observations: [Observation], report: ImportReport)? {
    guard let table = readTable(bytes, path: path),
          let mapping = ActualsMapping.resolve(header: table.header, metrics: plan.metrics.map { ($0.id, $0.name) },
                                               declared: plan.review.actuals)
    else { return nil }
    // No window: every row is imported, also the days before the plan.
    return ActualsImporter().read(table, file: path, mapping: mapping)
}

/// Wall and CPU time of `body`: on a shared machine the CPU time shows the work when the
/// wall time also shows the neighbours.
func timed(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    func cpu() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    let startCPU = cpu()
    let wall = seconds(body)
    return (wall, cpu() - startCPU)
}

func loadForActuals(_ planPath: String, _ path: String) -> (Plan, [UInt8]) {
    guard let plan = PlanLoader().load(file: planPath).plan, let data = FileManager.default.contents(atPath: path) else {
        fail("cannot load \(planPath) or \(path)")
    }
    return (plan, [UInt8](data))
}

func benchActuals(planPath: String, path: String, runs: Int) {
    let (plan, bytes) = loadForActuals(planPath, path)
    var times: [Double] = [], cpu: [Double] = []
    var rows = 0, observations = 0, issues = 0
    for _ in 0..<runs {
        // The result is kept past the clock: what is timed is the import, not its teardown.
        var result: (observations: [Observation], report: ImportReport)?
        let time = timed { result = importActuals(bytes, path: path, plan: plan) }
        times.append(time.wall)
        cpu.append(time.cpu)
        guard let result else { fail("\(path) does not import") }
        rows = result.report.rowsRead
        observations = result.observations.count
        issues = result.report.issues.count
    }
    let kind = path.lowercased().hasSuffix(".xlsx") ? "XLSX" : "CSV"
    print(String(format: "%@ import: median %.3f s (min %.3f, CPU %.3f) over %d runs, %d rows, %d observations, %d issues, peak RSS %.0f MB",
                 kind, median(times), times.min() ?? 0, median(cpu), runs, rows, observations, issues, peakRSSMegabytes()))
}

func benchReview(planPath: String, path: String, runs: Int) {
    let (plan, bytes) = loadForActuals(planPath, path)
    let schedule = Scheduler().schedule(plan)
    guard let (observations, report) = importActuals(bytes, path: path, plan: plan) else { fail("\(path) does not import") }
    var indexTimes: [(wall: Double, cpu: Double)] = [], runTimes: [(wall: Double, cpu: Double)] = []
    var digest = ""
    var measured = 0
    for _ in 0..<runs {
        var store: ActualsStore?
        indexTimes.append(timed { store = ActualsStore(observations: observations, metrics: plan.metrics) })
        guard let store else { continue }
        var result: ReviewReport?
        runTimes.append(timed {
            result = ReviewEngine(plan: plan, schedule: schedule, actuals: store, imports: report).run()
        })
        guard let result else { continue }
        measured = result.kpis.filter { $0.actual != nil }.count
        // A digest of the JSON report, to check that a faster store gives the same review.
        digest = String(fnv1a(result.json().serializedBytes()), radix: 16)
    }
    print(String(format: "review: store %.3f s + run %.3f s (medians over %d runs; CPU %.3f + %.3f s), %d observations, %d of %@ KPIs measured, report digest %@, peak RSS %.0f MB",
                 median(indexTimes.map(\.wall)), median(runTimes.map(\.wall)), runs, median(indexTimes.map(\.cpu)), median(runTimes.map(\.cpu)), observations.count, measured, "\(plan.targets.count + plan.phases.reduce(0) { $0 + $1.targets.count } + plan.tasks.reduce(0) { $0 + $1.targets.count })",
                 digest, peakRSSMegabytes()))
}

func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
}
