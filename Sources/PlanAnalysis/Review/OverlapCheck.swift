import PlanModel

/// What to do when two files give a value for the same metric, day and dimension values (a
/// month-to-date export and a mid-month one): by default an error — summing them would count
/// the overlap twice, and choosing one silently could keep the stale one.
public enum OverlapPolicy: String, Sendable, CaseIterable {
    /// Keep the value of the file given later on the command line (a warning).
    case last
    /// Keep the first file's value (a warning).
    case first
    /// Keep the first file's value and fail the review (exit 1).
    case error
}

/// Finds the values several files give, across the files of one review (repeats inside a
/// file are the importer's `duplicate_key`). One issue per row of the later file, naming the
/// earlier file and row.
///
/// - Complexity: O(n) expected over the n observations of the files, hashed once each; a
///   review of one file does not run it.
struct OverlapCheck {
    private struct Key: Hashable {
        var metric: String
        var day: Int
        var dimensions: [String: String]
    }

    let policy: OverlapPolicy
    /// Metric id → display name, for the messages.
    var names: [String: String] = [:]
    /// Where each key was first seen: its position among the kept observations, file and row.
    private var seen: [Key: (position: Int, path: String, row: Int32)] = [:]
    /// Positions replaced by a later file (`last`), removed at the end.
    private var replaced: Set<Int> = []

    init(policy: OverlapPolicy) { self.policy = policy }

    /// Adds one file's observations to `kept`, resolving its overlaps with the files before it.
    mutating func add(_ found: inout [Observation], rows: [Int32], file: Int, path: String, into kept: inout [Observation],
                      report: inout ImportReport) {
        // Per row of this file: the metrics given before, the first earlier place, whether any value stayed.
        var overlapping: [Int32: (metrics: [String], earlier: (String, Int32), date: CivilDate, dimensions: [String: String], kept: Int)] = [:]
        var order: [Int32] = []
        var keptPerRow: [Int32: Int] = [:]
        for (index, observation) in found.enumerated() {
            let row = rows[index]
            let key = Key(metric: observation.metric, day: observation.date.daysSinceEpoch, dimensions: observation.dimensions)
            guard let earlier = seen[key] else {
                seen[key] = (kept.count, path, row)
                kept.append(observation)
                keptPerRow[row, default: 0] += 1
                continue
            }
            if overlapping[row] == nil {
                order.append(row)
                overlapping[row] = ([], (earlier.path, earlier.row), observation.date, observation.dimensions, 0)
            }
            overlapping[row]?.metrics.append(observation.metric)
            if policy == .last {
                replaced.insert(earlier.position)
                seen[key] = (kept.count, path, row)
                kept.append(observation)
                keptPerRow[row, default: 0] += 1
            }
        }
        found = []
        for row in order {
            guard let entry = overlapping[row] else { continue }
            let detail = ImportIssue.Detail.overlap(metrics: entry.metrics.map { names[$0] ?? $0 }, date: entry.date, dimensions: entry.dimensions,
                                                    earlierFile: entry.earlier.0, earlierRow: Int(entry.earlier.1), keptLater: policy == .last)
            report.issues.append(ImportIssue(kind: .overlap, file: path, row: Int(row), column: nil, detail: detail,
                                             severity: policy == .error ? .error : .warning))
            // A row none of whose values is kept was not used after all.
            if keptPerRow[row] == nil {
                report.rowsUsed -= 1
                report.rowsRejected += 1
            }
        }
    }

    /// Drops the values a later file replaced.
    mutating func finish(_ kept: inout [Observation]) {
        guard !replaced.isEmpty else { return }
        kept = kept.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
    }
}
