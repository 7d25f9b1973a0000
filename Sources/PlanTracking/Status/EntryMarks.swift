import PlanYAML

/// Where one status entry's values were written, by key, for the checks' diagnostics: a
/// field per key the entry may have, where a dictionary per entry was two or three hashed
/// inserts and an allocation for each of 30,000 entries (docs/benchmarks.md, section 3e).
/// Keys that are not the entry's (already reported as unknown) have no place.
struct EntryMarks {
    private var started: Mark?, done: Mark?, reached: Mark?, note: Mark?, progress: Mark?, remaining: Mark?

    subscript(key: String) -> Mark? {
        get {
            switch key {
            case "started": return started
            case "done": return done
            case "reached": return reached
            case "note": return note
            case "progress": return progress
            case "remaining": return remaining
            default: return nil
            }
        }
        set {
            switch key {
            case "started": started = newValue
            case "done": done = newValue
            case "reached": reached = newValue
            case "note": note = newValue
            case "progress": progress = newValue
            case "remaining": remaining = newValue
            default: break
            }
        }
    }
}
