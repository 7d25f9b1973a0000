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
    /// Where each entry's values were written, for the checks' diagnostics.
    var marks: [String: [String: Mark]] = [:]

    init(path: String, plan: Plan) {
        self.path = path
        self.plan = plan
        var index: [String: Int] = [:]
        for position in plan.tasks.indices { index[plan.tasks[position].id] = position }
        taskIndex = index
    }

    mutating func error(_ id: DiagnosticID, _ message: String, at mark: Mark, hint: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, id, message, at: SourceLocation(file: path, mark: mark), hint: hint, notes: notes))
    }

    mutating func warning(_ id: DiagnosticID, _ message: String, at mark: Mark, hint: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, id, message, at: SourceLocation(file: path, mark: mark), hint: hint, notes: notes))
    }

    mutating func read(_ root: YAMLNode, asOfOverride: CivilDate?) -> StatusFile? {
        guard case .mapping(let mapping) = root else {
            error(.typeMismatch, "a status file must be a mapping (key: value lines), found \(root.kindDescription)", at: root.mark,
                  hint: "start with 'asOf: YYYY-MM-DD' and a 'tasks:' mapping")
            return nil
        }
        var asOf: CivilDate?
        var tasksNode: YAMLNode?
        for entry in mapping.entries {
            guard case .scalar(let key) = entry.key else {
                error(.typeMismatch, "keys must be plain words, found \(entry.key.kindDescription)", at: entry.key.mark)
                continue
            }
            switch key.value {
            case "asOf": asOf = date(entry.value, "status date")
            case "tasks": tasksNode = entry.value
            default: unknownKey(key, in: "the status file", allowed: StatusLoader.fileKeys)
            }
        }
        if mapping["asOf"] == nil && asOfOverride == nil {
            error(.missingKey, "the status file is missing 'asOf'", at: mapping.mark,
                  hint: "write the status date, e.g. 'asOf: 2027-02-03', or give --as-of")
        }
        var entries: [TaskStatus] = []
        if let tasksNode {
            if case .mapping(let tasks) = tasksNode {
                for entry in tasks.entries {
                    if let status = readEntry(entry) { entries.append(status) }
                }
            } else if !(tasksNode.scalar?.isNull ?? false) {
                error(.typeMismatch, "tasks must be a mapping of task id → status, found \(tasksNode.kindDescription)", at: tasksNode.mark,
                      hint: "write one line per task: 'posters: {done: 2027-01-24}'")
            }
        }
        guard let statusDate = asOfOverride ?? asOf else { return nil }
        check(entries, asOf: statusDate)
        return StatusFile(asOf: statusDate, tasks: entries, path: path)
    }

    private mutating func readEntry(_ entry: YAMLMapping.Entry) -> TaskStatus? {
        guard case .scalar(let key) = entry.key else {
            error(.typeMismatch, "task ids must be plain words, found \(entry.key.kindDescription)", at: entry.key.mark)
            return nil
        }
        guard let task = taskIndex[key.value] else {
            let hint = Suggestion.hint(for: key.value, in: plan.tasks.lazy.map(\.id))
                ?? (plan.phases.contains { $0.id == key.value } ? "'\(key.value)' is a phase: report its tasks, the phase follows them" : nil)
                ?? "a status file names tasks by their id in the plan (\(plan.tasks.prefix(5).map(\.id).joined(separator: ", "))\(plan.tasks.count > 5 ? ", …" : ""))"
            error(.unknownTask, "'\(key.value)' is not a task of the plan", at: key.mark, hint: hint)
            return nil
        }
        guard case .mapping(let fields) = entry.value else {
            error(.typeMismatch, "the status of '\(key.value)' must be a mapping, found \(entry.value.kindDescription)", at: entry.value.mark,
                  hint: "e.g. '\(key.value): {started: 2027-01-20, progress: 60%}'")
            return nil
        }
        var status = TaskStatus(id: key.value, location: SourceLocation(file: path, mark: key.mark))
        var seen: [String: Mark] = [:]
        for field in fields.entries {
            guard case .scalar(let name) = field.key else {
                error(.typeMismatch, "keys must be plain words, found \(field.key.kindDescription)", at: field.key.mark)
                continue
            }
            seen[name.value] = field.value.mark
            switch name.value {
            case "started": status.started = date(field.value, "start date")
            case "done": status.done = date(field.value, "done date")
            case "reached": status.reached = date(field.value, "date reached")
            case "note": status.note = field.value.scalar?.value ?? { typeMismatch(field.value, "note"); return nil }()
            case "progress": status.progress = progress(field.value)
            case "remaining":
                guard let text = field.value.scalar?.value else { typeMismatch(field.value, "remaining"); continue }
                if let value = WorkDuration.parse(text), value.days >= 0, value.days <= WorkDuration.maximumDays {
                    status.remaining = value
                } else {
                    error(.invalidDuration, "invalid remaining work '\(text)'", at: field.value.mark,
                          hint: "write the working days still needed as 2d or 0.5d, weeks as 1w")
                }
            default: unknownKey(name, in: "the status of '\(key.value)'", allowed: StatusLoader.entryKeys)
            }
        }
        marks[key.value] = seen
        return checkEntry(status, task: task, marks: seen) ? status : nil
    }

    private mutating func progress(_ node: YAMLNode) -> Double? {
        guard let scalar = node.scalar else { typeMismatch(node, "progress"); return nil }
        let text = scalar.value.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%"), let value = Quantity.parse(text) else {
            error(.invalidNumber, "invalid progress '\(scalar.value)'", at: scalar.mark,
                  hint: "write progress as a percentage: 60%")
            return nil
        }
        guard value >= 0, value <= 1 else {
            error(.progressOutOfRange, "progress \(text) is outside 0–100%", at: scalar.mark,
                  hint: "a task is between 0% (not started) and 100% (done)")
            return nil
        }
        return value
    }

    private mutating func date(_ node: YAMLNode, _ what: String) -> CivilDate? {
        guard let scalar = node.scalar, !scalar.isNull else { typeMismatch(node, what); return nil }
        switch CivilDate.parse(scalar.value) {
        case .success(let date): return date
        case .failure(let failure):
            error(.invalidDate, "invalid \(what) '\(scalar.value)': \(failure.message)", at: scalar.mark,
                  hint: "write dates as YYYY-MM-DD, e.g. 2027-02-03")
            return nil
        }
    }

    private mutating func typeMismatch(_ node: YAMLNode, _ what: String) {
        error(.typeMismatch, "\(what) must be a single value, found \(node.kindDescription)", at: node.mark)
    }

    private mutating func unknownKey(_ key: YAMLScalar, in what: String, allowed: [String]) {
        let hint = Suggestion.hint(for: key.value, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))"
        error(.unknownKey, "unknown key '\(key.value)' in \(what)", at: key.mark, hint: hint)
    }
}
