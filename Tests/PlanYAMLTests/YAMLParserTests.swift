import Testing
@testable import PlanYAML

private func parse(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
    YAMLParser(bytes: Array(text.utf8), limits: limits).parse()
}

@Suite("YAML parser")
struct YAMLParserTests {
    @Test func marksAreOneBasedAndCountCharacters() throws {
        let document = parse("title: 国庆节活动\nname: {a: 海报, b: 推文}\n")
        let root = try #require(document.root?.mapping)
        let name = try #require(root["name"]?.mapping)
        #expect(root.entries[0].key.mark == Mark(line: 1, column: 1))
        #expect(root.entries[0].value.mark == Mark(line: 1, column: 8))
        // "name: {a: 海报, " is 14 characters (18 bytes), so `b` is in column 15: columns count characters.
        #expect(name.entries[1].key.mark == Mark(line: 2, column: 15))
        #expect(name["b"]?.scalar?.value == "推文")
    }

    @Test func scalarsKeepTheirTextAndStyle() throws {
        let root = try #require(parse("a: 2026-09-01\nb: '1_200_000'\nc: \"on\"\nd: |\n  多行\n  文本\n").root?.mapping)
        #expect(root["a"]?.scalar?.value == "2026-09-01")
        #expect(root["a"]?.scalar?.style == .plain)
        #expect(root["b"]?.scalar?.style == .singleQuoted)
        #expect(root["b"]?.scalar?.contentColumn == 5)
        #expect(root["c"]?.scalar?.value == "on")
        #expect(root["d"]?.scalar?.value == "多行\n文本\n")
        #expect(root["d"]?.scalar?.style == .literal)
    }

    @Test func aliasesAndMergeKeysResolve() throws {
        let text = """
            base: &base {role: design, duration: 2d}
            task:
              <<: *base
              duration: 3d
            list: [*base, *base]
            """
        let document = parse(text)
        #expect(document.issues.isEmpty)
        let root = try #require(document.root?.mapping)
        let task = try #require(root["task"]?.mapping)
        #expect(task["duration"]?.scalar?.value == "3d")
        #expect(task["role"]?.scalar?.value == "design")
        #expect(task["<<"] == nil)
        #expect(root["list"]?.sequence?.items.count == 2)
    }

    @Test func mergeOfASequenceOfMappingsLetsTheEarlierWin() throws {
        let text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n"
        let c = try #require(parse(text).root?.mapping?["c"]?.mapping)
        #expect(c["x"]?.scalar?.value == "1")
        #expect(c["y"]?.scalar?.value == "1")
        #expect(c["z"]?.scalar?.value == "2")
    }

    @Test func duplicateKeysAreReportedWithBothPlaces() throws {
        let document = parse("a: 1\nb: 2\na: 3\n")
        let issue = try #require(document.issues.first)
        #expect(issue.kind == .duplicateKey)
        #expect(issue.mark == Mark(line: 3, column: 1))
        #expect(issue.related == Mark(line: 1, column: 1))
        #expect(!issue.isFatal)
    }

    @Test func duplicateKeysInLargeMappingsUseTheIndex() throws {
        var text = ""
        for index in 0..<40 { text += "k\(index): \(index)\n" }
        text += "k7: again\n"
        let document = parse(text)
        #expect(document.issues.map(\.kind) == [.duplicateKey])
        #expect(document.issues.first?.related == Mark(line: 8, column: 1))
    }

    @Test func syntaxErrorsCarryAMarkAndAHint() throws {
        let document = parse("a: b: c\n")
        let issue = try #require(document.issues.first)
        #expect(issue.kind == .syntax)
        #expect(issue.mark == Mark(line: 1, column: 5))
        #expect(issue.hint != nil)
        #expect(document.root == nil)
    }

    @Test func tabsInIndentationGetTheirOwnIssue() throws {
        let document = parse("a:\n\tb: 1\n")
        #expect(document.issues.first?.kind == .tabIndentation)
        #expect(document.issues.first?.mark == Mark(line: 2, column: 1))
    }

    @Test func invalidUTF8PointsAtTheByte() throws {
        var bytes = Array("a: 1\nb: 海".utf8)
        bytes.append(0xFF)
        let document = YAMLParser(bytes: bytes).parse()
        #expect(document.issues.first?.kind == .invalidUTF8)
        #expect(document.issues.first?.mark == Mark(line: 2, column: 5))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] {
            let document = YAMLParser(bytes: bad).parse()
            #expect(document.issues.first?.kind == .invalidUTF8)
        }
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let document = parse(text)
        #expect(document.issues.first?.kind == .aliasLimit)
        #expect(document.root == nil)
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let document = parse(text)
        #expect(document.issues.first?.kind == .nestingLimit)
        #expect(document.issues.first?.mark == Mark(line: 1, column: 65))
    }

    @Test func nestingUpToTheLimitIsFine() {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(parse(text).issues.isEmpty)
    }

    @Test func aliasToUndefinedAnchorIsAnIssue() {
        #expect(parse("a: *nowhere\n").issues.first?.kind == .unknownAnchor)
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(parse("a: 1\n---\nb: 2\n").issues.first?.kind == .syntax)
    }

    @Test func emptyInputHasNoRoot() {
        let document = parse("")
        #expect(document.root == nil)
        #expect(document.issues.isEmpty)
    }

    @Test func scanEventsCountsEvents() {
        // stream, document, mapping, 2 scalars, mapping end, document end, stream end
        #expect(YAMLParser(bytes: Array("a: 1\n".utf8)).scanEvents() == 8)
        #expect(YAMLParser(bytes: Array("a: [\n".utf8)).scanEvents() == nil)
    }
}
