import Foundation
import PlanModel
import PlanTracking
import Testing

@Suite("Baselines file")
struct BaselineStoreTests {
    private func temporaryPath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-baselines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func roundTripsAndWritesTheSameBytes() throws {
        let plan = try loadPlan(campaign)
        var store = BaselineStore()
        try store.add(baseline(of: plan, name: "初版"), replace: false)
        try store.add(baseline(of: plan, name: "第二版"), replace: false)
        let path = try temporaryPath("plan.baselines.json")
        try store.save(path: path)
        let loaded = try BaselineStore.load(path: path)
        #expect(loaded == store)
        #expect(loaded.baselines.map(\.name) == ["初版", "第二版"])
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        try loaded.save(path: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == first)
        // Entries sorted by id: a, b, c, e, go, m, prep, x.
        #expect(loaded.baselines[0].entries.map(\.id) == ["a", "b", "c", "e", "go", "m", "prep", "x"])
    }

    @Test func anExistingNameIsReplacedOnlyWhenAsked() throws {
        let plan = try loadPlan(campaign)
        var store = BaselineStore()
        try store.add(baseline(of: plan, name: "初版"), replace: false)
        #expect(throws: BaselineStore.SaveRefusal.exists("初版")) { try store.add(baseline(of: plan, name: "初版"), replace: false) }
        try store.add(Baseline(name: "初版", savedAt: "later", revision: "r2", start: date("2027-01-04"), finish: date("2027-01-04"), entries: []),
                      replace: true)
        #expect(store.baselines.count == 1 && store.baselines[0].revision == "r2")
    }

    @Test func aDamagedFileIsAnErrorWithItsPlace() throws {
        let path = try temporaryPath("plan.baselines.json")
        for text in ["not json", "{\"cycleplanBaselines\": 1}", "{\"cycleplanBaselines\": 1, \"baselines\": [{\"name\": \"x\"}]}"] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            do {
                _ = try BaselineStore.load(path: path)
                Issue.record("'\(text)' was accepted")
            } catch {
                #expect(error.diagnostic.id == .baselineInvalid && error.diagnostic.location?.file == path)
            }
        }
    }

    /// The fast reader (a fixed shape for JSONDecoder) takes only what the checks accept; every
    /// file it refuses must still reach the checks and be refused with the entry named.
    @Test func aFileTheFastReaderRefusesStillGetsTheCheckedMessage() throws {
        let path = try temporaryPath("plan.baselines.json")
        func file(_ entry: String, name: String = "初版", twice: Bool = false) -> String {
            let baseline = "{\"name\": \"\(name)\", \"savedAt\": \"s\", \"revision\": \"r\", \"start\": \"2027-01-04\", \"finish\": \"2027-01-05\", \"entries\": [\(entry)]}"
            return "{\"cycleplanBaselines\": 1, \"baselines\": [\(twice ? baseline + ", " + baseline : baseline)]}"
        }
        let good = "{\"id\": \"a\", \"kind\": \"task\", \"start\": \"2027-01-04\", \"finish\": \"2027-01-05\", \"work\": 2, \"duration\": 2}"
        try file(good).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try BaselineStore.load(path: path).baselines.first?.entries.first?.work == 2)
        let entryRefusals = [
            good.replacingOccurrences(of: "\"duration\": 2", with: "\"duration\": 1.5"),
            good.replacingOccurrences(of: "\"work\": 2", with: "\"work\": -1"),
            good.replacingOccurrences(of: "\"work\": 2", with: "\"work\": 1e10"),
            good.replacingOccurrences(of: "\"task\"", with: "\"epic\""),
            good.replacingOccurrences(of: "2027-01-05", with: "2027-02-30"),
            good.replacingOccurrences(of: "\"id\": \"a\"", with: "\"id\": 7"),
        ]
        for entry in entryRefusals {
            try file(entry).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: BaselineStore.LoadFailure.self) { try BaselineStore.load(path: path) }
            do { _ = try BaselineStore.load(path: path) } catch {
                #expect(error.diagnostic.message.hasPrefix("entry 1 of baseline 1 of"), "\(entry): \(error.diagnostic.message)")
            }
        }
        try file(good, twice: true).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try BaselineStore.load(path: path)
            Issue.record("a name used twice was accepted")
        } catch {
            #expect(error.diagnostic.message.contains("the name '初版' is used twice"))
        }
        try file(good, name: "").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: BaselineStore.LoadFailure.self) { try BaselineStore.load(path: path) }
    }

    @Test func theBaselinesFileSitsBesideThePlan() {
        #expect(BaselineStore.path(forPlan: "plans/spring.yaml") == "plans/spring.baselines.json")
        #expect(BaselineStore.sibling(of: "spring.yml", suffix: ".status.yaml") == "spring.status.yaml")
    }
}
