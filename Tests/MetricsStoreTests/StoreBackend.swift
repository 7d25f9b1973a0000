import Foundation
import MetricsStore
import MetricsStorePostgres
import MetricsStoreSQLite
import PlanAnalysis
import PlanModel
import Testing

/// The implementations the shared suite runs on: every test written against the protocols
/// runs on each of them unchanged. PostgreSQL is among them when a server is configured (or
/// required): see `PostgresTestServer`.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    static var available: [StoreBackend] { PostgresTestServer.enabled ? allCases : [.memory, .sqlite] }

    /// The observations as one import, read back through the backend's `MetricsSource`.
    func source(_ observations: [Observation], stocks: Set<String>) throws -> any MetricsSource {
        switch self {
        case .memory:
            return InMemoryMetrics(observations, stockMetrics: stocks)
        case .sqlite:
            let path = try temporaryStorePath()
            let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
            _ = try store.record(testFile("all"), observations: observations)
            // Reviews open the store read-only; read it so.
            return try SQLiteMetricsStore(path: path, mode: .readOnly)
        case .postgres:
            let url = try PostgresTestServer.freshURL()
            _ = try PostgresMetricsStore(url: url, mode: .readWrite).record(testFile("all"), observations: observations)
            return try PostgresMetricsStore(url: url, mode: .readOnly)
        }
    }
}

/// The backends that keep imports (every one but the in-memory files).
enum DatabaseBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var available: [DatabaseBackend] { PostgresTestServer.enabled ? allCases : [.sqlite] }

    func make() throws -> any MetricsDatabase {
        switch self {
        case .sqlite: return try SQLiteMetricsStore(path: try temporaryStorePath(), mode: .readWrite)
        case .postgres: return try PostgresTestServer.makeStore()
        }
    }
}

/// The test process's folder for stores, made once, removed at exit.
private let storeRunFolder: URL = {
    atexit { try? FileManager.default.removeItem(at: storeProcessFolder()) }
    return storeProcessFolder()
}()

private func storeProcessFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-store-tests-\(getpid())")
}

/// A store's path in a new folder under the test process's own, which is removed when the
/// process ends.
func temporaryStorePath() throws -> String {
    let folder = storeRunFolder.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(".cycleplan/metrics.sqlite").path
}

/// A file identified by its name's hash: distinct names are distinct contents.
func testFile(_ name: String, rows: Int = 0) -> ImportedFile {
    ImportedFile(fileName: name, contentHash: ContentHash.of(Array(name.utf8)), rows: rows, rowsUsed: rows, rowsRejected: 0)
}

func day(_ offset: Int) -> CivilDate { CivilDate(daysSinceEpoch: 20_000 + offset) }

func window(_ first: Int, _ last: Int) -> DateRange { DateRange(first: day(first), last: day(last)) }

func planMetrics() throws -> [Metric] {
    let yaml = """
        cycleplan: 1
        id: store
        title: 指标库
        start: 2024-10-01
        metrics:
          visitors: 访客数
          orders: 订单数
          friends: {name: 好友总数, kind: stock}
          conversion: {name: 转化率, formula: orders / visitors}
          reach: {name: 触达, formula: friends + visitors * 2}
        tasks: [{id: t, name: 任务, duration: 10d}]
        """
    return try #require(PlanLoader().load(bytes: Array(yaml.utf8), path: "store.yaml").plan).metrics
}
