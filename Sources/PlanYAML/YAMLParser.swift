internal import CYAML
import Dispatch

/// Parses one YAML document into a `YAMLNode` tree with libyaml.
///
/// The parser owns libyaml's `yaml_parser_t` and a private copy of the input, and frees both
/// in `deinit`; nothing of libyaml's appears in the public API. It is single-use: call
/// `parse()` once.
///
/// Problems come back as `YAMLIssue`s in the document rather than as thrown errors, so that
/// non-fatal ones (a duplicate key) can be reported together with what the plan loader finds.
public final class YAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let limits: YAMLLimits

    public init(bytes: some Collection<UInt8>, limits: YAMLLimits = .default) {
        self.limits = limits
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        // libyaml keeps a pointer to the struct itself, so it must live at a fixed address.
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        inputCount = bytes.count
    }

    private let inputCount: Int
    /// Inputs of at least this many bytes are parsed on one thread and built into a tree on
    /// another (`EventPipeline`); smaller ones take less time than starting a thread.
    var pipelinedFrom = 256 << 10

    /// Set before `parse()`: each item of the sequence under this key of the root mapping is
    /// handed over, with the sequence's mark, as soon as it is complete — on a large input while
    /// libyaml still reads the rest on the other core, so the caller can read the item in time
    /// it would spend waiting. Whether the sequence is still the key's value in the finished
    /// tree (a later error, a repeated key) is for the caller to check by the mark.
    public var rootItems: (key: String, handle: (YAMLNode, Mark) -> Void)?

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    private var inputBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: input.baseAddress, count: inputCount)
    }

    /// Reads the whole document.
    ///
    /// - Complexity: O(n) in the size of the input; aliases add at most
    ///   `max(limits.maxAliasExpansion, document nodes)` to the work of later passes.
    public func parse() -> YAMLDocument {
        if let offset = UTF8Validation.firstInvalidOffset(in: inputBytes) {
            let mark = TextPosition.mark(ofByteOffset: offset, in: inputBytes)
            return YAMLDocument(root: nil, issues: [
                YAMLIssue(
                    kind: .invalidUTF8,
                    message: "the file is not valid UTF-8 (byte 0x\(String(inputBytes[offset], radix: 16, uppercase: true)) at offset \(offset))",
                    mark: mark,
                    hint: "save the file as UTF-8; files from Excel or Windows tools are often GB18030 or GBK",
                    chinese: ("文件不是有效的 UTF-8（偏移 \(offset) 处的字节 0x\(String(inputBytes[offset], radix: 16, uppercase: true))）",
                              "把文件另存为 UTF-8；Excel 或 Windows 工具导出的文件常是 GB18030 或 GBK", "相关位置")
                )
            ])
        }
        var builder = TreeBuilder(limits: limits)
        builder.rootItems = rootItems
        if inputCount >= pipelinedFrom {
            let pipeline = EventPipeline()
            let parser = HandedParser(pointer: self.parser)
            let group = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: group) { pipeline.produce(parser.pointer) }
            let failed = pipeline.consume { builder.consume($0) }
            group.wait()
            if failed { return YAMLDocument(root: nil, issues: builder.issues + [syntaxIssue()]) }
            return YAMLDocument(root: builder.root, issues: builder.issues)
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                return YAMLDocument(root: nil, issues: builder.issues + [syntaxIssue()])
            }
            let done = event.type == YAML_STREAM_END_EVENT
            let stop = builder.consume(event)
            yaml_event_delete(&event)
            if done || stop { break }
        }
        return YAMLDocument(root: builder.root, issues: builder.issues)
    }

    /// Runs libyaml over the input and discards the events: the floor under any YAML loader,
    /// used by the benchmark to express load cost as a multiple of it.
    ///
    /// - Returns: the number of events, or `nil` when the text is not valid YAML.
    public func scanEvents() -> Int? {
        var event = yaml_event_t()
        var count = 0
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else { return nil }
            count += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { return count }
        }
    }

    private func syntaxIssue() -> YAMLIssue {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.pointee.context.map { String(cString: $0) }
        var mark: Mark
        if parser.pointee.error == YAML_READER_ERROR {
            mark = TextPosition.mark(ofByteOffset: parser.pointee.problem_offset, in: inputBytes)
        } else {
            mark = Mark(parser.pointee.problem_mark)
        }
        if let tab = TextPosition.firstIndentationTab(in: inputBytes, throughLine: mark.line) {
            return YAMLIssue(
                kind: .tabIndentation,
                message: "tab character in indentation",
                mark: tab,
                hint: "YAML indents with spaces only; replace the tab with spaces",
                chinese: ("缩进中有制表符（Tab）", "YAML 只能用空格缩进；把 Tab 换成空格", "相关位置")
            )
        }
        var message = problem
        if let context { message = "\(problem) \(context)" }
        let related = context == nil ? nil : Mark(parser.pointee.context_mark)
        return YAMLIssue(
            kind: .syntax,
            message: message,
            mark: mark,
            hint: SyntaxHints.hint(forProblem: problem),
            related: related == mark ? nil : related,
            relatedNote: context.map { "\($0.hasPrefix("while ") ? String($0.dropFirst(6)) : $0) that starts here" } ?? "related position",
            // libyaml's own words stay as it writes them, after a Chinese lead-in.
            chinese: ("YAML 语法错误：\(message)", SyntaxHints.chineseHint(forProblem: problem),
                      context.map { "（\($0)）从这里开始" } ?? "相关位置")
        )
    }
}

/// The parser struct, handed to the thread that parses while the one that builds waits for
/// the events (`EventPipeline`); nothing else uses it until that thread is done.
private struct HandedParser: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<yaml_parser_t>
}

extension Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

/// The result of `YAMLParser.parse()`.
public struct YAMLDocument: Sendable {
    /// The root node, or `nil` when the input is empty or a fatal issue stopped the parse.
    public var root: YAMLNode?
    /// Every issue, in the order found.
    public var issues: [YAMLIssue]

    public init(root: YAMLNode?, issues: [YAMLIssue]) {
        self.root = root
        self.issues = issues
    }
}
