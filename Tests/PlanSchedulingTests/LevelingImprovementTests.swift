import PlanGenerator
import PlanModel
import PlanScheduling
import Testing

/// The passes after the first (docs/scheduling.md, "Leveling"): the late-start rule and
/// forward-backward improvement, each on a plan small enough to work out by hand, and on
/// random and generated plans never later than the first pass nor earlier than CPM.
@Suite("Leveling improvement")
struct LevelingImprovementTests {
    /// Least float puts `a` (float 1) before `b` (float 3), but `a` cannot start before day 5
    /// while `b` could start at once: `b` then waits for `a` and the plan slips 4 days. The
    /// late-start rule ranks `b` (latest start day 3) before `a` (day 6) and keeps CPM's finish.
    @Test func theLateStartRuleBeatsLeastFloat() throws {
        let text = plan("""
            tasks:
              - {id: long, name: 长线, duration: 10d}
              - {id: pre, name: 准备, duration: 5d}
              - {id: a, name: 海报, role: design, duration: 2d, after: pre}
              - {id: tailA, name: 海报投放, duration: 2d, after: a}
              - {id: b, name: 长图, role: design, duration: 6d}
              - {id: tailB, name: 长图投放, duration: 1d, after: b}
            """)
        let (_, serial) = try schedule(text, options: SchedulerOptions(improveLeveling: false))
        // Working days from Monday 09-07: a on days 5–6 (09-14..09-15), b from day 7 to 12.
        #expect(dates(serial.task("a")) == "2026-09-14..2026-09-15")
        #expect(dates(serial.task("b")) == "2026-09-16..2026-09-23")
        #expect(serial.finish == CivilDate("2026-09-24"))
        #expect(serial.levelingRule == .totalFloat)
        let (loaded, improved) = try schedule(text)
        #expect(improved.levelingRule == .lateStart)
        #expect(dates(improved.task("b")) == "2026-09-07..2026-09-14")
        #expect(dates(improved.task("a")) == "2026-09-15..2026-09-16")
        #expect(dates(improved.task("tailA")) == "2026-09-17..2026-09-18")
        #expect(improved.finish == CivilDate("2026-09-18"))  // the CPM finish: nothing can beat it
        try ScheduleInvariants(plan: loaded, schedule: improved).check(capacity: true)
    }

    /// Seven-day weeks, one designer, one writer. `plan` (4 days, zero float) goes first by
    /// both rules, so `topic` (1 day) waits behind it, `video` behind `topic` and `post`
    /// behind `video` on the writer: 12 days. Right-justified, `topic` stays on day 4 (it
    /// gates `video`) while `plan` moves to day 5 (it only has to end before `post`); placed
    /// again in the order of those starts, `topic` goes first and the plan takes 8 days, the
    /// bound (the designer's 5 days, then `post`'s 2 and `launch`'s 1).
    @Test func forwardBackwardImprovementBeatsBothRules() throws {
        let text = plan("""
            tasks:
              - {id: plan, name: 策划, role: design, duration: 4d}
              - {id: topic, name: 选题, role: design, duration: 1d}
              - {id: brief, name: 文案, role: content, duration: 1d}
              - {id: video, name: 视频, role: content, duration: 4d, after: topic}
              - {id: post, name: 推文, role: content, duration: 2d, after: [plan, brief]}
              - {id: launch, name: 上线, duration: 1d, after: [video, post]}
            """, calendar: "calendar:\n  weekends: []", roles: "design: {name: 设计, headcount: 1}\n  content: {name: 内容, headcount: 1}")
        let (_, serial) = try schedule(text, options: SchedulerOptions(improveLeveling: false))
        #expect(dates(serial.task("plan")) == "2026-09-07..2026-09-10")
        #expect(dates(serial.task("topic")) == "2026-09-11..2026-09-11")
        #expect(dates(serial.task("video")) == "2026-09-12..2026-09-15")
        #expect(dates(serial.task("post")) == "2026-09-16..2026-09-17")
        #expect(serial.finish == CivilDate("2026-09-18"))
        let (loaded, improved) = try schedule(text)
        #expect(improved.levelingRule == .justified)
        #expect(dates(improved.task("topic")) == "2026-09-07..2026-09-07")
        #expect(dates(improved.task("plan")) == "2026-09-08..2026-09-11")
        #expect(dates(improved.task("brief")) == "2026-09-07..2026-09-07")
        #expect(dates(improved.task("video")) == "2026-09-08..2026-09-11")
        #expect(dates(improved.task("post")) == "2026-09-12..2026-09-13")
        #expect(dates(improved.task("launch")) == "2026-09-14..2026-09-14")
        #expect(improved.finish == CivilDate("2026-09-14"))
        // The delay is the designer's, and said so.
        #expect(improved.task("plan")?.delayedBy == "design")
        try ScheduleInvariants(plan: loaded, schedule: improved).check(capacity: true)
    }

