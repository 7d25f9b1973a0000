import MetricsStore
import PlanAnalysis
import PlanModel
import Testing

/// A source that fails as a database does when its disk goes away mid-review.
private struct FailingSource: MetricsSource {
    struct Gone: Error {}
    func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange, where filter: [String: String]) throws -> Double? {
        throw Gone()
    }
    func values(of dimension: String) throws -> [String] { throw Gone() }
    func dimensionsByMetric() throws -> [String: Set<String>] { throw Gone() }
    func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) throws -> [Observation] { throw Gone() }
}

@Suite("Reading through a failing source")
struct ReadFailureTests {
    @Test func aFailureIsKeptNotTurnedIntoANumber() throws {
        let store = ActualsStore(source: FailingSource(), metrics: try planMetrics())
        #expect(store.readFailure == nil)
        // The engine's questions do not throw: they answer "not measured"…
        #expect(store.value(of: "conversion", in: window(0, 9)) == nil)
        // …and the failure is kept for the command, which refuses the report.
        #expect(store.readFailure is FailingSource.Gone)
    }
}
