/// What a leveling pass or a right justification has learnt about where a kind of window
/// does not fit: per kind (calendar, role, units, length), one stretch of working-day starts
/// none of which has room on every day its window spans.
///
/// Why: in right justification a task with room far to the right searches from its latest
/// start down, reading the booked days in between one window at a time; on the 100,000-task
/// benchmark that was about 285 windows per task, the same booked stretch read again by every
/// task of the same kind (a serial pass searching up from the earliest start meets the same).
/// A stretch stays without room while days are only booked; a day given back (a task taken
/// off to be moved) forgets every stretch whose windows span it. So a search that steps over
/// a known stretch finds the same start as one that reads it (`latestWindow`).
struct NoRoomStarts {
    struct Kind: Equatable {
        var calendar: Int
        var role: Int
        var units: Double
        var length: Int
    }

    private struct Stretch {
        var kind: Kind
        /// Working-day indices of starts without room.
        var starts: ClosedRange<Int>
        /// The days their windows span, to forget the stretch when one of them is given back.
        var days: ClosedRange<Int>
    }

    /// Per capacity row.
    private var stretches: [[Stretch]]

    init(rows: Int) {
        stretches = Array(repeating: [], count: rows)
    }

    /// The starts known to have no room for `kind`.
    func known(_ kind: Kind) -> ClosedRange<Int>? {
        stretches[kind.role].first { $0.kind == kind }?.starts
    }

    /// Records that no start in `starts` has room for `kind` now; `days` are the days their
    /// windows span (by default all: forgotten when anything is given back). Joined to what
    /// was known of the kind when the two meet, else it replaces it.
    mutating func record(_ kind: Kind, starts: ClosedRange<Int>, days: ClosedRange<Int> = Int.min...Int.max) {
        var stretch = Stretch(kind: kind, starts: starts, days: days)
        guard let index = stretches[kind.role].firstIndex(where: { $0.kind == kind }) else {
            stretches[kind.role].append(stretch)
            return
        }
        let old = stretches[kind.role][index]
        if old.starts.lowerBound <= starts.upperBound + 1 && old.starts.upperBound >= starts.lowerBound - 1 {
            stretch.starts = min(starts.lowerBound, old.starts.lowerBound)...max(starts.upperBound, old.starts.upperBound)
            stretch.days = min(days.lowerBound, old.days.lowerBound)...max(days.upperBound, old.days.upperBound)
        }
        stretches[kind.role][index] = stretch
    }

    /// Capacity of `row` was given back on `days`: windows spanning them may have room now.
    mutating func givenBack(_ row: Int, days: ClosedRange<Int>) {
        guard !stretches[row].isEmpty else { return }
        stretches[row].removeAll { $0.days.overlaps(days) }
    }
}
