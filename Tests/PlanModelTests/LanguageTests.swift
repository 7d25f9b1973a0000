import PlanModel
import Testing

@Suite struct LanguageTests {
    @Test func theFlagWinsThenThePlanThenTheLocale() {
        let english = ["LANG": "en_US.UTF-8"]
        #expect(Language.resolve(flag: .zh, plan: .en, environment: english) == .zh)
        #expect(Language.resolve(flag: nil, plan: .zh, environment: english) == .zh)
        #expect(Language.resolve(flag: nil, plan: nil, environment: english) == .en)
        #expect(Language.resolve(flag: nil, plan: nil, environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
    }

    @Test func localesThatNameNeitherLanguageGiveChinese() {
        for value in ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", ""] {
            #expect(Language.resolve(flag: nil, plan: nil, environment: ["LANG": value]) == .zh, "\(value)")
        }
        #expect(Language.resolve(flag: nil, plan: nil, environment: [:]) == .zh)
    }

    @Test func theFirstNonEmptyVariableDecidesAsInSetlocale() {
        #expect(Language.locale(["LC_ALL": "en_GB", "LANG": "zh_CN"]) == .en)
        #expect(Language.locale(["LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US"]) == .zh)
        #expect(Language.locale(["LC_ALL": "C", "LANG": "en_US"]) == nil)
    }
}

@Suite struct PlanLanguageKeyTests {
    private func load(_ lang: String) -> PlanLoadResult {
        let text = "cycleplan: 1\nid: p\ntitle: 试\nstart: 2026-09-01\nlang: \(lang)\ntasks:\n  a: {name: 甲, duration: 1d}\n"
        return PlanLoader().load(bytes: Array(text.utf8), path: "p.yaml")
    }

    @Test func thePlanNamesItsLanguage() {
        #expect(load("en").plan?.language == .en)
        #expect(load("zh").plan?.language == .zh)
    }

    @Test func anotherLanguageIsAnInvalidValueAtItsPlace() {
        let result = load("fr")
        let found = result.diagnostics.first { $0.id == .invalidValue }
        #expect(found?.location?.line == 5 && found?.location?.column == 7)
        #expect(result.plan?.language == nil)
    }
}
