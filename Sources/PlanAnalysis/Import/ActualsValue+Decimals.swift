/// Decimal separators: an export written with a decimal comma (`71,5`, `1.234,5`) reads as a
/// different number with the usual reading (715, or nothing), so such cells are refused
/// unless the source says `decimal: ","`.
extension ActualsValue {
    /// Whether the text's digits are separated in a way only a decimal comma explains: a
    /// comma not followed by exactly three digits (`71,5`, `1,23`), or a point before a comma
    /// (`1.234,5`). `12,345` and `1,234.5` are thousands groupings and not ambiguous.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func isAmbiguousDecimal(_ text: String) -> Bool {
        var token: [Character] = []
        for character in text.map(halfWidth) + [" "] {
            if character.isASCII && (character.isNumber || character == "," || character == ".") {
                token.append(character)
                continue
            }
            if isAmbiguousToken(token) { return true }
            token.removeAll(keepingCapacity: true)
        }
        return false
    }

    /// One run of digits, commas and points.
    private static func isAmbiguousToken(_ token: [Character]) -> Bool {
        guard let lastComma = token.lastIndex(of: ",") else { return false }
        if let firstPoint = token.firstIndex(of: "."), firstPoint < lastComma { return true }
        let integerPart = token.prefix { $0 != "." }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return true }
        return groups.dropFirst().contains { $0.count != 3 }
    }

    private static func halfWidth(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0")
        case 0xFF0C: return ","
        case 0xFF0E: return "."
        default: return character
        }
    }

    /// The number a cell holds when its decimal separator is a comma: `71,5` is 71.5 and
    /// `1.234,5` is 1234.5 (points group thousands). `nil` when it is not a number.
    static func number(decimalComma cell: UnsafeBufferPointer<UInt8>) -> Double? {
        var swapped = [UInt8](cell)
        for index in swapped.indices {
            switch swapped[index] {
            case UInt8(ascii: ","): swapped[index] = UInt8(ascii: ".")
            case UInt8(ascii: "."): swapped[index] = UInt8(ascii: ",")
            default: break
            }
        }
        return swapped.withUnsafeBufferPointer { number(cell: $0) }
    }
}
