import Foundation
import PlanModel
import Testing

/// Every diagnostic the loader and validator write exists in both languages: rendered in 中文
/// its message, hint and notes are Chinese, rendered in English they hold no Chinese but the
/// plan's own text, and the place and id do not change with the language. Driven by the
/// invalid fixtures, which between them raise every id the loader has.
@Suite("Diagnostics in both languages")
struct DiagnosticLanguageTests {
    @Test("each invalid fixture's findings read in 中文 and in English", arguments: FixtureExpectations.invalidCases())
    func bothLanguages(_ name: String) throws {
        let base = FixtureExpectations.fixturesDirectory + "/invalid/" + name
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory)
        let result = PlanLoader().load(file: isDirectory.boolValue ? base + "/plan.yaml" : base)
        #expect(!result.diagnostics.isEmpty)
        // Chinese the plan itself holds (a name, a dimension value) may appear in English.
        let planText = Set(result.sources.values.flatMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars })
        for diagnostic in result.diagnostics {
            let texts = [diagnostic.text] + (diagnostic.hintText.map { [$0] } ?? []) + diagnostic.notes.map(\.text)
            for text in texts {
                #expect(Self.hasChinese(Self.unquoted(text.zh)), "[\(diagnostic.id.rawValue)] not in Chinese: \(text.zh)")
                let foreign = String(String.UnicodeScalarView(Self.unquoted(text.en).unicodeScalars.filter { !planText.contains($0) }))
                #expect(!Self.hasChinese(foreign), "[\(diagnostic.id.rawValue)] Chinese in English: \(text.en)")
            }
            let zh = DiagnosticRenderer(sources: result.sources, language: .zh).render(diagnostic)
            let en = DiagnosticRenderer(sources: result.sources, language: .en).render(diagnostic)
            let place = diagnostic.location.map { "\($0): " } ?? ""
            #expect(zh.hasPrefix(place + (diagnostic.severity == .error ? "错误" : "警告") + ": [\(diagnostic.id.rawValue)] "), "\(zh)")
            #expect(en.hasPrefix(place + diagnostic.severity.rawValue + ": [\(diagnostic.id.rawValue)] "), "\(en)")
            // The quoted source line and its caret are the same in both.
            #expect(Self.excerpt(zh) == Self.excerpt(en))
        }
    }

    @Test("the JSON report keeps its keys and ids and follows the language in its words")
    func jsonFollowsLanguage() throws {
        let path = FixtureExpectations.fixturesDirectory + "/invalid/unknown_key_top.yaml"
        let result = PlanLoader().load(file: path)
        var report = DiagnosticReport()
        report.add(file: path, diagnostics: result.diagnostics)
        let zh = report.json(in: .zh), en = report.json(in: .en)
        // Everything but the words is the same.
        let zhFound = try #require(Self.diagnostics(zh)), enFound = try #require(Self.diagnostics(en))
        #expect(zhFound.map { $0["id"] as? String } == enFound.map { $0["id"] as? String })
        #expect(zhFound.map { $0["severity"] as? String } == enFound.map { $0["severity"] as? String })
        #expect(zhFound.map { $0["line"] as? Int } == enFound.map { $0["line"] as? Int })
        #expect(zhFound.map { $0["id"] as? String }.contains("unknown_key"))
        #expect(zh.contains("未知的键") && en.contains("unknown key"))
        #expect(!Self.hasChinese(Self.unquoted(enFound.compactMap { $0["hint"] as? String }.joined())))
        #expect(en == report.json())
    }

    static func diagnostics(_ json: String) -> [[String: Any]]? {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["diagnostics"] as? [[String: Any]]
    }

    /// The text with its quoted parts ('…', the plan's names and values) taken out, and the
    /// number examples of the hints (120万, 1.2亿), which are plan syntax.
    static func unquoted(_ text: String) -> String {
        var out = "", quoted = false
        for character in text {
            if character == "'" { quoted.toggle(); continue }
            if !quoted { out.append(character) }
        }
        return out.replacingOccurrences(of: "120万", with: "").replacingOccurrences(of: "1.2亿", with: "")
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    static func excerpt(_ rendered: String) -> [Substring] {
        rendered.split(separator: "\n").filter { $0.contains(" | ") }
    }
}
