import PlanModel

/// Reads the values found in SCRM and mall back-end exports: numbers such as `12,345`,
/// `5.2%`, `¥1,200.00`, `1.2万`, `(300)`; dates such as `2026-09-01`, `2026/9/1`,
/// `2026年9月1日`, `2026.09.01` and Excel serial numbers (days since 1899-12-30).
public enum ActualsValue {
    /// A number, or `nil` when the cell is not one. Empty cells are `nil` too: the caller
    /// decides whether that is a gap or a zero.
    public static func number(_ text: String) -> Double? {
        var body = Substring(text).trimmingCharacters()
        guard !body.isEmpty, body != "-", body != "—" else { return nil }
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {  // accounting negatives
            negative = true
            body = body.dropFirst().dropLast()
        }
        for currency in ["¥", "￥", "CNY", "RMB", "元"] {
            if body.hasPrefix(currency) { body = body.dropFirst(currency.count) }
            if body.hasSuffix(currency) { body = body.dropLast(currency.count) }
        }
        body = body.trimmingCharacters()
        // Full-width digits and signs, as some exports write them.
        let normalized = String(body.map { character -> Character in
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
            switch scalar.value {
            case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0")
            case 0xFF0E: return "."
            case 0xFF0C: return ","
            case 0xFF05: return "%"
            case 0xFF0D: return "-"
            default: return character
            }
        })
        guard let value = Quantity.parse(normalized) else { return nil }
        return negative ? -value : value
    }

    /// A date, or `nil`. Excel serial numbers are read when `allowSerial` (a column known to
    /// hold dates), from 1 (1900-01-01) on, with Excel's 1900 leap-year bug accounted for.
    public static func date(_ text: String, allowSerial: Bool = true) -> CivilDate? {
        let body = String(Substring(text).trimmingCharacters())
        if let date = CivilDate(body) { return date }
        var digits: [Int] = []
        var current = ""
        for character in body {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if ["-", "/", ".", "年", "月", "日", " "].contains(character) {
                if !current.isEmpty { digits.append(Int(current) ?? -1); current = "" }
                if character == " " && digits.count >= 3 { break }  // a time part follows
            } else if digits.count >= 3 {
                break
            } else {
                return nil
            }
        }
        if !current.isEmpty { digits.append(Int(current) ?? -1) }
        if digits.count >= 3, digits[0] >= 1000 {
            return CivilDate(year: digits[0], month: digits[1], day: digits[2])
        }
        if allowSerial, digits.count == 1, let serial = Double(body), serial >= 1, serial < 2_958_466 {
            // Excel counts 1900-02-29, which did not exist; from serial 61 on, day 0 is 1899-12-30.
            let whole = Int(serial)
            let origin = CivilDate(year: 1899, month: 12, day: whole < 61 ? 31 : 30)
            return origin?.advanced(by: whole)
        }
        return nil
    }
}

extension Substring {
    func trimmingCharacters() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}
