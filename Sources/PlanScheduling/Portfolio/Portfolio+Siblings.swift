import PlanModel

extension Portfolio {
    /// For a plan scheduled alone: the days on which it and one sibling plan of its
    /// `portfolio:` (also scheduled alone) together book a role they share over what the role
    /// has, one warning per shared role (`portfolio_overbooked`), at the portfolio entry. Each
    /// plan is leveled within itself, so neither alone says so; only days both plans book count.
    ///
    /// Roles that differ between the two plans give `portfolio_role_differs` as a warning
    /// here (the plan alone still schedules) and are not compared.
    ///
    /// - Complexity: O(shared roles × days of the longer workload).
    public static func siblingOverbooking(plan: Plan, load: Workload, entry: PortfolioEntry,
                                          sibling: Plan, siblingLoad: Workload) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for role in plan.roles {
            guard let other = sibling.role(role.id) else { continue }
            if let difference = difference(role, other) {
                out.append(Diagnostic(
                    .warning, .portfolioRoleDiffers,
                    Bilingual(zh: "角色「\(role.name)」在兄弟计划「\(sibling.title)」中定义不同（\(difference.zh)），不比较其负荷",
                              en: "role '\(role.id)' (\(role.name)) differs in sibling plan '\(sibling.title)': \(difference.en); its load is not compared"),
                    at: entry.location,
                    hint: Bilingual(zh: "把共享角色只定义一次，写进两个计划都包含的文件", en: "define shared roles once in a file both plans include"),
                    notes: [Diagnostic.Note(Bilingual(zh: "本计划的定义", en: "here"), at: role.location),
                            Diagnostic.Note(Bilingual(zh: "「\(sibling.title)」中的定义", en: "'\(sibling.title)'"), at: other.location)]))
                continue
            }
            guard let mine = load.rows.first(where: { $0.kind == .role && $0.id == role.id }),
                  let theirs = siblingLoad.rows.first(where: { $0.kind == .role && $0.id == role.id }) else { continue }
            var over: [(date: CivilDate, booked: Double, capacity: Double)] = []
            for day in 0..<load.days {
                let date = load.date(day)
                let at = siblingLoad.start.distance(to: date)
                guard at >= 0, at < siblingLoad.days, mine.booked[day] > 1e-9, theirs.booked[at] > 1e-9 else { continue }
                let booked = mine.booked[day] + theirs.booked[at]
                let capacity = max(mine.available[day], theirs.available[at])
                if booked > capacity + 1e-9 { over.append((date, booked, capacity)) }
            }
            guard let peak = over.max(by: { ($0.booked - $0.capacity, $1.date) < ($1.booked - $1.capacity, $0.date) }) else { continue }
            let spans = Self.spans(over.map(\.date))
            let (booked, capacity) = (ValueFormatter.grouped(peak.booked, maxFraction: 2), ValueFormatter.grouped(peak.capacity, maxFraction: 2))
            out.append(Diagnostic(
                .warning, .portfolioOverbooked,
                Bilingual(zh: "与兄弟计划「\(sibling.title)」合计，角色「\(role.name)」有 \(over.count) 天超出人手：\(spans)（最高 \(peak.date) \(booked)/\(capacity)）",
                          en: "with sibling plan '\(sibling.title)', role '\(role.name)' is booked over its capacity on \(over.count) day\(over.count == 1 ? "" : "s"): \(spans) (peak \(booked) of \(capacity) on \(peak.date))"),
                at: entry.location,
                hint: Bilingual(zh: "两个计划一起排期即可统一调配共享团队：cycleplan schedule \(plan.location.file) \(entry.resolved)",
                                en: "schedule them together to level the shared team: cycleplan schedule \(plan.location.file) \(entry.resolved)"),
                notes: [Diagnostic.Note(Bilingual(zh: "角色 '\(role.id)' 的定义", en: "role '\(role.id)'"), at: role.location)]))
        }
        return out
    }

    /// Dates as runs: "2027-02-15..02-17, 2027-02-19" (at most five runs, then "…").
    static func spans(_ dates: [CivilDate]) -> String {
        var runs: [(CivilDate, CivilDate)] = []
        for date in dates.sorted() {
            if let last = runs.last, last.1.advanced(by: 1) == date { runs[runs.count - 1].1 = date } else { runs.append((date, date)) }
        }
        let shown = runs.prefix(5).map { run in
            run.0 == run.1 ? run.0.description : "\(run.0)..\(String(run.1.description.dropFirst(5)))"
        }
        return shown.joined(separator: ", ") + (runs.count > 5 ? ", …" : "")
    }
}
