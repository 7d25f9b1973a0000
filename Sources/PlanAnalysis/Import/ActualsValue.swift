import PlanModel

/// Reads the values found in SCRM and mall back-end exports: numbers such as `12,345`,
/// `5.2%`, `¥1,200.00`, `1.2万`, `(300)`; dates such as `2026-09-01`, `2026/9/1`,
/// `2026年9月1日`, `2026.09.01` and Excel serial numbers (days since 1899-12-30).
public enum ActualsValue {
    /// A number, or `nil` when the cell is not one. Empty cells are `nil` too: the caller
    /// decides whether that is a gap or a zero.
    public static func number(_ text: String) -> Double? {
        if let fast = asciiNumber(text) { return fast }
        // `71,5` and `1.234,5` are European decimals as often as grouped thousands: refused.
        if isAmbiguousDecimal(text) { return nil }
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
        guard let value = Quantity.parse(normalized), value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// The common case, read byte by byte: ASCII digits with `,` grouping, a point, a sign,
    /// `%`, `¥`. `nil` hands the text to the general reader (which also rejects what this
    /// cannot read, so the two agree).
    static func asciiNumber(_ text: String) -> Double? {
        asciiNumber(bytes: text.utf8)
    }

    /// `asciiNumber` over UTF-8 bytes, for cells read straight from a file's buffer.
    static func asciiNumber<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Double? {
        var integer: Double = 0, fraction: Double = 0, scale: Double = 1
        var negative = false, seenDigit = false, seenPoint = false, percent = false
        var lastWasDigit = false
        // Grouping commas must group thousands: 1 to 3 digits, then groups of exactly 3.
        var groupDigits = 0, sawComma = false
        var utf8 = bytes.makeIterator()
        var first = true
        while let byte = utf8.next() {
            switch byte {
            case 0x30...0x39:
                if percent { return nil }
                let digit = Double(byte - 0x30)
                if seenPoint { scale /= 10; fraction += digit * scale } else { integer = integer * 10 + digit; groupDigits += 1 }
                seenDigit = true
                lastWasDigit = true
            case UInt8(ascii: ","):
                guard lastWasDigit, !seenPoint, sawComma ? groupDigits == 3 : groupDigits <= 3 else { return nil }
                sawComma = true
                groupDigits = 0
                lastWasDigit = false
            case UInt8(ascii: "."):
                guard !seenPoint, !percent, !sawComma || groupDigits == 3 else { return nil }
                seenPoint = true
                lastWasDigit = false
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard first else { return nil }
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "%"):
                guard lastWasDigit, !percent else { return nil }
                percent = true
            case 0xC2:  // ¥ is C2 A5
                guard first, utf8.next() == 0xA5 else { return nil }
                first = true
                continue
            default:
                return nil
            }
            first = false
        }
        guard seenDigit, lastWasDigit || percent, !sawComma || seenPoint || groupDigits == 3 else { return nil }
        let value = (integer + fraction) * (negative ? -1 : 1)
        // 400 digits overflow to infinity: not a number any export means.
        guard value.isFinite else { return nil }
        return percent ? value / 100 : value
    }

    /// A date, or `nil`. Excel serial numbers are read when `allowSerial` (a column known to
    /// hold dates), from 1 (1900-01-01) on, with Excel's 1900 leap-year bug accounted for.
    public static func date(_ text: String, allowSerial: Bool = true) -> CivilDate? {
        if let fast = asciiDate(text) { return fast }
        if allowSerial, let serial = asciiSerial(bytes: text.utf8) { return serial }
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
            return excelSerial(Int(serial))
        }
        return nil
    }

    /// Excel counts 1900-02-29, which did not exist; from serial 61 on, day 0 is 1899-12-30.
    static func excelSerial(_ whole: Int) -> CivilDate? {
        let origin = CivilDate(year: 1899, month: 12, day: whole < 61 ? 31 : 30)
        return origin?.advanced(by: whole)
    }

    /// A whole Excel serial written as 1 to 7 ASCII digits, as workbooks store dates, read
    /// byte by byte; `nil` hands anything else (or out of range) to the general reader.
    static func asciiSerial<Bytes: Sequence<UInt8>>(bytes: Bytes) -> CivilDate? {
        var serial = 0, digits = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte), digits < 7 else { return nil }
            serial = serial * 10 + Int(byte - 0x30)
            digits += 1
        }
        guard digits > 0, serial >= 1, serial < 2_958_466 else { return nil }
        return excelSerial(serial)
    }
}

extension ActualsValue {
    /// The text without surrounding white space; the usual cell, which has none, is returned
    /// as is without looking at its characters.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !isQuickSpace(first.value) && !isQuickSpace(last.value) { return text }
        return String(Substring(text).trimmingCharacters())
    }

    /// The spaces exports contain, checked without Unicode property lookups (which are slow).
    static func isQuickSpace(_ scalar: UInt32) -> Bool {
        scalar <= 0x20 || scalar == 0xA0 || scalar == 0x3000 || scalar == 0xFEFF || (0x2000...0x200B).contains(scalar)
    }

    /// `2026-09-01`, `2026/9/1`, `2026.9.1`, read byte by byte.
    static func asciiDate(_ text: String) -> CivilDate? {
        asciiDate(bytes: text.utf8)
    }

    /// `asciiDate` over UTF-8 bytes.
    static func asciiDate<Bytes: Sequence<UInt8>>(bytes: Bytes) -> CivilDate? {
        var parts = (0, 0, 0)
        var index = 0, digits = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                // A tuple, not an array: no allocation per cell.
                switch index {
                case 0: parts.0 = parts.0 * 10 + Int(byte - 0x30)
                case 1: parts.1 = parts.1 * 10 + Int(byte - 0x30)
                default: parts.2 = parts.2 * 10 + Int(byte - 0x30)
                }
                digits += 1
                if digits > 4 { return nil }
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard digits > 0, index < 2 else { return nil }
                index += 1
                digits = 0
            default:
                return nil
            }
        }
        guard index == 2, digits > 0, parts.0 >= 1000 else { return nil }
        return CivilDate(year: parts.0, month: parts.1, day: parts.2)
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
