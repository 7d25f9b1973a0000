import ArgumentParser
import Foundation
import PlanModel
import PlanScheduling

extension Cycleplan {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new plan from a template.",
            discussion: """
                Writes NAME.yaml (and the shared files the template includes, such as the holiday \
                calendar) in the current folder, or in --directory. With --start, every schedule \
                date moves so the plan starts that day; calendar dates stay. The new plan is \
                validated before it is written and scheduled after; what needs the planner's \
                attention is printed as warnings.
                Templates: \(TemplateCatalog.templates.map { "\($0.name) — \($0.summary.en)" }.joined(separator: "; ")).
                """
        )

        @Argument(help: "File name of the new plan (no folder: use -C); also its id unless --id is given.")
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

        @OptionGroup var language: LanguageOptions

        func run() throws {
            if list {
                let language = self.language.resolved()
                Console.out(TextTable.render(TemplateCatalog.templates.map { [$0.name, $0.summary.text(in: language)] }))
                return
            }
            guard let name else { throw UsageFailure(zh: "请给新计划起个名字，例如 'cycleplan init my-cycle'", en: "give the new plan a name, e.g. 'cycleplan init my-cycle'") }
            let startDate = try start.map { text in
                guard case .success(let date) = CivilDate.parse(text) else {
                    throw UsageFailure(zh: "--start '\(text)' 不是日期；日期格式如 2026-12-01", en: "--start '\(text)' is not a date; write it as 2026-12-01")
                }
                return date
            }
            let files: [TemplateInstantiator.File]
            do {
                let (fileName, planID) = try TemplateInstantiator.fileName(for: name, id: id)
                files = try TemplateInstantiator().instantiate(template: template, fileName: fileName, id: planID, start: startDate)
            } catch {
                throw UsageFailure(error.text)
            }
            // Refuse a plan that would not validate (a start that moves a date past 2999).
            let checked = TemplateInstantiator.check(files)
            guard !checked.hasErrors, let plan = checked.plan else {
                let language = runLanguage()
                Console.err(DiagnosticRenderer(sources: checked.sources, language: language).render(checked.diagnostics.sortedByLocation()))
                Console.err(language.pick(zh: "cycleplan: 新计划用这些日期无法通过检查；什么都没有写入\n",
                                          en: "cycleplan: the new plan would not validate with these dates; nothing was written\n"))
                throw InputErrors()
            }
            // The template's own `lang:` (none today) or the flag, else the locale.
            let language = self.language.resolved(plan: plan)
            let results: [TemplateInstantiator.Written]
            do {
                results = try TemplateInstantiator.write(files, into: directory, force: force)
            } catch {
                switch error {
                case .exists: throw UsageFailure(error.text)
                case .refused(let failure): throw failure
                }
            }
            for result in results {
                Console.out(result.unchanged ? language.pick(zh: "保留 \(result.path)（未改动）\n", en: "kept \(result.path) (unchanged)\n")
                                             : language.pick(zh: "已写入 \(result.path)\n", en: "wrote \(result.path)\n"))
            }
            let written = results.map(\.path)
            let schedule = Scheduler().schedule(plan)
            let warning = language.pick(zh: "警告", en: "warning")
            for diagnostic in schedule.diagnostics.sortedByLocation() {
                // The plan was loaded from a scratch copy: name the file that was written.
                let place = diagnostic.location.map { location in
                    let file = zip(files, written).first { location.file.hasSuffix("/" + $0.0.path) }?.1 ?? written[0]
                    return "\(file):\(location.line):\(location.column): "
                } ?? ""
                Console.err("\(place)\(warning): [\(diagnostic.id.rawValue)] \(diagnostic.message(in: language))\n")
            }
            for gap in TemplateInstantiator.calendarGaps(plan, finish: schedule.finish) {
                Console.err("\(written[0]): \(warning): \(gap.text(in: language))\n")
            }
            Console.out(language.pick(zh: "下一步：", en: "next: ") + "cycleplan validate --summary \(written[0])\n")
        }
    }
}
