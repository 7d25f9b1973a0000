import PlanModel
import PlanScheduling

/// Tracking several plans that share a team (`cycleplan status a.yaml b.yaml`): each plan keeps
/// its own status file and baselines, and the remaining work of all of them is rescheduled
/// together on the combined plan of `Portfolio`, so a late task of one plan that holds a shared
/// role pushes the other plan's work, as it does in the team's week.
///
/// The member statuses and baselines are renamed into the combined plan's ids (`plan-id/id`);
/// the status date must be one for all plans (else `portfolio_status_dates_differ`, unless
/// `--as-of` gives it).
public enum PortfolioTracking {
    /// One plan of the portfolio with what was read beside it.
    public struct MemberInput: Sendable {
        public var plan: Plan
        public var status: StatusFile
        /// Its chosen baseline, or `nil` when it has none saved.
        public var baseline: Baseline?

        public init(plan: Plan, status: StatusFile, baseline: Baseline?) {
            self.plan = plan
            self.status = status
            self.baseline = baseline
        }
    }

    /// What the combined plan is tracked with.
    public struct Combined: Sendable {
        public var status: StatusFile
        /// `nil` when no member has a saved baseline: the tracker then compares with the
        /// combined plan as scheduled now, and says so once.
        public var baseline: Baseline?
        /// The members' content hashes, in member order, to compare with the baselines'.
        public var revision: String
        public var diagnostics: [Diagnostic]
    }

    /// Renames and joins the members' statuses and baselines.
    ///
    /// A member without a saved baseline, when others have one, is compared with its part of
    /// the combined plan as scheduled now (with a `no_baseline` warning at that plan), so each
    /// plan is judged against its own agreement and no plan is left out of the figures.
    ///
    /// - Precondition: `members` are the plans of `portfolio`, in its order.
    /// - Complexity: O(status entries + baseline entries), plus one schedule of the combined
    ///   plan when some but not all members have a baseline.
    public static func combine(_ portfolio: Portfolio, members: [MemberInput], options: SchedulerOptions = SchedulerOptions()) -> Combined {
        precondition(members.count == portfolio.members.count, "one input per member plan")
        var diagnostics: [Diagnostic] = []
        let dates = Set(members.map(\.status.asOf))
        if dates.count > 1 {
            let listed = zip(portfolio.members, members).map { "\($0.title) \($1.status.asOf)" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                .error, .portfolioStatusDatesDiffer,
                Bilingual(zh: "各计划状态文件的状态日期不同（\(listed)），共用团队的计划只能从同一天一起重排",
                          en: "the plans' status files are on different dates (\(listed)); they are rescheduled together from one day"),
                at: members[0].plan.location,
                hint: Bilingual(zh: "把各状态文件的 asOf 改成同一天，或用 --as-of YYYY-MM-DD 统一指定",
                                en: "bring the status files to one asOf, or give it for all: --as-of YYYY-MM-DD")))
        }
        var tasks: [TaskStatus] = []
        for (member, input) in zip(portfolio.members, members) {
            for var entry in input.status.tasks {
                entry.id = "\(member.id)/\(entry.id)"
                tasks.append(entry)
            }
        }
        let asOf = members.map(\.status.asOf).max() ?? portfolio.plan.start
        let status = StatusFile(asOf: asOf, tasks: tasks, path: members.compactMap(\.status.path).first)
        let revision = members.map { PlanContentHash.of($0.plan) ?? "" }.joined(separator: "+")
        let saved = members.filter { $0.baseline != nil }
        guard !saved.isEmpty else {
            return Combined(status: status, baseline: nil, revision: revision, diagnostics: diagnostics)
        }
        let current: Baseline? = saved.count == members.count ? nil : Baseline.capture(
            name: "", plan: portfolio.plan, schedule: Scheduler(options: options).schedule(portfolio.plan), savedAt: "", revision: "")
        var entries: [BaselineEntry] = []
        var revisions: [String] = []
        for (member, input) in zip(portfolio.members, members) {
            guard let baseline = input.baseline else {
                let prefix = member.id + "/"
                entries += (current?.entries ?? []).filter { $0.id == member.id || $0.id.hasPrefix(prefix) }
                revisions.append(PlanContentHash.of(input.plan) ?? "")
                diagnostics.append(Diagnostic(
                    .warning, .noBaseline,
                    Bilingual(zh: "计划「\(input.plan.title)」没有保存基线，按现在一起排出的计划比较",
                              en: "no baseline is saved for '\(input.plan.title)'; its part is compared with the plans as scheduled together now"),
                    at: input.plan.location,
                    hint: Bilingual(zh: "计划定稿时保存基线：cycleplan baseline save PLAN --name 初版",
                                    en: "save one when the plan is agreed: cycleplan baseline save PLAN --name 初版")))
                continue
            }
            revisions.append(baseline.revision)
            entries += baseline.entries.map {
                BaselineEntry(id: "\(member.id)/\($0.id)", kind: $0.kind, start: $0.start, finish: $0.finish, work: $0.work, duration: $0.duration)
            }
            let calendar = WorkingCalendar(plan: input.plan, from: baseline.start, through: max(baseline.start, baseline.finish))
            entries.append(BaselineEntry(id: member.id, kind: .phase, start: baseline.start, finish: baseline.finish, work: baseline.totalWork,
                                         duration: calendar.workingDays(from: baseline.start, through: baseline.finish)))
        }
        let names = Set(saved.compactMap { $0.baseline?.name })
        let baseline = Baseline(
            name: names.count == 1 ? names.first! : saved.compactMap { $0.baseline?.name }.joined(separator: " + "),
            savedAt: saved.compactMap { $0.baseline?.savedAt }.max() ?? "", revision: revisions.joined(separator: "+"),
            start: entries.map(\.start).min() ?? portfolio.plan.start, finish: entries.map(\.finish).max() ?? portfolio.plan.start,
            entries: entries)
        return Combined(status: status, baseline: baseline, revision: revision, diagnostics: diagnostics)
    }
}
