/// Guesses the delimiter of a CSV export: the candidate that appears, outside quotes, the
/// same non-zero number of times on the first lines, preferring the most frequent.
public enum DelimiterSniffer {
    public static let candidates: [Character] = [",", "\t", ";", "|"]

    public static func sniff(_ text: String, lines: Int = 10) -> Character {
        var counts: [[Int]] = Array(repeating: [], count: candidates.count)
        var inQuotes = false
        var current = [Int](repeating: 0, count: candidates.count)
        var seenLines = 0
        for character in text {
            if character == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if character == "\n" || character == "\r\n" {
                for index in candidates.indices { counts[index].append(current[index]) }
                current = [Int](repeating: 0, count: candidates.count)
                seenLines += 1
                if seenLines >= lines { break }
                continue
            }
            if let index = candidates.firstIndex(of: character) { current[index] += 1 }
        }
        if current.contains(where: { $0 > 0 }) { for index in candidates.indices { counts[index].append(current[index]) } }
        var best: (Character, Int, Bool)?  // delimiter, count on the first line, consistent
        for (index, candidate) in candidates.enumerated() {
            guard let first = counts[index].first, first > 0 else { continue }
            let consistent = counts[index].allSatisfy { $0 == first }
            if let current = best {
                if (consistent && !current.2) || (consistent == current.2 && first > current.1) { best = (candidate, first, consistent) }
            } else {
                best = (candidate, first, consistent)
            }
        }
        return best?.0 ?? ","
    }
}
