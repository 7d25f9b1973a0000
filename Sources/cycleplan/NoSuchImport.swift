import PlanModel

/// An import number the store does not hold.
struct NoSuchImport: Error, CustomStringConvertible {
    var id: Int64
    var description: String { message(in: .en) }

    func message(in language: Language) -> String {
        language.pick(zh: "[store_no_such_import] 指标库里没有导入 #\(id)；见 'cycleplan actuals list'",
                      en: "[store_no_such_import] there is no import #\(id) in the store; see 'cycleplan actuals list'")
    }
}
