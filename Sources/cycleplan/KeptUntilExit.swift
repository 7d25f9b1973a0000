/// What a command holds until it ends — the plan, its schedule, the document written —
/// handed here instead of freed: the process exits right after, and the system takes its
/// memory back at once, where freeing a 100,000-task plan's strings and arrays one by one
/// took about 4 % of `schedule` (docs/design.md, "Two cores"). Compilers do the same.
enum KeptUntilExit {
    /// Written only by the main thread, never read.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ kept: Any...) {
        values.append(contentsOf: kept)
    }
}
