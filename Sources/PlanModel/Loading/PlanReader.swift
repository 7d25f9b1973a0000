import PlanYAML

/// Reads the YAML of a plan and its includes into a `Plan`, reporting every shape and value
/// problem it meets. References between elements are checked afterwards by `PlanValidator`,
/// once everything is known.
final class PlanReader {
    let context: LoadContext
    let limits: YAMLLimits
    /// The folder tree includes must stay inside.
    let rootDirectory: String?
    /// Canonical paths of the files being read, outermost first, to detect include cycles.
    var includeStack: [(canonical: String, shown: String)] = []
    /// Canonical paths already read: a file included twice is read once.
    var loadedFiles: Set<String> = []

    // What has been read so far.
    var roles: [Role] = []
    var metrics: [Metric] = []
    var weekends: Set<Weekday>?
    var holidays: [DateRange] = []
    var workdays: [DateRange] = []
    var phases: [Phase] = []
    var tasks: [PlanTask] = []
    var files: [String] = []
    /// A `tasks` or `phases` entry of the wrong shape was met: the plan has work, badly
    /// written, so Bilingual(zh: "计划中没有任务", en: "the plan has no tasks") would only add noise to that type_mismatch.
    var breakdownMisshapen = false
    var review = ReviewSpec()
    /// Metric ids named by actuals columns and experiments, checked once every metric is known.
    var pendingMetricReferences: [(id: String, location: SourceLocation)] = []
    /// A plan's top-level phases are read half on another thread from this many on
    /// (`readInTwo`), and while the file is parsed whenever it is set (`streamPhases(from:)`);
    /// `PlanLoader` sets it from the file's size.
    var parallelPhasesFrom = Int.max
    /// The top-level phases read while the file was still being parsed, by a reader of their
    /// own, and the mark of the sequence they came from (`streamPhases(from:)`).
    var streamed: (reader: PlanReader, sequence: Mark, count: Int)?

    static let planKeys = [
        "cycleplan", "id", "title", "start", "description", "include", "calendar", "roles", "metrics",
        "targets", "phases", "tasks", "review", "actuals", "experiments", "portfolio", "lang",
    ]
    static let includeFileKeys = ["cycleplan", "description", "include", "calendar", "roles", "metrics"]

    init(context: LoadContext, limits: YAMLLimits, rootPath: String) {
        self.context = context
        self.limits = limits
        rootDirectory = FileAccess.canonical(FileAccess.directory(of: rootPath))
        if let canonical = FileAccess.canonical(rootPath) {
            includeStack = [(canonical, rootPath)]
            loadedFiles = [canonical]
        }
    }

    /// Parses YAML, reporting its issues; `nil` when nothing usable came out. With
    /// `streamingPhases`, the top-level phases are read as the parser completes them
    /// (`streamPhases(from:)`).
    func parseYAML(_ input: [UInt8], path: String, streamingPhases: Bool = false) -> YAMLNode? {
        // Notepad, WPS and Excel save UTF-8 with a byte order mark; it is no character of the
        // plan, so it is dropped before anything counts columns.
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        context.sources[path] = SourceFile(path: path, bytes: bytes)
        files.append(path)
        let parser = YAMLParser(bytes: bytes, limits: limits)
        if streamingPhases { streamPhases(from: parser) }
        let document = parser.parse()
        for issue in document.issues {
            let zh = issue.chinese
            let notes = issue.related.map {
                [Diagnostic.Note(Bilingual(zh: zh.relatedNote, en: issue.relatedNote), at: context.location($0))]
            } ?? []
            let hint = issue.hint.map { Bilingual(zh: zh.hint ?? $0, en: $0) }
            context.error(Self.diagnosticID(issue.kind), Bilingual(zh: zh.message, en: issue.message), at: issue.mark, hint: hint, notes: notes)
        }
        if document.issues.contains(where: \.isFatal) { return nil }
        return document.root
    }

