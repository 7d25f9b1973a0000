import PlanModel
import PlanTracking
import Testing

/// The status views in one language each: a plan with English names gives an English table
/// and report without a single Chinese character, and the Chinese ones carry none of the
/// English words.
@Suite("Status views in one language")
struct StatusLanguageTests {
    private let plan = """
        cycleplan: 1
        id: spring
        title: Spring launch
        start: 2027-01-04
        roles: {design: {name: Design, headcount: 1}, copy: {name: Copywriting, headcount: 1}}
        tasks:
          - {id: a, name: Key visual, role: design, duration: 2d}
          - {id: b, name: Posters, role: design, duration: 2d, after: a}
          - {id: c, name: Launch copy, role: copy, duration: 3d, deadline: 2027-01-08}
          - {id: m, name: Go live, milestone: true, after: [b, c]}
        """

    private func views(_ language: Language) throws -> [String] {
        let plan = try loadPlan(self.plan)
        let status = try loadStatus("asOf: 2027-01-07\ntasks:\n  a: {started: 2027-01-05, done: 2027-01-07}\n  c: {started: 2027-01-06, progress: 20%}\n", plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan, name: "first"), status: status)
        let week = WeeklyStatus(tracked)
        #expect(!week.slipped.isEmpty, "the fixture has slips, so causes and slip words are shown")
        return [tracked.table(plan: plan, color: false, language: language), week.markdown(plan: plan, language: language),
                week.html(plan: plan, language: language)]
    }

    private static func cjk(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
        }))
    }

    /// The words a reader sees: the style sheet and the tags (their class names) left out.
    private static func visibleText(_ page: String) -> String {
        var text = page
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
        var out = "", inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    @Test func englishHasNoChinese() throws {
        let views = try views(.en)
        for view in views { #expect(Self.cjk(view) == "", "\(view)") }
        #expect(views[0].contains("forecast finish") && views[0].contains("late"))
        #expect(views[1].contains("## Slipped") && views[1].contains("working day"))
        #expect(views[2].contains("<html lang=\"en\">") && views[2].contains("S-curve"))
    }

    @Test func chineseHasNoEnglishWords() throws {
        let views = try views(.zh)
        #expect(views[1].contains("## 延误") && views[2].contains("<html lang=\"zh-CN\">"))
        let english = ["forecast", "baseline", "Slipped", "status date", "working day", "planned", "earned", "late", "None", "Finished",
                       "roles", "milestone", "done"]
        // The notes section quotes the schedule's diagnostics, whose messages follow their own
        // language (PlanModel's diagnostics catalog); everything before it is this report's.
        for view in views.map({ Self.visibleText(Self.beforeNotes($0)) }) {
            for word in english { #expect(!view.contains(word), "\(word)") }
        }
    }

    private static func beforeNotes(_ view: String) -> String {
        for heading in ["\n## 提示", "<h2>提示</h2>"] {
            if let range = view.range(of: heading) { return String(view[..<range.lowerBound]) }
        }
        return view
    }
}
