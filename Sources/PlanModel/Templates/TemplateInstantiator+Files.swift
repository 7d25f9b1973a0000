import Foundation

/// Naming the new plan and putting its files on disk, for `cycleplan init`.
extension TemplateInstantiator {
    /// The file name and id a plan name stands for: `my-cycle` → `my-cycle.yaml`, id
    /// `my-cycle`; `my-cycle.yml` keeps its extension. A name is a file name, not a path:
    /// the template's shared files go next to the plan, so the folder is chosen apart (`-C`).
    public static func fileName(for name: String, id: String?) throws(Failure) -> (fileName: String, id: String) {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else { throw .nameIsAPath(name) }
        let hasExtension = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        let base = hasExtension ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
        let planID = id ?? base
        guard Identifier.isValidNodeID(planID), !planID.hasPrefix("_") else {
            throw id == nil ? .nameIsNoID(base) : .invalidID(planID)
        }
        return (base + (name.hasSuffix(".yml") ? ".yml" : ".yaml"), planID)
    }

    public enum WriteFailure: Error, Equatable, CustomStringConvertible {
        /// A file that differs is in the way and `--force` was not given (a usage error).
        case exists(String)
        /// A destination that cannot or must not be written (a file where a folder must go,
        /// a read-only file, a dangling link, …) or a write that failed.
        case refused(OutputFailure)

        /// The English text; people read `text` (TemplateInstantiator.Failure+Text.swift).
        public var description: String { text.en }
    }

    /// A file `write` put in place, or found already holding exactly its contents.
    public struct Written: Equatable, Sendable {
        public var path: String
        public var unchanged: Bool
    }

    /// Writes the files into `directory`, each atomically through `AtomicFile`. Every
    /// destination — the folders to create included — is checked first, so a refusal leaves
    /// nothing written. A file already there with the same contents (a shared calendar written
    /// by an earlier `init`) is no conflict and is left as it is.
    ///
    /// - Returns: every file, in order, and whether it was already there unchanged.
    public static func write(_ files: [File], into directory: String, force: Bool) throws(WriteFailure) -> [Written] {
        let paths = files.map { directory == "." ? $0.path : directory + "/" + $0.path }
        var folders: [String] = []
        var unchanged = Array(repeating: false, count: files.count)
        do {
            for (index, (file, path)) in zip(files, paths).enumerated() {
                let folder = FileAccess.directory(of: path)
                let missing = folders.contains(folder) ? [] : try OutputFolder.missing(folder)
                for created in missing where !folders.contains(created) { folders.append(created) }
                if folders.contains(folder) { continue }  // a new folder: nothing there yet
                if case .success(let bytes) = InputFile.read(path) {
                    if bytes.elementsEqual(file.contents.utf8) {
                        unchanged[index] = true
                        continue
                    }
                    if !force { throw WriteFailure.exists(path) }
                }
                // A device or FIFO in the way is there too: writing into it is for --force.
                if case .stream = try OutputTarget.resolve(path), !force { throw WriteFailure.exists(path) }
            }
            try OutputFolder.create(folders)
            for (index, (file, path)) in zip(files, paths).enumerated() where !unchanged[index] {
                try AtomicFile.write(file.contents, to: path)
            }
        } catch let failure as OutputFailure {
            throw .refused(failure)
        } catch let failure as WriteFailure {
            throw failure
        } catch {
            throw .refused(OutputFailure(.outputFailed, path: directory, Bilingual(zh: "无法把新计划写入 '\(directory)'", en: "cannot write the new plan into '\(directory)'"),
                                         hint: Bilingual(zh: "检查文件夹，然后重试", en: "check the folder, then try again")))
        }
        return zip(paths, unchanged).map { Written(path: $0, unchanged: $1) }
    }

    /// Loads the new plan from a scratch folder before anything is written where the user
    /// asked, so a start date that breaks it (a date past 2999) is refused, not written.
    public static func check(_ files: [File]) -> PlanLoadResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        guard (try? write(files, into: scratch, force: true)) != nil, let main = files.first else {
            return PlanLoadResult(plan: nil, diagnostics: [], sources: [:])
        }
        let result = PlanLoader().load(file: scratch + "/" + main.path)
        // Diagnostics name the file as the user will see it.
        func shown(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, location.file.hasPrefix(scratch + "/") else { return location }
            location.file = String(location.file.dropFirst(scratch.count + 1))
            return location
        }
        var diagnostics = result.diagnostics
        for index in diagnostics.indices {
            diagnostics[index].location = shown(diagnostics[index].location)
            for note in diagnostics[index].notes.indices {
                diagnostics[index].notes[note].location = shown(diagnostics[index].notes[note].location)
            }
        }
        var sources: [String: SourceFile] = [:]
        for (path, source) in result.sources {
            let shown = path.hasPrefix(scratch + "/") ? String(path.dropFirst(scratch.count + 1)) : path
            sources[shown] = SourceFile(path: shown, bytes: source.bytes)
        }
        return PlanLoadResult(plan: result.plan, diagnostics: diagnostics, sources: sources)
    }

    /// What a new start leaves behind: a schedule that reaches beyond the dates the calendar
    /// lists holidays for (a 2026 holiday calendar says nothing about May 2027), and roles' days
    /// off that now fall before the plan. Calendar dates do not move with `--start`, so these
    /// are for the planner to update.
    public static func calendarGaps(_ plan: Plan, finish: CivilDate) -> [Bilingual] {
        var notes: [Bilingual] = []
        // A month of slack: holidays are weeks apart, so a plan a few days past the last one
        // listed has not left the calendar yet.
        if let first = plan.calendar.holidays.map(\.first).min(), let last = plan.calendar.holidays.map(\.last).max(),
           plan.start < first.advanced(by: -30) || finish > last.advanced(by: 30) {
            notes.append(Bilingual(zh: "计划从 \(plan.start) 排到 \(finish)，但日历只列出了 \(first) 到 \(last) 的节假日："
                                       + "请补上其余日期的节假日与调休，否则排期把它们当作普通日子",
                                   en: "the plan runs \(plan.start) … \(finish), but its calendar lists holidays from \(first) to \(last) only: "
                                       + "add the holidays and make-up days of the other dates, or the schedule treats them as ordinary days"))
        }
        for role in plan.roles {
            let stale = role.daysOff.filter { $0.last < plan.start }
            if !stale.isEmpty {
                let days = stale.map { $0.first.description }
                notes.append(Bilingual(zh: "角色「\(role.name)」有 \(stale.count) 个休息日在新的开始日期之前（\(days.joined(separator: "、"))）：它们不再起作用",
                                       en: "role '\(role.name)' has \(stale.count) day\(stale.count == 1 ? "" : "s") off before the new start "
                                           + "(\(days.joined(separator: ", "))): they no longer apply"))
            }
        }
        return notes
    }
}
