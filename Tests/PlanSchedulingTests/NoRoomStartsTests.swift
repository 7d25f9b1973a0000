import PlanGenerator
import PlanModel
@testable import PlanScheduling
import Testing

/// The leveler's window searches step over starts they have already seen without room
/// (`NoRoomStarts`). The schedule must be the one reading every window gives: these tests
/// schedule the same plans both ways and compare every byte of the JSON contract, the
/// diagnostics and the rule kept. A stretch remembered after its room came back (a task taken
/// off to be moved in right justification) would move a task to another start and show here.
@Suite("Starts remembered without room")
struct NoRoomStartsTests {
    static let remembering = SchedulerOptions()
    static let readingEveryWindow: SchedulerOptions = {
        var options = SchedulerOptions()
        options.remembersNoRoom = false
        return options
    }()

    @Test(arguments: 0..<40)
    func randomPlansScheduleAlikeBothWays(seed: Int) throws {
        let random = RandomPlan(seed: UInt64(2_000 + seed), tasks: 30 + seed * 3, options: .varied(seed: seed))
        guard let plan = SchedulePropertyTests.load(random.yaml) else { return }
        expectSameSchedule(plan, Self.remembering, Self.readingEveryWindow, random.yaml)
    }

    /// Saturated roles, where the searches step over long booked stretches: the benchmark's
    /// kind of plan, with and without listed people.
    @Test(arguments: [(5, UInt64(1), 0), (20, UInt64(2), 0), (3, UInt64(7), 3), (2, UInt64(11), 0), (1, UInt64(3), 0), (1, UInt64(4), 2)])
    func generatedPlansScheduleAlikeBothWays(roles: Int, seed: UInt64, people: Int) throws {
        let text = PlanGenerator(.init(tasks: 1_500, roles: roles, window: 200, seed: seed, peoplePerRole: people)).yaml()
        let plan = try #require(SchedulePropertyTests.load(text))
        expectSameSchedule(plan, Self.remembering, Self.readingEveryWindow, "generated, \(roles) roles, seed \(seed)")
    }

    @Test func aStretchJoinsTheOneItMeetsAndIsForgottenWhereRoomComesBack() {
        let kind = NoRoomStarts.Kind(calendar: 0, role: 1, units: 1, length: 3)
        var known = NoRoomStarts(rows: 2)
        known.record(kind, starts: 10...19, days: 14...27)
        known.record(kind, starts: 20...24, days: 28...34)
        #expect(known.known(kind) == 10...24)
        // Another length is another kind; a stretch apart replaces the old one.
        #expect(known.known(.init(calendar: 0, role: 1, units: 1, length: 2)) == nil)
        known.givenBack(0, days: 14...40)
        #expect(known.known(kind) == 10...24, "another row's room does not touch it")
        known.givenBack(1, days: 5...13)
        #expect(known.known(kind) == 10...24, "days before the windows do not")
        known.givenBack(1, days: 30...30)
        #expect(known.known(kind) == nil)
        known.record(kind, starts: 40...45)
        known.record(kind, starts: 50...55)
        #expect(known.known(kind) == 50...55)
    }
}