    func readPlan(bytes: [UInt8]) -> Plan? {
        let path = context.file
        let before = context.diagnostics.count
        guard let root = parseYAML(bytes, path: path, streamingPhases: parallelPhasesFrom != .max) else {
            if context.diagnostics.count == before {
                context.error(.emptyFile, Bilingual(zh: "文件是空的", en: "the file is empty"), at: Mark(line: 1, column: 1),
                              hint: Bilingual(zh: "计划以 'cycleplan: 1' 开头；可以从模板开始：cycleplan init my-plan --template cycle", en: "a plan starts with 'cycleplan: 1'; start from a template: cycleplan init my-plan --template cycle"))
            }
            return nil
        }
        guard let mapping = context.mapping(root, Bilingual(zh: "计划文件", en: "a plan file")) else { return nil }
        let entries = context.keyedEntries(mapping)

        // Includes first, wherever the key stands, so the plan's own definitions come after
        // the shared ones.
        if let includes = mapping["include"] { readIncludes(includes) }

        var version: Int?
        var id: String?
        var title: String?
        var start: CivilDate?
        var description: String?
        var targets: [Target] = []
        var portfolio: [PortfolioEntry] = []
        var language: Language?
        // Phases and top-level tasks are read after everything else, in document order.
        var breakdown: [(isPhases: Bool, node: YAMLNode)] = []
        for (key, value) in entries {
            switch key.value {
            case "cycleplan": version = readVersion(value)
            case "id":
                id = context.nodeID(value, Bilingual(zh: "计划 id", en: "plan id"))
                // A plan id names files and calendars (UIDs), so it starts with a letter.
                if let given = id, given.hasPrefix("_") {
                    context.error(.invalidID, Bilingual(zh: "'\(given)' 不是有效的计划 id", en: "'\(given)' is not a valid plan id"), at: value.mark,
                                  hint: Bilingual(zh: "计划 id 以字母开头，例如 national-day-2026", en: "a plan id starts with a letter, e.g. national-day-2026"))
                    id = nil
                }
            case "title": title = context.string(value, Bilingual(zh: "标题", en: "title"))
            case "start": start = context.date(value, Bilingual(zh: "开始日期", en: "start date"))
            case "description": description = context.string(value, Bilingual(zh: "说明", en: "description"))
            case "include": break
            case "calendar": readCalendarField(value)
            case "roles": readRoles(value)
            case "metrics": readMetrics(value)
            case "targets": targets = readTargets(value)
            case "review": readReviewSettings(value)
            case "actuals": readActualsSpec(value)
            case "experiments": readExperiments(value)
            case "portfolio": portfolio = readPortfolio(value)
            case "lang":
                language = context.choice(value, Bilingual(zh: "语言", en: "language"), accepted: ["zh", "en"]) { Language(rawValue: $0) }
                context.language = language
            case "phases": breakdown.append((true, value))
            case "tasks": breakdown.append((false, value))
            default: context.unknownKey(key, in: Bilingual(zh: "计划", en: "the plan"), allowed: Self.planKeys)
            }
        }
        for required in ["cycleplan", "id", "title", "start"] where mapping[required] == nil {
            context.missingKey(required, in: Bilingual(zh: "计划", en: "the plan"), of: mapping, allowed: Self.planKeys, hint: Self.requiredHint[required])
        }
        for (isPhases, node) in breakdown {
            if isPhases { readPhases(node, parent: nil, depth: 0) } else { readTasks(node, phase: nil) }
        }
        if tasks.isEmpty && !breakdownMisshapen {
            context.warning(.emptyPlan, Bilingual(zh: "计划中没有任务", en: "the plan has no tasks"), at: mapping.mark,
                            hint: Bilingual(zh: "添加含任务的阶段，或从模板开始：cycleplan init", en: "add phases with tasks, or start from a template: cycleplan init"))
        }

        let known = Set(metrics.map(\.id))
        for (metric, location) in pendingMetricReferences where !known.contains(metric) {
            context.diagnostics.append(Diagnostic(.error, .unknownMetric, Bilingual(zh: "'\(metric)' 不是本计划的指标", en: "'\(metric)' is not a metric of the plan"), at: location,
                                                  hint: Suggestion.didYouMean(metric, in: known.sorted())
                                                      ?? Bilingual(zh: "在 'metrics:' 下定义它", en: "define it under 'metrics:'")))
        }
        var calendar = CalendarSpec(holidays: holidays, workdays: workdays)
        if let weekends { calendar.weekends = weekends }
        var plan = Plan(
            formatVersion: version ?? 1, id: id ?? "", title: title ?? "",
            start: start ?? CivilDate(daysSinceEpoch: 0), description: description, calendar: calendar,
            // Moved out, not shared, so the validator can update tasks in place without a copy.
            roles: roles, metrics: metrics, targets: targets, phases: Self.take(&phases), tasks: Self.take(&tasks), review: review,
            location: context.location(mapping.mark), files: files
        )
        plan.portfolio = portfolio
        plan.language = language
        return plan
    }

    private static let requiredHint: [String: Bilingual] = [
        "cycleplan": Bilingual(zh: "文件以 'cycleplan: 1'（格式版本）开头", en: "start the file with 'cycleplan: 1' (the format version)"),
        "id": Bilingual(zh: "加上 id，例如 'id: national-day-2026'", en: "add an id such as 'id: national-day-2026'"),
        "title": Bilingual(zh: "加上标题，例如 'title: 国庆节线上促活活动'", en: "add a title such as 'title: 国庆节线上促活活动'"),
        "start": Bilingual(zh: "加上计划的开始日期，例如 'start: 2026-09-01'", en: "add the plan's start date, such as 'start: 2026-09-01'"),
    ]

    func readVersion(_ node: YAMLNode) -> Int? {
        guard let scalar = context.scalar(node, Bilingual(zh: "格式版本", en: "cycleplan")) else { return nil }
        guard scalar.value == "1" else {
            context.error(.unsupportedVersion, Bilingual(zh: "不支持计划格式版本 '\(scalar.value)'", en: "plan format version '\(scalar.value)' is not supported"), at: scalar.mark,
                          hint: Bilingual(zh: "本版 cycleplan 读取格式版本 1", en: "this cycleplan reads format version 1"))
            return nil
        }
        return 1
    }

    private static func take<T>(_ array: inout [T]) -> [T] {
        let taken = array
        array = []
        return taken
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
