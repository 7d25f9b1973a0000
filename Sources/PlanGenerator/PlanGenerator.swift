import PlanModel

/// Writes large, valid, realistic-looking plans for benchmarks and tests: phases of tasks
/// with Chinese names, roles, efforts and durations, dependencies on earlier tasks (so the
/// graph is acyclic), lags, milestones and targets. The same options and seed give the same
/// text, byte for byte.
public struct PlanGenerator: Sendable {
    public struct Options: Sendable {
        public var tasks: Int
        public var roles: Int
        /// Average dependencies per task (a task has ⌊x⌋ or ⌈x⌉ of them).
        public var dependenciesPerTask: Double
        public var tasksPerPhase: Int
        /// How far back a dependency may reach, in tasks.
        public var window: Int
        public var seed: UInt64
        /// Add a make-up working day (调休) to the calendar. TaskJuggler has no direct
        /// equivalent, so comparisons with it turn this off.
        public var makeUpDays: Bool
        /// People listed per role (0: a headcount of 1–3 instead), each with leave of their
        /// own (a day in September and a week in November), the last of each role half time;
        /// one task in ten then asks for a named person.
        public var peoplePerRole: Int

        public init(tasks: Int = 1000, roles: Int = 20, dependenciesPerTask: Double = 1.5, tasksPerPhase: Int = 100,
                    window: Int = 40, seed: UInt64 = 1, makeUpDays: Bool = true, peoplePerRole: Int = 0) {
            self.makeUpDays = makeUpDays
            self.peoplePerRole = peoplePerRole
            self.tasks = tasks
            self.roles = roles
            self.dependenciesPerTask = dependenciesPerTask
            self.tasksPerPhase = tasksPerPhase
            self.window = window
            self.seed = seed
        }
    }

    public var options: Options

    public init(_ options: Options = Options()) {
        self.options = options
    }

    private static let verbs = ["策划", "设计", "撰写", "审核", "发布", "复盘", "搭建", "培训", "投放", "统计"]
    private static let objects = ["海报", "推文", "短视频", "落地页", "社群", "优惠券", "直播", "活动页", "话术", "报表"]

    /// The plan's YAML text.
    ///
    /// - Complexity: O(tasks · dependenciesPerTask).
    public func yaml() -> String {
        var random = SplitMix64(seed: options.seed)
        var out = ""
        out.reserveCapacity(options.tasks * 90)
        out += "cycleplan: 1\nid: generated-\(options.tasks)\ntitle: 生成的计划 \(options.tasks) 个任务\nstart: 2026-09-01\n"
        out += "calendar:\n  weekends: [sat, sun]\n  holidays: [\"2026-10-01..2026-10-07\"]\n"
        if options.makeUpDays { out += "  workdays: [\"2026-09-27\", \"2026-10-10\"]\n" }
        out += "roles:\n"
        for role in 0..<options.roles {
            guard options.peoplePerRole > 0 else {
                out += "  r\(role): {name: 角色\(role), headcount: \(1 + role % 3)}\n"
                continue
            }
            out += "  r\(role):\n    name: 角色\(role)\n    people:\n"
            for person in 0..<options.peoplePerRole {
                let units = person == options.peoplePerRole - 1 && person > 0 ? ", units: 0.5" : ""
                let september = 2 + (role + 7 * person) % 28, november = 1 + (3 * role + person) % 20
                out += "      - {id: p\(person), name: 成员\(role)-\(person)\(units), daysOff: "
                out += "[\"2026-09-\(september < 10 ? "0" : "")\(september)\", \"2026-11-\(november < 10 ? "0" : "")\(november)..2026-11-\(november + 6 < 10 ? "0" : "")\(november + 6)\"]}\n"
            }
        }
        out += "metrics:\n  visitors: {name: 访客数}\n  orders: {name: 订单数}\n  gmv: {name: 成交额, unit: CNY, format: currency}\n"
        out += "  conversion: {name: 转化率, formula: orders / visitors, format: percent}\n"
        out += "targets: {gmv: 120万, conversion: 3.5%}\n"
        out += "phases:\n"
        let whole = Int(options.dependenciesPerTask)
        let fraction = options.dependenciesPerTask - Double(whole)
        for task in 0..<options.tasks {
            if task % options.tasksPerPhase == 0 {
                let phase = task / options.tasksPerPhase
                out += "  - id: p\(phase)\n    name: 阶段\(phase)\n"
                if phase % 10 == 0 { out += "    targets: {orders: \(100 + phase)}\n" }
                out += "    tasks:\n"
            }
            let name = Self.verbs[Int(random.next() % 10)] + Self.objects[Int(random.next() % 10)] + String(task)
            out += "      - {id: t\(task), name: \(name)"
            if task % 50 == 49 {
                out += ", milestone: true"
            } else {
                out += ", role: r\(Int(random.next() % UInt64(options.roles)))"
                if options.peoplePerRole > 1, task % 10 == 3 { out += "/p0" }
                let days = 1 + Int(random.next() % 5)
                out += random.next() % 4 == 0 ? ", effort: \(days)d" : ", duration: \(days)d"
            }
            let count = whole + (Double(random.next() % 1000) / 1000 < fraction ? 1 : 0)
            let reach = min(task, options.window)
            if reach > 0, count > 0 {
                var picked: [Int] = []
                for _ in 0..<count {
                    let predecessor = task - 1 - Int(random.next() % UInt64(reach))
                    if !picked.contains(predecessor) { picked.append(predecessor) }
                }
                out += ", after: ["
                for (index, predecessor) in picked.enumerated() {
                    if index > 0 { out += ", " }
                    out += random.next() % 8 == 0 ? "\"t\(predecessor) +1d\"" : "t\(predecessor)"
                }
                out += "]"
            }
            out += "}\n"
        }
        return out
    }
}

/// A small, fast, well-distributed generator with a fixed algorithm, so generated plans are
/// the same on every platform and Swift version (the standard library's generator is not
/// seedable).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
