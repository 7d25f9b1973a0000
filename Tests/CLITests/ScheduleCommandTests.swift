import Foundation
import Testing

@Suite("cycleplan schedule")
struct ScheduleCommandTests {
    private func write(_ text: String, name: String = "plan.yaml") throws -> URL {
        try CLIRunner.write(text, name: name)
    }

    private let plan = """
        cycleplan: 1
        id: demo
        title: 演示
        start: 2026-09-07
        roles: {design: {name: 设计, headcount: 1}}
        phases:
          - id: prep
            name: 准备
            tasks:
              - {id: a, name: "=SUM(A1)", role: design, duration: 2d}
              - {id: b, name: 海报, role: design, duration: 1d}
          - id: go
            name: 上线
            after: prep
            tasks:
              - {id: m, name: 上线, milestone: true}
        """

    @Test func tablePrintsRowsFinishAndCriticalPath() throws {
        let outcome = try CLIRunner.run(["schedule", try write(plan).path, "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("finish: 2026-09-09 (leveled)"))
        // Leveled floats count the role: design does a, then b, so a cannot slip either.
        // The path by the tasks' names, as the rows show them (issue #13), not by ids.
        #expect(outcome.stdout.contains("critical path: =SUM(A1) → 海报 → 上线\n"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("+2d (设计)"), "roles by name")
        #expect(!outcome.stdout.contains("\u{1B}["), "no color when not a terminal")
    }

    /// One language per table: English has no Chinese but the plan's names, 中文 no English words.
    @Test func theTableIsInOneLanguage() throws {
        let path = try write(plan).path
        let english = try CLIRunner.run(["schedule", path, "--lang", "en"])
        #expect(LanguageLeaks.foreign(in: english.stdout, sources: [plan]) == [])
        #expect(english.stdout.contains("[准备]"), "a phase in ASCII brackets")
        let chinese = try CLIRunner.run(["schedule", path, "--lang", "zh"])
        #expect(chinese.stdout.contains("完成：2026-09-09（已资源平衡）"))
        #expect(chinese.stdout.contains("关键路径：=SUM(A1) → 海报 → 上线\n"), "\(chinese.stdout)")
        #expect(chinese.stdout.contains("+2天（设计）"))
        #expect(chinese.stdout.contains("编号") && chinese.stdout.contains("总时差"))
        for word in ["finish", "critical", "leveled", "float", "name", "busiest"] {
            #expect(!chinese.stdout.contains(word), "\(word)")
        }
        // Without --lang the plan's `lang:` decides; --lang wins over it.
        let planned = try write("lang: en\n" + plan).path
        #expect(try CLIRunner.run(["schedule", planned]).stdout.contains("finish: 2026-09-09 (leveled)"))
        #expect(try CLIRunner.run(["schedule", planned, "--lang", "zh"]).stdout.contains("完成：2026-09-09（已资源平衡）"))
    }

    /// `--format json` writes its diagnostics' words in the run's language (C locale: 中文),
    /// the id and every key unchanged (issue #13).
    @Test func jsonDiagnosticsAreInTheRunsLanguage() throws {
        let path = try write(plan.replacingOccurrences(of: "duration: 1d}", with: "duration: 1d, deadline: 2026-09-07}")).path
        func diagnostic(_ outcome: CLIRunner.Outcome) throws -> [String: Any] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            return try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["id"] as? String == "missed_deadline" }, "\(outcome.stdout)")
        }
        let chinese = try diagnostic(try CLIRunner.run(["schedule", "--format", "json", path]))
        #expect((chinese["message"] as? String)?.hasPrefix("任务 '海报' 在 2026-09-09 完成，比截止日期 2026-09-07 晚 2 个工作日") == true, "\(chinese)")
        #expect(chinese["severity"] as? String == "warning")
        let english = try diagnostic(try CLIRunner.run(["schedule", "--format", "json", path, "--lang", "en"]))
        #expect((english["message"] as? String)?.hasPrefix("task 'b' finishes on 2026-09-09, 2 working days after its deadline 2026-09-07") == true, "\(english)")
        #expect(Set(chinese.keys) == Set(english.keys) && chinese["line"] as? Int == english["line"] as? Int)
        // The plan's lang: decides without --lang, as for the table.
        let planned = try write("lang: en\n" + plan.replacingOccurrences(of: "duration: 1d}", with: "duration: 1d, deadline: 2026-09-07}")).path
        #expect((try diagnostic(try CLIRunner.run(["schedule", "--format", "json", planned]))["message"] as? String)?.hasPrefix("task 'b'") == true)
    }

    @Test func jsonFollowsTheContract() throws {
        let outcome = try CLIRunner.run(["schedule", "--format", "json", try write(plan).path])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["plan"] as? String == "demo")
        #expect(json["finish"] as? String == "2026-09-09")
        // After leveling, floats follow the roles too: a slipping a day would push b.
        #expect(json["criticalPath"] as? [String] == ["a", "b", "m"])
        #expect(json["criticalPaths"] as? [[String]] == [["a", "b", "m"]])
        let rows = try #require(json["tasks"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["prep", "a", "b", "go", "m"])
        #expect(rows[0]["summary"] as? Bool == true)
        #expect(rows[0]["finish"] as? String == "2026-09-09")
        let b = rows[2]
        #expect(b["start"] as? String == "2026-09-09")
        #expect(b["leveledDelay"] as? Int == 2)
        #expect(b["delayedBy"] as? String == "design")
        let shares = try #require(b["delayedByRoles"] as? [[String: Any]])
        #expect(shares.count == 1 && shares[0]["role"] as? String == "design" && shares[0]["days"] as? Int == 2)
        #expect(b["phase"] as? String == "prep")
        let m = rows[4]
        #expect(m["milestone"] as? Bool == true)
        #expect(m["start"] as? String == "2026-09-09" && m["finish"] as? String == "2026-09-09")
        // Keys in the documented order.
        let keys = ["\"id\"", "\"name\"", "\"phase\"", "\"summary\"", "\"milestone\"", "\"start\"", "\"finish\"",
                    "\"workingDays\"", "\"totalFloat\"", "\"freeFloat\"", "\"critical\"", "\"roles\"", "\"leveledDelay\"", "\"delayedBy\"", "\"delayedByRoles\""]
        let tasksPart = outcome.stdout.components(separatedBy: "\"tasks\"")[1]
        let firstRow = tasksPart.components(separatedBy: "},")[0]
        let positions = keys.compactMap { firstRow.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func outputIsDeterministic() throws {
        let url = try write(plan)
        let first = try CLIRunner.run(["schedule", "--format", "json", url.path])
        let second = try CLIRunner.run(["schedule", "--format", "json", url.path])
        #expect(first.stdout == second.stdout)
    }

    @Test func csvHasABOMAndNeutralisesFormulas() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let url = directory.appendingPathComponent("plan.yaml")
        try plan.write(to: url, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["schedule", url.path, "-o", "out.csv"], in: directory)
        #expect(outcome.status == 0)
        let data = try Data(contentsOf: directory.appendingPathComponent("out.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("a,'=SUM(A1),false,prep"))
        #expect(text.contains("\r\n"))
    }

    @Test func withoutLevelingOverAllocationIsAWarning() throws {
        let outcome = try CLIRunner.run(["schedule", "--no-level", try write(plan).path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("[overallocation] role 'design' is over-allocated on 1 day; peak 2 of 1 on 2026-09-07"))
        #expect(outcome.stdout.contains("finish: 2026-09-08 (not leveled)"))
    }

    @Test func infeasiblePlansExitOneAndWriteNothing() throws {
        let broken = plan.replacingOccurrences(of: "{id: m, name: 上线, milestone: true}",
                                               with: "{id: m, name: 上线, milestone: true, start: 2026-09-07}")
        let directory = try CLIRunner.temporaryDirectory()
        let url = directory.appendingPathComponent("plan.yaml")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["schedule", url.path, "-o", "out.json"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[infeasible_fixed_date]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.yaml"])
    }

    @Test func separateCriticalChainsPrintOnTheirOwnLines() throws {
        let chains = """
            cycleplan: 1
            id: chains
            title: 两条
            start: 2026-09-07
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 2d, after: a}
              - {id: c, name: C, duration: 3d}
              - {id: d, name: D, duration: 1d, after: c}
            """
        let outcome = try CLIRunner.run(["schedule", try write(chains).path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("critical paths (2):\n  A → B\n  C → D\n"))
        let chinese = try CLIRunner.run(["schedule", try write(chains).path])
        #expect(chinese.stdout.contains("关键路径（2 条）：\n  A → B\n  C → D\n"), "the default (C locale) is 中文")
    }

    @Test func aPlanWithAnOwnPhaseStartToStartIsRefused() throws {
        let own = plan.replacingOccurrences(of: "{id: b, name: 海报, role: design, duration: 1d}",
                                            with: "{id: b, name: 海报, role: design, duration: 1d, after: \"prep SS\"}")
        let outcome = try CLIRunner.runInEnglish(["schedule", try write(own).path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[dependency_cycle] dependency cycle: b → prep → b"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aLevelingConflictWithAFixedDateExitsOne() throws {
        let fixed = plan.replacingOccurrences(of: "{id: m, name: 上线, milestone: true}",
                                              with: "{id: m, name: 上线, milestone: true, start: 2026-09-09}")
        let outcome = try CLIRunner.runInEnglish(["schedule", try write(fixed).path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[infeasible_fixed_date] task 'm' is fixed on 2026-09-09, but after leveling phase 'prep' lets it start on 2026-09-10"))
        #expect(outcome.stderr.contains("role 'design' held 'b' back 2 working days (busy with 'a')"))
    }

    @Test func invalidPlansAndUsageErrors() throws {
        let invalid = try CLIRunner.run(["schedule", try write("cycleplan: 1\nid: x\n").path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("[missing_key]"))
        #expect(try CLIRunner.run(["schedule", try write(plan).path, "-o", "out.xlsx"]).status == 2)
        // An output that cannot be written is refused like bad input: a located error, exit 1.
        #expect(try CLIRunner.run(["schedule", try write(plan).path, "-o", "/nonexistent/out.json"]).status == 1)
    }

    @Test func shippedPlansScheduleWithoutWarnings() throws {
        for name in ["cycle", "campaign", "store"] {
            let outcome = try CLIRunner.run(["schedule", "plans/\(name).yaml"])
            #expect(outcome.status == 0)
            #expect(outcome.stderr.isEmpty, "\(name): \(outcome.stderr)")
        }
    }
}
