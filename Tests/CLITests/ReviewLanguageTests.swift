import Foundation
import Testing

/// `review --lang`: the terminal summary, the import issues on standard error and the
/// Markdown and HTML reports all in one language — English with no Chinese but the plan's
/// and the exports' own names, Chinese with none of the English catalog's words.
@Suite("cycleplan review --lang")
struct ReviewLanguageTests {
    private static let exports = ["examples/campaign-review/sales.csv", "examples/campaign-review/coupon_test.csv",
                                  "examples/campaign-review/content.csv"]
    private static let names = LanguageLeaks.texts(["plans/campaign.yaml", "plans/shared/roles.yaml", "plans/shared/metrics-aarrr.yaml",
                                                    "plans/shared/calendar-cn-2026.yaml"] + exports)

    private func review(_ extra: [String], plan: String = "plans/campaign.yaml") throws -> CLIRunner.Outcome {
        let root = CLIRunner.packageRoot.path
        let outcome = try CLIRunner.run(["review", plan, "--actuals"] + Self.exports.map { "\(root)/\($0)" } + extra)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome
    }

    private func written(_ name: String, _ extra: [String]) throws -> (file: String, outcome: CLIRunner.Outcome) {
        let folder = try CLIRunner.temporaryDirectory()
        let outcome = try review(["-o", folder.appendingPathComponent(name).path] + extra)
        return (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), outcome)
    }

    @Test func englishHasNoChineseButNames() throws {
        let text = try review(["--lang", "en"])
        #expect(text.stdout.contains("findings:") && text.stdout.contains("import: "))
        #expect(LanguageLeaks.foreign(in: text.stdout + text.stderr, sources: Self.names) == [])
        // The unparseable cell names its metric as the plan does (新客成交额), not by its id gmv_new.
        #expect(text.stderr.contains("'暂无' is not a number (新客成交额)"), "\(text.stderr)")
        #expect(!text.stderr.contains("(gmv_new)"))
        for name in ["review.md", "review.html"] {
            let (file, outcome) = try written(name, ["--lang", "en"])
            #expect(LanguageLeaks.foreign(in: file + outcome.stdout + outcome.stderr, sources: Self.names) == [], "\(name)")
            #expect(file.contains("Targets and actuals"))
        }
        #expect(try written("review.html", ["--lang", "en"]).file.contains("<html lang=\"en\">"))
    }

    @Test func chineseHasNoEnglishWords() throws {
        let text = try review(["--lang", "zh"])
        #expect(text.stdout.contains("复盘：") && text.stdout.contains("结论："))
        #expect(text.stderr.contains("「暂无」不是数字（新客成交额）"), "\(text.stderr)")
        let english = ["findings", "import:", "rows read", "review of", "hint:", "warning:", "note:", "gap by driver",
                       "explains", "not a number", "attainment", "variance"]
        for word in english { #expect(!(text.stdout + text.stderr).lowercased().contains(word), "\(word)") }
        for name in ["review.md", "review.html"] {
            let (file, _) = try written(name, ["--lang", "zh"])
            for word in ["Findings", "Targets", "rows read", "Import", "Experiments", "attainment"] {
                #expect(!file.contains(word), "\(name): \(word)")
            }
        }
    }

    /// Without --lang the locale decides (the plan's `lang:` before it: ScheduleCommandTests):
    /// a C locale is 中文, an English one English.
    @Test func theLocaleDecides() throws {
        let root = CLIRunner.packageRoot.path
        let plain = try CLIRunner.run(["review", "plans/campaign.yaml", "--actuals"] + Self.exports.map { "\(root)/\($0)" },
                                      environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"])
        #expect(plain.stdout.contains("结论："))
        let english = try CLIRunner.run(["review", "plans/campaign.yaml", "--actuals"] + Self.exports.map { "\(root)/\($0)" },
                                        environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(english.stdout.contains("findings:"))
    }

    /// `--numbers cn` writes large figures in 万 and 亿; plain (the default) in grouped digits.
    @Test func numbersInWan() throws {
        let plain = try review(["--lang", "zh"])
        #expect(plain.stdout.contains("¥3,000,000") && !plain.stdout.contains("¥300万"))
        let chinese = try review(["--lang", "zh", "--numbers", "cn"])
        #expect(chinese.stdout.contains("¥300万"), "\(chinese.stdout)")
        let (markdown, _) = try written("review.md", ["--lang", "en", "--numbers", "cn"])
        #expect(markdown.contains("¥300万"))
    }
}
