import Foundation
import Testing
@testable import PlanModel

@Suite("Output formats")
struct OutputFormatTests {
    @Test func jsonEscapesAndKeepsKeyOrder() throws {
        let value = JSONValue.object([
            ("z", .string("引号\" 反斜杠\\ 换行\n 制表\t \u{01} \u{2028} <script>")),
            ("a", .array([.int(1), .number(0.035), .number(.nan), .bool(true), .null])),
            ("empty", .object([])),
        ])
        let text = value.serialized()
        #expect(text.hasPrefix("{\n  \"z\": "))
        #expect(text.contains(#""引号\" 反斜杠\\ 换行\n 制表\t \u0001 \u2028 <script>""#))
        #expect(text.contains("0.035"))
        #expect(text.contains("null"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["z"] as? String == "引号\" 反斜杠\\ 换行\n 制表\t \u{01} \u{2028} <script>")
        #expect(text.range(of: "\"z\"")!.lowerBound < text.range(of: "\"a\"")!.lowerBound)
    }

    @Test func theWriterLaysOutAsTheValueDoes() {
        let value = JSONValue.object([
            ("empty", .array([])), ("none", .object([])), ("rows", .array([.int(1), .object([("a", .string("引号\""))]), .array([])])),
            ("nested", .object([("deep", .array([.array([.null, .bool(true)])]))])), ("last", .number(2.5)),
        ])
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("empty"); writer.beginArray(); writer.endArray()
        writer.member("none"); writer.beginObject(); writer.endObject()
        writer.member("rows"); writer.beginArray()
        writer.write(.int(1)); writer.write(.object([("a", .string("引号\""))])); writer.beginArray(); writer.endArray()
        writer.endArray()
        writer.member("nested"); writer.write(.object([("deep", .array([.array([.null, .bool(true)])]))]))
        writer.member("last"); writer.write(.number(2.5))
        writer.endObject()
        #expect(String(decoding: writer.finish(), as: UTF8.self) == value.serialized())
    }

    @Test func compactJSONIsTheSameDocumentAndSafeInAScript() throws {
        let value = JSONValue.object([("name", .string("</script><b>\n")), ("rows", .array([.int(1), .number(2.5), .null])), ("none", .object([]))])
        let compact = String(decoding: value.compactBytes(), as: UTF8.self)
        #expect(compact == #"{"name":"\u003c/script>\u003cb>\n","rows":[1,2.5,null],"none":{}}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        let pretty = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? NSDictionary
        #expect(parsed == pretty)
    }

    /// The writer copies runs of plain bytes whole and writes integers without a String: held
    /// here to the byte-at-a-time rule it replaced, written out again in the test, on the
    /// strings where a run ends — each escape, the bytes 0xE2 0x80 that begin U+2028/2029 but
    /// also "…" and "€", a sequence cut short at the end — and on the integers' edges.
    @Test func fastEscapesAndIntegersMatchTheSimpleRule() {
        func reference(_ text: String, forScript: Bool) -> [UInt8] {
            var out: [UInt8] = [0x22]
            let utf8 = Array(text.utf8)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x3C where forScript: out += Array("\\u003c".utf8)
                case 0x00..<0x20: out += Array("\\u00".utf8) + (byte < 0x10 ? [0x30] : []) + Array(String(byte, radix: 16).utf8)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    out += Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
            return out + [0x22]
        }
        let texts = ["", "plain", "海报设计", "\"", "\\", "a\"b\\c", "\n\r\t\u{0}\u{1F}\u{7F}", "x\u{2028}y\u{2029}", "\u{2028}", "…€\u{2027}\u{202A}",
                     "end\u{2028}", "<script></script>", "<", "a<b", "t\"1", "\u{7F}tab\t", "exactly-24-bytes-of-text", "twenty-five bytes of text",
                     "percentComplete", "2027-01-20", "混合\"引号\"和<标签>\n第二行…", String(repeating: "长", count: 300) + "\u{1}"]
        for text in texts {
            for forScript in [false, true] {
                var out: [UInt8] = []
                JSONValue.escape(text, into: &out, forScript: forScript)
                #expect(out == reference(text, forScript: forScript), "\(text.debugDescription) forScript \(forScript)")
            }
        }
        for value in [0, 1, -1, 9, 10, -10, 99, 100, 12_345, -98_765, Int(Int32.max), Int.max, Int.min, Int.max - 1, Int.min + 1] {
            var out: [UInt8] = []
            JSONValue.writeInt(value, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }

    @Test func csvQuotesAndNeutralisesFormulaCells() {
        var writer = CSVWriter()
        writer.row(["=1+1", "+x", "-5", "-x", "@me", "a,b", "say \"hi\"", "多行\n文本", "普通"])
        let text = writer.output
        #expect(text.hasPrefix("\u{FEFF}"))
        #expect(text.dropFirst() == "'=1+1,'+x,-5,'-x,'@me,\"a,b\",\"say \"\"hi\"\"\",\"多行\n文本\",普通\r\n")
    }

    /// Issue #13 defect 1: "\r\n" is one Character, so a Character test for "\n" or "\r"
    /// missed it and wrote the cell unquoted, splitting its row in two. A quote followed by a
    /// combining mark is one Character too and was not doubled.
    @Test func csvQuotesEveryLineBreakAndQuoteByScalar() {
        var writer = CSVWriter()
        writer.row(["第一行\r\n第二行", "a\u{2028}b", "c\u{0B}d", "e\u{85}f", "say \"\u{301}hi", "ok"])
        #expect(writer.output.dropFirst()
            == "\"第一行\r\n第二行\",\"a\u{2028}b\",\"c\u{0B}d\",\"e\u{85}f\",\"say \"\"\u{301}hi\",ok\r\n")
    }

    @Test func atomicWritesLeaveNoTemporaryFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("out.txt").path
        try AtomicFile.write("一\n", to: path)
        try AtomicFile.write("二\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "二\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
        #expect(throws: OutputFailure.self) { try AtomicFile.write("x", to: directory.path + "/missing/out.txt") }
    }
}
