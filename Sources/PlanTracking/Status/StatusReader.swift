import Foundation
import PlanModel
import PlanYAML

/// Reads the node tree of one status file: shapes and values first, then the checks against
/// the plan (`StatusReader+Checks.swift`). Every problem is reported; a bad entry is skipped.
struct StatusReader {
    let path: String
    let plan: Plan
    var diagnostics: [Diagnostic] = []
    /// Task index by id.
    let taskIndex: [String: Int]
    /// Where each entry's values were written, for the checks' diagnostics, in the order read;
    /// `marksOf[task]` is the position of the task's last entry here (-1 for none), as a
    /// dictionary by id would keep it.
    var marks: [EntryMarks] = []
    var marksOf: [Int32]

    init(path: String, plan: Plan) {
        self.path = path
        self.plan = plan
        var index: [String: Int] = [:]
        index.reserveCapacity(plan.tasks.count)
        for position in plan.tasks.indices { index[plan.tasks[position].id] = position }
        taskIndex = index
        marksOf = [Int32](repeating: -1, count: plan.tasks.count)
    }

    mutating func error(_ id: DiagnosticID, _ message: Bilingual, at mark: Mark, hint: Bilingual? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, id, message, at: SourceLocation(file: path, mark: mark), hint: hint, notes: notes))
    }

    mutating func warning(_ id: DiagnosticID, _ message: Bilingual, at mark: Mark, hint: Bilingual? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, id, message, at: SourceLocation(file: path, mark: mark), hint: hint, notes: notes))
    }

    mutating func read(_ root: YAMLNode, asOfOverride: CivilDate?) -> StatusFile? {
        guard case .mapping(let mapping) = root else {
            error(.typeMismatch, Bilingual(zh: "进度文件应为映射（每行 键: 值），这里是\(root.kindText.zh)",
                                           en: "a status file must be a mapping (key: value lines), found \(root.kindText.en)"), at: root.mark,
                  hint: Bilingual(zh: "以 'asOf: YYYY-MM-DD' 开头，再写一个 'tasks:' 映射", en: "start with 'asOf: YYYY-MM-DD' and a 'tasks:' mapping"))
            return nil
        }
        var asOf: CivilDate?
        var tasksNode: YAMLNode?
        for entry in mapping.entries {
            guard case .scalar(let key) = entry.key else {
                error(.typeMismatch, Self.plainKeys(entry.key), at: entry.key.mark)
                continue
            }
            switch key.value {
            case "asOf": asOf = date(entry.value, Bilingual(zh: "进度日期", en: "status date"))
            case "tasks": tasksNode = entry.value
            default: unknownKey(key, in: Bilingual(zh: "进度文件", en: "the status file"), allowed: StatusLoader.fileKeys)
            }
        }
        if mapping["asOf"] == nil && asOfOverride == nil {
            error(.missingKey, Bilingual(zh: "进度文件缺少 'asOf'", en: "the status file is missing 'asOf'"), at: mapping.mark,
                  hint: Bilingual(zh: "写上进度日期，例如 'asOf: 2027-02-03'，或使用 --as-of", en: "write the status date, e.g. 'asOf: 2027-02-03', or give --as-of"))
        }
        var entries: [TaskStatus] = []
        var tasks: [Int] = []
        if let tasksNode {
            if case .mapping(let mapping) = tasksNode {
                for entry in mapping.entries {
                    if let (status, task) = readEntry(entry) {
                        entries.append(status)
                        tasks.append(task)
                    }
                }
            } else if !(tasksNode.scalar?.isNull ?? false) {
                error(.typeMismatch, Bilingual(zh: "tasks 应为“任务 id → 进度”的映射，这里是\(tasksNode.kindText.zh)",
                                               en: "tasks must be a mapping of task id → status, found \(tasksNode.kindText.en)"), at: tasksNode.mark,
                      hint: Bilingual(zh: "每个任务写一行：'posters: {done: 2027-01-24}'", en: "write one line per task: 'posters: {done: 2027-01-24}'"))
            }
        }
        guard let statusDate = asOfOverride ?? asOf else { return nil }
        check(entries, tasks: tasks, asOf: statusDate)
        return StatusFile(asOf: statusDate, tasks: entries, path: path)
    }

    /// The entry and its task's index, or `nil` when it cannot be used (reported).
    private mutating func readEntry(_ entry: YAMLMapping.Entry) -> (TaskStatus, Int)? {
        guard case .scalar(let key) = entry.key else {
            error(.typeMismatch, Bilingual(zh: "任务 id 必须是普通的词，这里是\(entry.key.kindText.zh)", en: "task ids must be plain words, found \(entry.key.kindText.en)"),
                  at: entry.key.mark)
            return nil
        }
        guard let task = taskIndex[key.value] else {
            let some = plan.tasks.prefix(5).map(\.id)
            let hint = Suggestion.didYouMean(key.value, in: plan.tasks.lazy.map(\.id))
                ?? (plan.phases.contains { $0.id == key.value }
                    ? Bilingual(zh: "'\(key.value)' 是阶段：请报告它的任务，阶段随任务而定", en: "'\(key.value)' is a phase: report its tasks, the phase follows them") : nil)
                ?? Bilingual(zh: "进度文件按计划中的任务 id 写任务（\(some.joined(separator: "、"))\(plan.tasks.count > 5 ? "……" : "")）",
                             en: "a status file names tasks by their id in the plan (\(some.joined(separator: ", "))\(plan.tasks.count > 5 ? ", …" : ""))")
            error(.unknownTask, Bilingual(zh: "'\(key.value)' 不是本计划的任务", en: "'\(key.value)' is not a task of the plan"), at: key.mark, hint: hint)
            return nil
        }
        guard case .mapping(let fields) = entry.value else {
            error(.typeMismatch, Bilingual(zh: "'\(key.value)' 的进度应为映射，这里是\(entry.value.kindText.zh)",
                                           en: "the status of '\(key.value)' must be a mapping, found \(entry.value.kindText.en)"), at: entry.value.mark,
                  hint: Bilingual(zh: "例如 '\(key.value): {started: 2027-01-20, progress: 60%}'", en: "e.g. '\(key.value): {started: 2027-01-20, progress: 60%}'"))
            return nil
        }
        var status = TaskStatus(id: key.value, location: SourceLocation(file: path, mark: key.mark))
        var seen = EntryMarks()
        for field in fields.entries {
            guard case .scalar(let name) = field.key else {
                error(.typeMismatch, Self.plainKeys(field.key), at: field.key.mark)
                continue
            }
            seen[name.value] = field.value.mark
            switch name.value {
            case "started": status.started = date(field.value, Bilingual(zh: "开始日期", en: "start date"))
            case "done": status.done = date(field.value, Bilingual(zh: "完成日期", en: "done date"))
            case "reached": status.reached = date(field.value, Bilingual(zh: "达成日期", en: "date reached"))
            case "note": status.note = field.value.scalar?.value ?? { typeMismatch(field.value, Bilingual(zh: "备注", en: "note")); return nil }()
            case "progress": status.progress = progress(field.value)
            case "remaining":
                guard let text = field.value.scalar?.value else { typeMismatch(field.value, Bilingual(zh: "剩余工期", en: "remaining")); continue }
                if let value = WorkDuration.parse(text), value.days >= 0, value.days <= WorkDuration.maximumDays {
                    status.remaining = value
                } else {
                    error(.invalidDuration, Bilingual(zh: "剩余工作量 '\(text)' 无效", en: "invalid remaining work '\(text)'"), at: field.value.mark,
                          hint: Bilingual(zh: "写还需要的工作日，如 2d 或 0.5d，周写作 1w", en: "write the working days still needed as 2d or 0.5d, weeks as 1w"))
                }
            default: unknownKey(name, in: Bilingual(zh: "'\(key.value)' 的进度", en: "the status of '\(key.value)'"), allowed: StatusLoader.entryKeys)
            }
        }
        marksOf[task] = Int32(marks.count)
        marks.append(seen)
        return checkEntry(status, task: task, marks: seen) ? (status, task) : nil
    }

    private mutating func progress(_ node: YAMLNode) -> Double? {
        guard let scalar = node.scalar else { typeMismatch(node, Bilingual(zh: "进度", en: "progress")); return nil }
        let text = scalar.value.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%"), let value = Quantity.parse(text) else {
            error(.invalidNumber, Bilingual(zh: "进度 '\(scalar.value)' 无效", en: "invalid progress '\(scalar.value)'"), at: scalar.mark,
                  hint: Bilingual(zh: "进度写成百分比：60%", en: "write progress as a percentage: 60%"))
            return nil
        }
        guard value >= 0, value <= 1 else {
            error(.progressOutOfRange, Bilingual(zh: "进度 \(text) 不在 0–100% 之间", en: "progress \(text) is outside 0–100%"), at: scalar.mark,
                  hint: Bilingual(zh: "任务进度在 0%（未开始）到 100%（已完成）之间", en: "a task is between 0% (not started) and 100% (done)"))
            return nil
        }
        return value
    }

    private mutating func date(_ node: YAMLNode, _ what: Bilingual) -> CivilDate? {
        guard let scalar = node.scalar, !scalar.isNull else { typeMismatch(node, what); return nil }
        switch CivilDate.parse(scalar.value) {
        case .success(let date): return date
        case .failure(let failure):
            error(.invalidDate, Bilingual(zh: "\(what.zh) '\(scalar.value)' 无效：\(failure.text.zh)",
                                          en: "invalid \(what.en) '\(scalar.value)': \(failure.text.en)"), at: scalar.mark,
                  hint: Bilingual(zh: "日期写作 YYYY-MM-DD，例如 2027-02-03", en: "write dates as YYYY-MM-DD, e.g. 2027-02-03"))
            return nil
        }
    }

    private mutating func typeMismatch(_ node: YAMLNode, _ what: Bilingual) {
        error(.typeMismatch, Bilingual(zh: "\(what.zh) 应为单个值，这里是\(node.kindText.zh)", en: "\(what.en) must be a single value, found \(node.kindText.en)"),
              at: node.mark)
    }

    private mutating func unknownKey(_ key: YAMLScalar, in what: Bilingual, allowed: [String]) {
        let hint = Suggestion.didYouMean(key.value, in: allowed)
            ?? Bilingual(zh: "可用的键：\(allowed.joined(separator: "、"))", en: "allowed keys: \(allowed.joined(separator: ", "))")
        error(.unknownKey, Bilingual(zh: "\(what.zh)中有未知的键 '\(key.value)'", en: "unknown key '\(key.value)' in \(what.en)"), at: key.mark, hint: hint)
    }

    private static func plainKeys(_ key: YAMLNode) -> Bilingual {
        Bilingual(zh: "键必须是普通的词，这里是\(key.kindText.zh)", en: "keys must be plain words, found \(key.kindText.en)")
    }
}
