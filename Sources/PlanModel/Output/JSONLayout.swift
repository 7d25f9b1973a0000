/// The layout of the large JSON documents (`schedule --format json`, `status --format json`):
/// the document's own members pretty-printed, and each row of their arrays — a task, a
/// phase, a diagnostic — compact on a line of its own.
///
/// Why: at 100,000 tasks the one-key-a-line layout made a 46 MB file, more than half of it
/// indentation, and copying it into the page cache was a seventh of the `schedule` command
/// (docs/benchmarks.md, section 3). A row a line is 2.4 times smaller, still diffs task by
/// task and reads with `grep`; any JSON reader reads both layouts alike.
public enum JSONLayout {
    /// The indentation of a row: inside the document (0) and one of its members (2).
    static let rowIndent = 4
}
