import Foundation
import PlanModel
import PlanYAML

/// Reads a status file against its plan, reporting every problem at once with its place, a
/// stable id and a hint, as plans are checked (docs/tracking.md lists them).
///
/// ```yaml
/// asOf: 2027-02-03
/// tasks:
///   posters: {started: 2027-01-20, done: 2027-01-24}
///   copy: {started: 2027-01-25, progress: 60%, note: 等待审核}
///   launch: {reached: 2027-02-01}
/// ```
public struct StatusLoader: Sendable {
    public var limits: YAMLLimits

    /// Status files are short text a person writes each week; far below this.
    public static let maximumBytes = 64 << 20
    static let fileKeys = ["asOf", "tasks"]
    static let entryKeys = ["started", "done", "progress", "remaining", "note", "reached"]

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// - Parameter asOf: the status date given on the command line; it overrides the file's.
    /// - Complexity: O(file + tasks + links).
    public func load(file path: String, plan: Plan, asOf: CivilDate? = nil) -> StatusLoadResult {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failed(Diagnostic(.error, .fileUnreadable, Bilingual(zh: "无法读取 '\(path)'：文件不存在", en: "cannot read '\(path)': no such file"), at: start,
                                     hint: Bilingual(zh: "写好进度文件，或只用 --as-of 给出进度日期", en: "write the status file, or give the status date alone with --as-of")))
        }
        if isDirectory.boolValue { return failed(Diagnostic(.error, .fileUnreadable, Bilingual(zh: "无法读取 '\(path)'：它是文件夹", en: "cannot read '\(path)': it is a folder"), at: start)) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maximumBytes {
            return failed(Diagnostic(.error, .fileUnreadable,
                                     Bilingual(zh: "无法读取 '\(path)'：它有 \(size >> 20) MB；进度文件最大 \(Self.maximumBytes >> 20) MB",
                                               en: "cannot read '\(path)': it is \(size >> 20) MB; a status file is at most \(Self.maximumBytes >> 20) MB"), at: start))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failed(Diagnostic(.error, .fileUnreadable, Bilingual(zh: "无法读取 '\(path)'：没有权限", en: "cannot read '\(path)': permission denied"), at: start))
        }
        return load(bytes: [UInt8](data), path: path, plan: plan, asOf: asOf)
    }

    public func load(bytes input: [UInt8], path: String, plan: Plan, asOf: CivilDate? = nil) -> StatusLoadResult {
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        let sources = [path: SourceFile(path: path, bytes: bytes)]
        var reader = StatusReader(path: path, plan: plan)
        let document = YAMLParser(bytes: bytes, limits: limits).parse()
        for issue in document.issues {
            let zh = issue.chinese
            let notes = issue.related.map {
                [Diagnostic.Note(Bilingual(zh: zh.relatedNote, en: issue.relatedNote), at: SourceLocation(file: path, mark: $0))]
            } ?? []
            reader.error(Self.diagnosticID(issue.kind), Bilingual(zh: zh.message, en: issue.message), at: issue.mark,
                         hint: issue.hint.map { Bilingual(zh: zh.hint ?? $0, en: $0) }, notes: notes)
        }
        if document.issues.contains(where: \.isFatal) {
            return StatusLoadResult(status: nil, diagnostics: reader.diagnostics, sources: sources)
        }
        guard let root = document.root else {
            reader.error(.emptyFile, Bilingual(zh: "文件是空的", en: "the file is empty"), at: Mark(line: 1, column: 1),
                         hint: Bilingual(zh: "进度文件以 'asOf: YYYY-MM-DD' 开头", en: "a status file starts with 'asOf: YYYY-MM-DD'"))
            return StatusLoadResult(status: nil, diagnostics: reader.diagnostics, sources: sources)
        }
        let status = reader.read(root, asOfOverride: asOf)
        return StatusLoadResult(status: status, diagnostics: reader.diagnostics, sources: sources)
    }

    private func failed(_ diagnostic: Diagnostic) -> StatusLoadResult {
        StatusLoadResult(status: nil, diagnostics: [diagnostic], sources: [:])
    }

    static func diagnosticID(_ kind: YAMLIssue.Kind) -> DiagnosticID {
        switch kind {
        case .syntax: return .yamlSyntax
        case .tabIndentation: return .tabIndentation
        case .invalidUTF8: return .invalidUTF8
        case .duplicateKey: return .duplicateKey
        case .aliasLimit: return .aliasLimit
        case .nestingLimit: return .nestingLimit
        case .unknownAnchor: return .unknownAnchor
        case .badMerge: return .badMerge
        }
    }
}
