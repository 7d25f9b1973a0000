import ArgumentParser
import Foundation
import PlanModel

extension Cycleplan {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new plan from a template.",
            discussion: """
                Writes NAME.yaml (and the shared files the template includes, such as the holiday \
                calendar) in the current folder, or in --directory. With --start, every schedule \
                date moves so the plan starts that day; calendar dates stay.
                Templates: \(TemplateCatalog.templates.map { "\($0.name) — \($0.summary)" }.joined(separator: "; ")).
                """
        )

        @Argument(help: "Name of the new plan; also its id unless --id is given.")
        var name: String?

        @Option(name: .shortAndLong, help: "Template: \(TemplateCatalog.templates.map(\.name).joined(separator: ", ")).")
        var template: String = "cycle"

        @Option(name: .long, help: "Start date of the new plan (YYYY-MM-DD).")
        var start: String?

        @Option(name: .long, help: "Plan id (default: NAME).")
        var id: String?

        @Option(name: [.customShort("C"), .long], help: "Folder to write into.")
        var directory: String = "."

        @Flag(name: .long, help: "Overwrite existing files.")
        var force = false

        @Flag(name: .long, help: "List the templates and exit.")
        var list = false

        func run() throws {
            if list {
                Console.out(TextTable.render(TemplateCatalog.templates.map { [$0.name, $0.summary] }))
                return
            }
            guard let name else { throw ValidationError("give the new plan a name, e.g. 'cycleplan init my-cycle'") }
            var startDate: CivilDate?
            if let start {
                guard case .success(let date) = CivilDate.parse(start) else {
                    throw ValidationError("--start '\(start)' is not a date; write it as 2026-12-01")
                }
                startDate = date
            }
            let hasExtension = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
            let base = hasExtension ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
            let fileName = base + (name.hasSuffix(".yml") ? ".yml" : ".yaml")
            let planID = id ?? String(base.split(separator: "/").last ?? Substring(base))
            let files: [TemplateInstantiator.File]
            do {
                files = try TemplateInstantiator().instantiate(template: template, fileName: fileName, id: planID, start: startDate)
            } catch {
                throw UsageFailure(message: "\(error)" + (id == nil ? " (choose one with --id)" : ""))
            }
            try write(files)
        }

        private func write(_ files: [TemplateInstantiator.File]) throws {
            let manager = FileManager.default
            // Check everything first, so a refusal leaves nothing half-written.
            for file in files {
                let path = directory + "/" + file.path
                guard manager.fileExists(atPath: path), !force else { continue }
                let existing = manager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                if existing != file.contents {
                    throw UsageFailure(message: "'\(path)' already exists (use --force to overwrite)")
                }
            }
            for file in files {
                let path = directory + "/" + file.path
                do {
                    try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try AtomicFile.write(file.contents, to: path)
                } catch {
                    throw UsageFailure(message: "\(error)")
                }
                Console.out("wrote \(path)\n")
            }
            Console.out("next: cycleplan validate --summary \(directory == "." ? "" : directory + "/")\(files[0].path)\n")
        }
    }
}
