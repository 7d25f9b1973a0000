import ArgumentParser
import Foundation
import PlanModel
import PlanRendering
import PlanScheduling
import PlanTracking

extension Cycleplan {
    struct Gantt: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the Gantt chart for the tools a team already uses.",
            discussion: """
                The format follows the -o extension: .svg (a chart to print or share), .html (the same, \
                interactive, in one file that needs no network), .mmd (Mermaid, \
                for GitHub/Notion/Feishu docs), .xml (MS Project, ProjectLibre, GanttProject), \
                .puml (PlantUML), .ics (iCalendar), .csv (Excel), .json (the schedule contract), \
                .xlsx (a task sheet in MS Project's layout and a Gantt sheet), .pdf and .png (the SVG \
                chart drawn by rsvg-convert, Debian package librsvg2-bin). \
                --role, --phase and --critical filter every format; --today, --scale and --paper \
                apply to the charts (SVG, HTML; --today is a comment in Mermaid); see docs/exports.md. \
                Several plan files that include the same roles file make one portfolio chart: each \
                plan a top-level group, the shared roles leveled jointly (not .ics).
                """
        )

        @Argument(help: "The plan file; several plans that share a roles file make one portfolio chart, each plan a top-level group.")
        var plans: [String]

        var plan: String { plans[0] }

        @Option(name: .shortAndLong, help: "Output file; its extension picks the format. Default (or -): standard output.")
        var output: String?

        @Option(name: .long, help: "svg, html, mermaid, plantuml, msproject, ical, csv, json, xlsx, pdf or png (overrides the extension).")
        var format: String?

        @Option(name: .long, help: "Mark this date as today (YYYY-MM-DD).")
        var today: String?

        @Option(name: .long, help: "Time scale: day, week, month, quarter or auto.")
        var scale: String = "auto"

        @Option(name: .long, help: "Print on a4, a3, a2, a1 or letter paper, landscape: fitted to one sheet, or split into pages (header and labels repeated) rather than printing text under 6 pt; several pages make one PDF, or plan-1.svg, plan-2.svg, … (default: 1 px = 1/96 inch).")
        var paper: String?

        @Flag(name: .long, help: "Only the critical path.")
        var critical = false

        @Option(name: .long, help: "Only the tasks of this role.")
        var role: String?

        @Option(name: .long, help: "Only this phase and its sub-phases.")
        var phase: String?

        @Option(name: .long, help: "Chart title (default: the plan's title).")
        var title: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @OptionGroup(title: "Tracking (the plan as it stands: baseline ghost bars, progress, status-date line)")
        var tracking: TrackingOptions

        @OptionGroup var language: LanguageOptions

        func run() throws {
            let chosen = try resolvedFormat()
            if chosen.isBinary, outputFile(output) == nil, isatty(STDOUT_FILENO) == 1 {
                let name = chosen.rawValue.uppercased()
                throw UsageFailure(zh: "\(name) 是二进制文件，不写到终端：请用 -o plan.\(chosen.rawValue)",
                                   en: "\(name) is binary and standard output is a terminal; write it to a file with -o plan.\(chosen.rawValue)")
            }
            var options = try chartOptions()
            let loaded: Plan, sources: [String: SourceFile]
            if plans.count > 1 {
                guard !tracking.inForce else {
                    throw UsageFailure(zh: "跟踪（--status、--as-of、--baseline）只能针对一个计划", en: "tracking (--status, --as-of, --baseline) takes one plan")
                }
                guard chosen != .ical else {
                    throw UsageFailure(zh: ".ics 日历按计划分别导出：请每个计划单独导出", en: "an .ics calendar is made per plan; export each plan on its own")
                }
                let composed = try PortfolioRun.compose(plans, color: nil)
                (loaded, sources) = (composed.portfolio.plan, composed.sources)
            } else {
                (loaded, sources) = try loadPlan(plan, color: nil)
            }
            if let role, loaded.role(role) == nil {
                throw UsageFailure(zh: "\(plan) 里没有角色 '\(role)'" + (Suggestion.closest(to: role, in: loaded.roles.map(\.id)).map { "；是不是 '\($0)'？" } ?? ""),
                                   en: "no role '\(role)' in \(plan)" + (Suggestion.hint(for: role, in: loaded.roles.map(\.id)).map { "; \($0)" } ?? ""))
            }
            if let phase, !loaded.phases.contains(where: { $0.id == phase }) {
                throw UsageFailure(zh: "\(plan) 里没有阶段 '\(phase)'" + (Suggestion.closest(to: phase, in: loaded.phases.map(\.id)).map { "；是不是 '\($0)'？" } ?? ""),
                                   en: "no phase '\(phase)' in \(plan)" + (Suggestion.hint(for: phase, in: loaded.phases.map(\.id)).map { "; \($0)" } ?? ""))
            }
            options.language = language.resolved(plan: loaded)
            let schedule: PlanScheduling.Schedule
            var chart: GanttChart
            if tracking.inForce {
                let tracked = try tracking.track(planPath: plan, plan: loaded, sources: sources, level: level, color: nil)
                schedule = tracked.standingSchedule(plan: loaded)
                chart = GanttChart(plan: loaded, schedule: schedule, options: options)
                    .showing(tracked.rowProgress, asOf: tracked.asOf, baseline: tracked.baselineLabel)
            } else {
                // The HTML page shows the roles' workload under the chart: computed with the
                // schedule, and only for it.
                let scheduler = Scheduler(options: SchedulerOptions(level: level))
                var workload: Workload?
                if chosen == .html { (schedule, workload) = scheduler.scheduleWithWorkload(loaded) } else { schedule = scheduler.schedule(loaded) }
                Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(nil, stream: STDERR_FILENO))
                    .render(schedule.diagnostics.sortedByLocation()))
                guard !schedule.diagnostics.hasErrors else { throw InputErrors() }
                chart = GanttChart(plan: loaded, schedule: schedule, options: options)
                if var roles = workload?.rows(.role) {
                    if let role { roles.rows = roles.rows.filter { $0.id == role } }
                    chart.workload = roles
                }
            }
            let bytes: [UInt8]
            switch chosen {
            case .svg:
                let pages = SVGRenderer().renderPages(chart)
                guard pages.count == 1 else { return try emitPages(pages.map { Array($0.utf8) }) }
                bytes = Array(pages[0].utf8)
            case .html: bytes = Array(HTMLRenderer().render(chart).utf8)
            case .mermaid: bytes = Array(MermaidExporter().render(chart).utf8)
            case .plantuml: bytes = Array(PlantUMLExporter().render(chart).utf8)
            case .msproject: bytes = Array(MSProjectExporter().render(chart, plan: loaded).utf8)
            case .ical: bytes = Array(ICalendarExporter().render(chart, revision: PlanRevision.of(loaded)).utf8)
            case .csv: bytes = Array(GanttTableExporter().csv(chart).utf8)
            case .json: bytes = GanttTableExporter().json(chart, schedule: schedule).serializedBytes(rowsOnOneLine: true)
            case .xlsx: bytes = try XLSXExporter().render(chart, plan: loaded)
            case .pdf:
                bytes = try SVGRasterizer().renderPDF(pages: SVGRenderer().renderPages(chart), path: output ?? "-",
                                                      revision: PlanRevision.of(loaded))
            case .png:
                let pages = try SVGRenderer().renderPages(chart).map { page throws(OutputFailure) in
                    try SVGRasterizer().render(page, as: .png, path: output ?? "-", revision: PlanRevision.of(loaded))
                }
                guard pages.count == 1 else { return try emitPages(pages) }
                bytes = pages[0]
            }
            try emit(bytes, to: output)
        }

        /// A chart split over several sheets (`--paper`) as SVG or PNG: one file per page,
        /// `plan-1.svg`, `plan-2.svg`, …, all written or none (`AtomicFile`).
        private func emitPages(_ pages: [[UInt8]]) throws {
            guard let output = outputFile(output) else {
                throw UsageFailure(zh: "--paper 把图分成 \(pages.count) 页，每页一个文件：请用 -o plan.svg（写 plan-1.svg …）或 -o plan.pdf（一个多页 PDF）",
                                   en: "--paper splits the chart into \(pages.count) pages, one file each: write them with -o plan.svg (plan-1.svg, …) or -o plan.pdf (one PDF of \(pages.count) pages)")
            }
            let paths = GanttPagination.pagePaths(output, count: pages.count)
            try AtomicFile.write(Array(zip(paths, pages)).map { (path: $0.0, bytes: $0.1) })
            Console.err(language.resolved().pick(zh: "\(pages.count) 页：", en: "\(pages.count) pages: ") + "\(paths[0]) … \(paths[paths.count - 1])\n")
        }

        private func resolvedFormat() throws -> GanttFormat {
            if let format {
                guard let chosen = GanttFormat(rawValue: format.lowercased()) ?? GanttFormat(fileExtension: format) else {
                    throw unknownFormat(format)
                }
                return chosen
            }
            guard let output = outputFile(output) else { return .mermaid }
            let ext = output.split(separator: ".").last.map(String.init) ?? ""
            guard output.contains("."), let chosen = GanttFormat(fileExtension: ext) else {
                throw unknownFormat(ext)
            }
            return chosen
        }

        private func unknownFormat(_ name: String) -> UsageFailure {
            UsageFailure(zh: "未知格式 '\(name)'；请用 .svg、.html、.mmd、.puml、.xml、.ics、.csv、.json、.xlsx、.pdf 或 .png（或 --format）",
                         en: "unknown format '\(name)'; use .svg, .html, .mmd, .puml, .xml, .ics, .csv, .json, .xlsx, .pdf or .png (or --format)")
        }

        private func chartOptions() throws -> GanttOptions {
            var options = GanttOptions(criticalOnly: critical, role: role, phase: phase, title: title)
            guard let parsedScale = GanttOptions.Scale(rawValue: scale) else {
                throw UsageFailure(zh: "--scale 须是 day、week、month、quarter 或 auto", en: "--scale must be day, week, month, quarter or auto")
            }
            options.scale = parsedScale
            if let paper {
                guard let parsedPaper = GanttOptions.Paper(rawValue: paper.lowercased()) else {
                    throw UsageFailure(zh: "--paper 须是 \(GanttOptions.Paper.allCases.map(\.rawValue).joined(separator: "、"))",
                                        en: "--paper must be \(GanttOptions.Paper.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                options.paper = parsedPaper
            }
            if let today {
                guard case .success(let date) = CivilDate.parse(today) else {
                    throw UsageFailure(zh: "--today '\(today)' 不是日期；日期格式如 2026-09-15", en: "--today '\(today)' is not a date; write it as 2026-09-15")
                }
                options.today = date
            }
            return options
        }
    }
}
