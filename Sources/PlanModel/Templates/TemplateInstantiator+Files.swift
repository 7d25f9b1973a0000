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
        case exists(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "'\(path)' already exists (use --force to overwrite)"
            case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes the files into `directory`, each atomically. Everything is checked first, so a
    /// refusal leaves nothing half-written; a file already there with the same contents (a
    /// shared calendar written by an earlier `init`) is no conflict.
    ///
    /// - Returns: the paths written.
    public static func write(_ files: [File], into directory: String, force: Bool) throws(WriteFailure) -> [String] {
        let manager = FileManager.default
        let paths = files.map { directory == "." ? $0.path : directory + "/" + $0.path }
        for (file, path) in zip(files, paths) where manager.fileExists(atPath: path) && !force {
            let existing = manager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            if existing != file.contents { throw .exists(path) }
        }
        for (file, path) in zip(files, paths) {
            do {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try AtomicFile.write(file.contents, to: path)
            } catch {
                throw .cannotWrite(path, reason: "\(error)")
            }
        }
        return paths
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
    public static func calendarGaps(_ plan: Plan, finish: CivilDate) -> [String] {
        var notes: [String] = []
        // A month of slack: holidays are weeks apart, so a plan a few days past the last one
        // listed has not left the calendar yet.
        if let first = plan.calendar.holidays.map(\.first).min(), let last = plan.calendar.holidays.map(\.last).max(),
           plan.start < first.advanced(by: -30) || finish > last.advanced(by: 30) {
            notes.append("the plan runs \(plan.start) … \(finish), but its calendar lists holidays from \(first) to \(last) only: "
                         + "add the holidays and make-up days (调休) of the other dates, or the schedule treats them as ordinary days")
        }
        for role in plan.roles {
            let stale = role.daysOff.filter { $0.last < plan.start }
            if !stale.isEmpty {
                notes.append("role '\(role.id)' has \(stale.count) day\(stale.count == 1 ? "" : "s") off before the new start "
                             + "(\(stale.map { $0.first.description }.joined(separator: ", "))): they no longer apply")
            }
        }
        return notes
    }
}
