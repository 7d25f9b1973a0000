import PlanModel

/// Booked and available person-days day by day, per role and per listed person: the
/// workload view (`cycleplan load`). Booked is what the schedule's tasks book on the days
/// they book their roles (a half-day task half of its units on its last day); available is
/// the capacity the leveler works with — the headcount (or people's units), less leave, at
/// most those on duty on rota days — on the days the role (or person) works, and on any day
/// a calendar-day task (`calendar: continuous`) books it anyway. Plans with different
/// calendars scheduled together: a role works a day when it works it for any plan whose tasks
/// book it (a day one plan has off and the other works is available to the one that works).
public struct Workload: Sendable {
    public enum Kind: String, Sendable { case role, person }

    public struct Row: Sendable {
        public var kind: Kind
        public var id: String
        public var name: String
        /// The role's id (for a person, the role they belong to).
        public var role: String
        public var available: [Double]
        public var booked: [Double]

        public init(kind: Kind, id: String, name: String, role: String, available: [Double], booked: [Double]) {
            self.kind = kind
            self.id = id
            self.name = name
            self.role = role
            self.available = available
            self.booked = booked
        }

        /// Whether the row is booked beyond what it has on day `day`.
        public func isOver(_ day: Int) -> Bool { booked[day] > available[day] + 1e-9 }
    }

    /// The first day of the columns.
    public var start: CivilDate
    /// Number of columns (days, or weeks when `step` is 7).
    public var days: Int
    /// Days per column: 1, or 7 for weeks (Monday to Sunday, summed).
    public var step: Int = 1
    /// Roles in plan order, then people role by role.
    public var rows: [Row]

    public init(start: CivilDate, days: Int, rows: [Row]) {
        self.start = start
        self.days = days
        self.rows = rows
    }

    /// The first day of column `day`.
    public func date(_ day: Int) -> CivilDate { start.advanced(by: day * step) }

    /// The same rows over `from…to` (inclusive; missing days are empty).
    public func clipped(from: CivilDate?, to: CivilDate?) -> Workload {
        let first = from ?? start, last = to ?? start.advanced(by: max(days - 1, 0))
        let count = max(first.distance(to: last) + 1, 0)
        let shift = start.distance(to: first)
        let rows = self.rows.map { row -> Row in
            var copy = row
            copy.available = (0..<count).map { day in (0..<days).contains(day + shift) ? row.available[day + shift] : 0 }
            copy.booked = (0..<count).map { day in (0..<days).contains(day + shift) ? row.booked[day + shift] : 0 }
            return copy
        }
        return Workload(start: first, days: count, rows: rows)
    }

    /// Only the role rows, or only the person rows.
    public func rows(_ kind: Kind) -> Workload {
        Workload(start: start, days: days, rows: rows.filter { $0.kind == kind })
    }
}
