import PlanYAML

extension PlanReader {
    static let calendarKeys = ["weekends", "holidays", "workdays", "include"]

    /// `calendar:` as a mapping, or as a path to a calendar file.
    func readCalendarField(_ node: YAMLNode) {
        if case .scalar(let scalar) = node, !scalar.isNull {
            readCalendarFile(scalar)
        } else if let mapping = context.mapping(node, Bilingual(zh: "日历", en: "calendar")) {
            readCalendar(mapping)
        }
    }

    private func readCalendarFile(_ scalar: YAMLScalar) {
        guard let (bytes, shown) = openIncluded(scalar) else { return }
        defer { includeStack.removeLast() }
        guard let root = parseYAML(bytes, path: shown) else { return }
        context.reading(shown) {
            if let mapping = context.mapping(root, Bilingual(zh: "日历文件", en: "a calendar file")) { readCalendar(mapping) }
        }
    }

    private func readCalendar(_ mapping: YAMLMapping) {
        let entries = context.keyedEntries(mapping)
        // A base calendar comes first, so this file's own entries extend it.
        if let base = mapping["include"], let scalar = context.scalar(base, Bilingual(zh: "日历包含文件", en: "calendar include")) { readCalendarFile(scalar) }
        for (key, value) in entries {
            switch key.value {
            case "include": break
            case "weekends": if let days = readWeekends(value) { weekends = days }
            case "holidays": holidays += dateEntries(value, Bilingual(zh: "节假日", en: "holiday"))
            case "workdays": workdays += dateEntries(value, Bilingual(zh: "调休上班日", en: "make-up working day"))
            default: context.unknownKey(key, in: Bilingual(zh: "日历", en: "calendar"), allowed: Self.calendarKeys)
            }
        }
    }

    /// A list of weekday names, `nil` when it is refused (reported).
    func readWeekends(_ node: YAMLNode) -> Set<Weekday>? {
        guard let items = context.list(node, Bilingual(zh: "周末", en: "weekends")) else { return nil }
        var days: Set<Weekday> = []
        for item in items {
            if let day = context.choice(item, Bilingual(zh: "星期", en: "weekday"), accepted: Weekday.names, Weekday.init(name:)) {
                days.insert(day)
            }
        }
        // Make-up days could still be worked, but a calendar whose every weekday is off is a
        // slip of the pen (a list of workdays where weekends belong).
        if days.count == 7 {
            context.error(.invalidValue, Bilingual(zh: "一周七天都被设成了周末", en: "every day of the week is a weekend day"), at: node.mark,
                          hint: Bilingual(zh: "列出休息的日子，例如 weekends: [sat, sun]；每天都上班的团队写 weekends: []", en: "list the days off, e.g. weekends: [sat, sun]; a team that works every day writes weekends: []"))
            return nil
        }
        return days
    }

    func dateEntries(_ node: YAMLNode, _ what: Bilingual) -> [DateRange] {
        guard let items = context.list(node, Bilingual(zh: what.zh + "列表", en: what.en + "s")) else { return [] }
        return items.compactMap { context.dateEntry($0, what) }
    }
}
