import PlanModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The base of the delegates that read a workbook's XML parts: streams the entry into
/// Foundation's `XMLParser` and turns every way a part can be wrong into a `Failure` with
/// its place: a damaged or oversized entry, a parse error (`entry:line:column`), or XML that
/// stops before its root element closes (a truncated file). A part either reads whole or
/// gives no result: never a partial table.
class XMLPartReader: NSObject, XMLParserDelegate {
    private(set) var failure: XLSXReader.Failure?
    private var depth = 0
    private var rootClosed = false
    // Strong, and cleared after the parse: a weak reference would move the parser's reference
    // counts to a side table, slowing every retain of it in each callback.
    private var parser: XMLParser?
    private var stream: EntryStream?
    /// The first error libxml2 reported, other than our own stop.
    private var xmlError: Int?
    /// libxml2's XML_ERR_USER_STOP, which `abortParsing` gives.
    private static let userStop = 111
    /// The entry being read, for messages.
    private(set) var part = ""

    /// Reads `path` of the archive (`nil` when there is no such entry).
    func read(_ path: String, in archive: XLSXArchive, budget: InflateBudget) throws(XLSXReader.Failure) -> Bool {
        guard let entry = try archive.entry(path) else { return false }
        part = entry.name
        guard entry.uncompressedSize <= budget.remaining else {
            throw .tooLarge(Bilingual(zh: "\(entry.name) 声明有 \(entry.uncompressedSize) 字节，超过此文件 \(budget.total) 字节的上限（\(XLSXReader.budgetRule.zh)）",
                                      en: "\(entry.name) declares \(entry.uncompressedSize) bytes, past the \(budget.total)-byte limit for this file (\(XLSXReader.budgetRule.en))"))
        }
        let stream = EntryStream(entry, in: archive, budget: budget)
        let parser = XMLParser(stream: stream)
        self.stream = stream
        self.parser = parser
        parser.delegate = self
        _ = parser.parse()
        parser.delegate = nil
        self.stream = nil
        self.parser = nil
        if let failure = stream.failure { throw failure }
        // A parse error first: in libxml2's recover mode a document cut short can deliver a
        // partial last element, which our own checks then find fault with.
        let parseError = xmlError ?? parser.parserError.map { ($0 as NSError).code }.flatMap { $0 == Self.userStop ? nil : $0 }
        if let parseError {
            let place = "\(entry.name):\(parser.lineNumber):\(parser.columnNumber)"
            let code = Self.describe(parseError)
            // libxml2's last error for a document cut short is often some other one.
            if !rootClosed {
                throw .damaged(Bilingual(zh: "\(place)：XML 在完整之前就结束了（\(code)）：文件被截断或已损坏",
                                         en: "\(place): the XML stops before it is complete (\(code)): the file is truncated or damaged"))
            }
            throw .damaged(Bilingual(zh: "\(place)：XML 格式有误（\(code)）", en: "\(place): the XML is malformed (\(code))"))
        }
        if let failure { throw failure }
        guard rootClosed, stream.finished else {
            throw .damaged(Bilingual(zh: "\(entry.name) 在其 XML 结束之前就结束了：文件被截断", en: "\(entry.name) ends before its XML does: the file is truncated"))
        }
        return true
    }

    /// Stops the parse with `failure`, reported with the parser's current line and column.
    func fail(_ why: Bilingual) {
        guard failure == nil else { return }
        let place = parser.map { "\(part):\($0.lineNumber):\($0.columnNumber)" } ?? part
        failure = .damaged(Bilingual(zh: "\(place)：\(why.zh)", en: "\(place): \(why.en)"))
        stop()
    }

    /// Stops the parse with a failure of its own.
    func fail(_ failure: XLSXReader.Failure) {
        guard self.failure == nil else { return }
        self.failure = failure
        stop()
    }

    private func stop() {
        // Once the whole entry is in, let libxml2 finish: it may still report the parse error
        // (a truncated document) that explains ours.
        guard stream?.finished != true else { return }
        stream?.stopped = true
        parser?.abortParsing()
    }

    private static func describe(_ code: Int) -> String {
        XMLParser.ErrorCode(rawValue: code).map { "\($0)" } ?? "libxml2 error \(code)"
    }

    // Subclasses see elements and text through these; names have any prefix (`x:row`) removed.
    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        if xmlError == nil && code != Self.userStop { xmlError = code }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }
}
