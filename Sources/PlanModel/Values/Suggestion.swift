/// "Did you mean …?" for misspelt keys and ids.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely
    /// typo (at most a third of the word's length, and at least one edit allowed).
    ///
    /// - Complexity: O(c · n · m) for c candidates; candidates whose length differs too much
    ///   are skipped without computing the distance.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(1, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit else { continue }
            let distance = editDistance(target, other)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// The hint in both languages.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Bilingual? {
        closest(to: word, in: candidates).map { Bilingual(zh: "是否想写 '\($0)'？", en: "did you mean '\($0)'?") }
    }

    /// `synonymHint` in both languages.
    public static func synonym(for word: String, in allowed: [String]) -> Bilingual? {
        synonymKey(for: word, in: allowed).map {
            Bilingual(zh: "是否想写 '\($0)'？cycleplan 里这个键叫 '\($0)'", en: "did you mean '\($0)'? cycleplan calls it '\($0)'")
        }
    }

    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Words other planning tools use for our keys (MS Project's predecessors, Jira's assignee),
    /// which no edit distance finds.
    static let synonyms: [String: String] = [
        "dependson": "after", "depends": "after", "dependencies": "after", "deps": "after", "predecessors": "after",
        "requires": "after", "blockedby": "after", "on": "start", "date": "start", "startdate": "start", "begin": "start",
        "fixed": "start", "earliest": "notBefore", "startnoearlierthan": "notBefore", "snet": "notBefore",
        "due": "deadline", "duedate": "deadline", "enddate": "deadline", "length": "duration", "days": "duration",
        "work": "effort", "persondays": "effort", "owner": "role", "assignee": "role", "assignees": "roles",
        "resources": "roles", "resource": "role", "title": "name", "label": "name", "comment": "notes",
        "comments": "notes", "remark": "notes", "children": "tasks", "subtasks": "tasks", "subphases": "phases",
        "goals": "targets", "kpis": "targets", "kpi": "targets", "holiday": "holidays", "workday": "workdays",
        "weekend": "weekends", "people": "headcount", "size": "headcount", "count": "headcount",
    ]

    /// "did you mean 'after'?" for a key another tool would use, when `after` is allowed here.
    public static func synonymHint(for word: String, in allowed: [String]) -> String? {
        synonym(for: word, in: allowed)?.en
    }

    static func synonymKey(for word: String, in allowed: [String]) -> String? {
        let normalized = String(word.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
        guard let key = synonyms[normalized], allowed.contains(key), key != word else { return nil }
        return key
    }

    /// Damerau–Levenshtein distance (optimal string alignment), so a swap of two neighbouring
    /// letters counts as one typo.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
