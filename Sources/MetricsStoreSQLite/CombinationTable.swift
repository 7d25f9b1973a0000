import GRDB

/// The store's dimension combinations as numbers: each dimension and each of its values
/// numbered, and per combination id its (dimension, value) pairs. A window scan adds a row
/// to its values' sums by these numbers, without a join or a string per row.
struct CombinationTable: Sendable {
    struct Pair: Sendable {
        var dimension: Int
        var value: Int
    }

    private(set) var dimensions: [String] = []
    private var dimensionNumbers: [String: Int] = [:]
    /// Per dimension, its values by number.
    private(set) var values: [[String]] = []
    private var valueNumbers: [[String: Int]] = []
    /// By combination id (ids are numbered from 1 as combinations are first imported).
    private(set) var pairs: [[Pair]] = []

    /// - Complexity: one read of `combination_values`, O(p) for its p rows.
    init(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT combination_id, dimension, value FROM combination_values ORDER BY combination_id, dimension")
        while let row = try rows.next() {
            let id: Int = row[0], dimension: String = row[1], value: String = row[2]
            guard id >= 0 else { continue }
            let d = dimensionNumber(dimension)
            let v = valueNumber(value, of: d)
            if id >= pairs.count { pairs += repeatElement([], count: id - pairs.count + 1) }
            pairs[id].append(Pair(dimension: d, value: v))
        }
    }

    /// The pairs of a combination; none for an id the table does not hold.
    func pairs(of id: Int) -> [Pair] {
        id >= 0 && id < pairs.count ? pairs[id] : []
    }

    /// The dimension values of a combination, by dimension.
    func dimensions(of id: Int) -> [String: String] {
        Dictionary(pairs(of: id).map { (dimensions[$0.dimension], values[$0.dimension][$0.value]) }, uniquingKeysWith: { first, _ in first })
    }

    /// The numbers of a (dimension, value) pair; `nil` when no combination carries it.
    func number(of dimension: String, _ value: String) -> Pair? {
        guard let d = dimensionNumbers[dimension], let v = valueNumbers[d][value] else { return nil }
        return Pair(dimension: d, value: v)
    }

    private mutating func dimensionNumber(_ dimension: String) -> Int {
        if let known = dimensionNumbers[dimension] { return known }
        dimensionNumbers[dimension] = dimensions.count
        dimensions.append(dimension)
        values.append([])
        valueNumbers.append([:])
        return dimensions.count - 1
    }

    private mutating func valueNumber(_ value: String, of dimension: Int) -> Int {
        if let known = valueNumbers[dimension][value] { return known }
        valueNumbers[dimension][value] = values[dimension].count
        values[dimension].append(value)
        return values[dimension].count - 1
    }
}