    /// The same team with the writer pinned to a review on day 5 (09-12): every pass books it
    /// first and goes round it. First pass: `video` waits for `topic` (day 4) and the review,
    /// `post` for `video`, 13 days. Right-justified, `brief` goes to day 4 (day 5 is the
    /// review's), `topic` to 5, `plan` to 6; placed again `brief` and `topic` go first and
    /// `post` takes days 6–7 after the review: 9 days, the best possible (`post` cannot start
    /// before `plan` ends on day 4 and cannot use day 5).
    @Test func justificationGoesRoundAPinnedTask() throws {
        let text = plan("""
            tasks:
              - {id: plan, name: 策划, role: design, duration: 4d}
              - {id: topic, name: 选题, role: design, duration: 1d}
              - {id: brief, name: 文案, role: content, duration: 1d}
              - {id: video, name: 视频, role: content, duration: 4d, after: topic}
              - {id: post, name: 推文, role: content, duration: 2d, after: [plan, brief]}
              - {id: launch, name: 上线, duration: 1d, after: [video, post]}
              - {id: review, name: 评审, role: content, duration: 1d, start: 2026-09-12}
            """, calendar: "calendar:\n  weekends: []", roles: "design: {name: 设计, headcount: 1}\n  content: {name: 内容, headcount: 1}")
        let (_, serial) = try schedule(text, options: SchedulerOptions(improveLeveling: false))
        #expect(dates(serial.task("video")) == "2026-09-13..2026-09-16")
        #expect(dates(serial.task("post")) == "2026-09-17..2026-09-18")
        #expect(serial.finish == CivilDate("2026-09-19"))
        let (loaded, improved) = try schedule(text)
        #expect(improved.levelingRule == .justified)
        #expect(dates(improved.task("review")) == "2026-09-12..2026-09-12")
        #expect(dates(improved.task("brief")) == "2026-09-07..2026-09-07")
        #expect(dates(improved.task("topic")) == "2026-09-07..2026-09-07")
        #expect(dates(improved.task("plan")) == "2026-09-08..2026-09-11")
        #expect(dates(improved.task("video")) == "2026-09-08..2026-09-11")
        #expect(dates(improved.task("post")) == "2026-09-13..2026-09-14")
        #expect(improved.finish == CivilDate("2026-09-15"))
        try ScheduleInvariants(plan: loaded, schedule: improved).check(capacity: true)
    }

    @Test("never later than the first pass, never earlier than CPM, every rule kept", arguments: Array(UInt64(1)...UInt64(150)))
    func neverWorseThanTheFirstPass(seed: UInt64) throws {
        let random = RandomPlan(seed: seed &* 104_729, tasks: 8 + Int(seed % 40), options: SchedulePropertyTests.options(seed))
        let plan = try #require(SchedulePropertyTests.load(random.yaml))
        let improved = Scheduler().schedule(plan)
        let serial = Scheduler(options: SchedulerOptions(improveLeveling: false)).schedule(plan)
        let cpm = Scheduler(options: SchedulerOptions(level: false)).schedule(plan)
        guard !improved.diagnostics.hasErrors, !serial.diagnostics.hasErrors, !cpm.diagnostics.hasErrors else {
            #expect(improved.diagnostics.hasErrors == serial.diagnostics.hasErrors, "\(random.yaml)")
            return
        }
        let end = { (s: Schedule) in s.tasks.map(\.endPoint).max() ?? 0 }
        #expect(end(improved) <= end(serial), "\(random.yaml)")
        #expect(end(improved) >= end(cpm), "\(random.yaml)")
        // The first pass is kept unless another finishes strictly earlier.
        if end(improved) == end(serial) {
            #expect(improved.levelingRule == .totalFloat)
            #expect(improved.tasks == serial.tasks, "\(random.yaml)")
        }
        try ScheduleInvariants(plan: plan, schedule: improved).check(capacity: true)
    }

    /// Generated plans of the benchmark's kind, with 60 listed people on leave of their own
    /// and tasks for named people: capacity per role and per person, links and calendars.
    @Test(arguments: [(5, UInt64(1)), (20, UInt64(2))])
    func generatedPlansWithPeopleKeepEveryRule(roles: Int, seed: UInt64) throws {
        let text = PlanGenerator(.init(tasks: 600, roles: roles, window: 200, seed: seed, peoplePerRole: 3)).yaml()
        let plan = try #require(SchedulePropertyTests.load(text))
        let improved = Scheduler().schedule(plan)
        let serial = Scheduler(options: SchedulerOptions(improveLeveling: false)).schedule(plan)
        #expect(!improved.diagnostics.hasErrors)
        #expect(improved.finish <= serial.finish)
        try ScheduleInvariants(plan: plan, schedule: improved).check(capacity: true)
    }
}
