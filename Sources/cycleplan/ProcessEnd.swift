/// What a command leaves to the end of the process instead of freeing: the plan, the
/// schedule and the documents built from them, once the output is written. At 100,000 tasks
/// freeing them object by object (every task's strings and arrays) took about a tenth of a
/// second of `schedule` and `status`, for memory the system takes back at once when the
/// process exits. `Cycleplan.main`, where results become exit codes, ends the process right
/// after the command returns, so nothing kept here outlives the run
/// (docs/design.md, "Ending the process without teardown").
enum ProcessEnd {
    /// Only the main thread touches this, after a command's work (and its second core) is done.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process ends.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
