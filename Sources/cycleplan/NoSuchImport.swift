/// An import number the store does not hold.
struct NoSuchImport: Error, CustomStringConvertible {
    var id: Int64
    var description: String { "[store_no_such_import] there is no import #\(id) in the store; see 'cycleplan actuals list'" }
}
