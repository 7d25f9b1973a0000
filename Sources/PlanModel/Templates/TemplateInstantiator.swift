import PlanYAML

/// Makes a new plan from a shipped template: the main file with a new id and its dates moved
/// to a new start, plus the shared files it includes, at the same relative paths.
public struct TemplateInstantiator {
    public struct File: Equatable, Sendable {
        /// Relative to the destination folder.
        public var path: String
        public var contents: String
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownTemplate(String)
        case invalidID(String)
        case brokenTemplate(Bilingual)
        /// The plan name holds a folder (`../x`, `/tmp/x`): the folder goes in `-C`.
        case nameIsAPath(String)
        /// The plan name cannot serve as its id, and no `--id` was given.
        case nameIsNoID(String)

        /// The English text; people read `text` (TemplateInstantiator.Failure+Text.swift).
        public var description: String { text.en }
    }

    public init() {}

    /// - Parameters:
    ///   - name: the template's name (`cycle`, `campaign`, `store`).
    ///   - fileName: the new plan's file name, such as `my-cycle.yaml`.
    ///   - id: the new plan id.
    ///   - start: the new start date; every schedule date moves by the same number of days.
    ///     Calendar dates (holidays, make-up days, days off) stay, since they are facts of the year.
    public func instantiate(template name: String, fileName: String, id: String, start: CivilDate?) throws(Failure) -> [File] {
        guard let template = TemplateCatalog.template(named: name) else { throw .unknownTemplate(name) }
        guard Identifier.isValidNodeID(id) else { throw .invalidID(id) }
        guard let text = TemplateCatalog.file(template.path) else { throw .brokenTemplate(Self.missing(template.path)) }
        let shifted = try DateShifter.rewrite(text, newID: id, newStart: start)
        var files = [File(path: fileName, contents: shifted)]
        for path in try includeClosure(of: template.path) where path != template.path {
            guard let contents = TemplateCatalog.file(path) else { throw .brokenTemplate(Self.missing(path)) }
            files.append(File(path: relative(path, to: template.path), contents: contents))
        }
        // The templates' first line points editors at the schema beside them.
        files.append(File(path: PlanSchema.fileName, contents: PlanSchema.json + "\n"))
        return files
    }

    /// Every file reachable from `path` through `include:` and `calendar:` paths.
    func includeClosure(of path: String) throws(Failure) -> [String] {
        var seen: [String] = []
        var pending = [path]
        while let current = pending.popLast() {
            guard !seen.contains(current) else { continue }
            seen.append(current)
            guard let text = TemplateCatalog.file(current) else { throw .brokenTemplate(Self.missing(current)) }
            let directory = FileAccess.directory(of: current)
            for reference in Self.referencedPaths(in: text) {
                pending.append(FileAccess.join(directory, reference))
            }
        }
        return seen
    }

    /// The new file sits where the template's main file was, so included paths keep working
    /// when they are copied relative to it.
    private func relative(_ path: String, to main: String) -> String {
        let base = FileAccess.directory(of: main)
        return base == "." ? path : String(path.dropFirst(base.count + 1))
    }

    static func referencedPaths(in text: String) -> [String] {
        guard case .mapping(let root)? = YAMLParser(bytes: Array(text.utf8)).parse().root else { return [] }
        var paths: [String] = []
        func collect(_ node: YAMLNode?) {
            switch node {
            case .scalar(let scalar)?: paths.append(scalar.value)
            case .sequence(let sequence)?: sequence.items.forEach { collect($0) }
            default: break
            }
        }
        collect(root["include"])
        switch root["calendar"] {
        case .scalar(let scalar)?: paths.append(scalar.value)
        case .mapping(let calendar)?: collect(calendar["include"])
        default: break
        }
        return paths
    }
}
