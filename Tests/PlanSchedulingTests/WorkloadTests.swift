import PlanModel
import PlanScheduling
import Testing

/// The workload view per person, by hand: 设计 lists 小王 (on leave Tuesday 09-08) and 小赵
/// (half time). `kv` asks for 小王 by name for 2 days; `banner` for one person of the role,
/// 1 day; `note` half a day of the role.
@Suite("Workload")
struct WorkloadTests {
    @Test func peopleRowsCountTheirOwnBookingAndLeave() throws {
        let (plan, _) = try schedule(plan("""
            tasks:
              - {id: kv, name: 主视觉, role: design/wang, duration: 2d}
              - {id: banner, name: 横幅, role: design, duration: 1d}
              - {id: note, name: 公告, role: content, effort: 0.5d}
            """, roles: "design: {name: 设计, people: [{id: wang, name: 小王, daysOff: [\"2026-09-08\"]}, {id: zhao, name: 小赵, units: 0.5}]}\n  content: {name: 内容, headcount: 2}"))
        let (schedule, load) = Scheduler().scheduleWithWorkload(plan)
        // 小王 works 09-07, is away 09-08, so kv takes 09-07 and 09-09. banner (1 unit) needs a
        // whole person: 小赵 gives 0.5, 小王 is busy with kv on 09-07 and away on 09-08, so it
        // waits for 09-10.
        #expect(dates(schedule.task("kv")) == "2026-09-07..2026-09-09")
        #expect(dates(schedule.task("banner")) == "2026-09-10..2026-09-10")
        #expect(load.days == 4)
        let role = try #require(load.rows.first { $0.kind == .role && $0.id == "design" })
        #expect(role.available == [1.5, 0.5, 1.5, 1.5], "the role less 小王 on his day off")
        #expect(role.booked == [1, 0, 1, 1])
        let wang = try #require(load.rows.first { $0.kind == .person && $0.id == "wang" })
        #expect(wang.name == "小王" && wang.role == "design")
        #expect(wang.available == [1, 0, 1, 1] && wang.booked == [1, 0, 1, 1])
        let zhao = try #require(load.rows.first { $0.id == "zhao" })
        #expect(zhao.available == [0.5, 0.5, 0.5, 0.5] && zhao.booked == [0, 0, 0, 0])
        // Half a day of content on its one day: 0.5 of 2.
        let content = try #require(load.rows.first { $0.id == "content" })
        #expect(content.booked == [0.5, 0, 0, 0])
        #expect(load.rows(.person).rows.map(\.id) == ["wang", "zhao"])
        // Clipped to two days from Tuesday.
        let clipped = load.clipped(from: CivilDate(year: 2026, month: 9, day: 8), to: CivilDate(year: 2026, month: 9, day: 9))
        #expect(clipped.rows.first { $0.id == "design" }?.booked == [0, 1])
    }
}
