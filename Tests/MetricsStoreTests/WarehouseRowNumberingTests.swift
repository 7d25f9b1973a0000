import MetricsStore
@testable import MetricsStorePostgres
import NIOCore
import Testing

/// How the warehouse's rows are numbered while read (`WarehouseScopeRows.append`, which
/// guesses each value from the last row's before hashing it) and their combinations found
/// (`finish`, by packed integers): each row must keep its own dimension values whatever the
/// order the table sends them in, and both ways of numbering combinations agree.
@Suite("Warehouse rows: values and combinations numbered")
struct WarehouseRowNumberingTests {
    /// Rows of two dimensions: (store, group) per row, `nil` for NULL; each row's one metric
    /// value is its position, so every observation says which row it came from.
    static func rows(_ values: [(String?, String?)], day: (Int) -> Int32, packs: Bool) -> WarehouseScopeRows {
        var rows = WarehouseScopeRows(metrics: ["m"], dimensions: ["门店", "分组"], packsCombinations: packs)
        for (position, (store, group)) in values.enumerated() {
            var value = ByteBuffer()
            value.writeInteger(Double(position).bitPattern)
            let cells: [ByteBuffer?] = [store.map { ByteBuffer(string: $0) }, group.map { ByteBuffer(string: $0) }, value]
            rows.append(day: day(position), cells: cells[...])
        }
        rows.finish()
        return rows
    }

    static func expectEachRowKeepsItsValues(_ values: [(String?, String?)], day: @escaping (Int) -> Int32,
                                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let packed = rows(values, day: day, packs: true), listed = rows(values, day: day, packs: false)
        var seen = 0
        packed.forEachObservation { _, observedDay, value, combination in
            let position = Int(value)
            var expected: [String: String] = [:]
            if let store = values[position].0 { expected["门店"] = store }
            if let group = values[position].1 { expected["分组"] = group }
            #expect(packed.dimensionCombinations[combination] == expected, "row \(position)", sourceLocation: sourceLocation)
            #expect(observedDay == Int(day(position)), sourceLocation: sourceLocation)
            seen += 1
        }
        #expect(seen == values.count, sourceLocation: sourceLocation)
        #expect(packed.dimensionCombinations == listed.dimensionCombinations, sourceLocation: sourceLocation)
        var packedOrder: [Double] = [], listedOrder: [Double] = []
        packed.forEachObservation { _, _, value, _ in packedOrder.append(value) }
        listed.forEachObservation { _, _, value, _ in listedOrder.append(value) }
        #expect(packedOrder == listedOrder, sourceLocation: sourceLocation)
    }

    /// Stores in one order every day (each guess right), in reverse on the second day (each
    /// wrong), shuffled, with NULLs and a store that appears late.
    @Test func everyRowKeepsItsValues() {
        let stores = (0..<12).map { "门店\($0)" }
        let sameOrder = (0..<3).flatMap { _ in stores.enumerated().map { ($0.element as String?, ($0.offset % 2 == 0 ? "A" : "B") as String?) } }
        Self.expectEachRowKeepsItsValues(sameOrder, day: { Int32($0 / 12) })
        let reversed = stores.map { ($0 as String?, "A" as String?) } + stores.reversed().map { ($0 as String?, "B" as String?) }
        Self.expectEachRowKeepsItsValues(reversed, day: { Int32($0 / 12) })
        let shuffled = (0..<60).map { position -> (String?, String?) in
            let store = (position * 7 + position / 5) % 14
            return (store == 13 ? nil : "门店\(store)", position % 3 == 0 ? nil : "A")
        } + [("新店", "C")]
        Self.expectEachRowKeepsItsValues(shuffled, day: { Int32($0 % 5) })
    }
}
