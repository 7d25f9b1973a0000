/// Reads the numbers planners write: `1200000`, `1_200_000`, `1,200,000`, `3.5%`, `120万`,
/// `1.2亿`, `12k`, `¥1,200.00`.
public enum Quantity {
    /// - Returns: the value (`3.5%` is 0.035), or `nil` when the text is not such a number.
    public static func parse(_ text: String) -> Double? {
        var body = Substring(text.trimmingSpaces())
        var scale = 1.0
        if body.hasPrefix("¥") || body.hasPrefix("￥") { body = body.dropFirst() }
        if let last = body.last {
            switch last {
            case "%": scale = 0.01
            case "万": scale = 10_000
            case "亿": scale = 100_000_000
            case "k", "K": scale = 1_000
            default: break
            }
            if scale != 1 {
                body = body.dropLast()
                // `120 万`, `3.5 %`: a space before the unit, as durations allow (`3 天`).
                while body.last == " " { body = body.dropLast() }
            }
        }
        // A number too long for a double overflows to infinity: no target is that large.
        guard let value = plainNumber(body), (value * scale).isFinite else { return nil }
        return value * scale
    }

    /// A decimal with optional sign, digit grouping by `_` or `,` between digits, and an
    /// optional fraction. Rejects `inf`, `nan`, hex and exponents, which `Double(_:)` accepts.
    static func plainNumber(_ text: Substring) -> Double? {
        var digits = ""
        var sawDigit = false
        var sawPoint = false
        var previousWasDigit = false
        for (offset, character) in text.enumerated() {
            switch character {
            case "0"..."9":
                digits.append(character)
                sawDigit = true
                previousWasDigit = true
            case "_", ",":
                guard previousWasDigit, !sawPoint else { return nil }
                previousWasDigit = false
            case ".":
                guard !sawPoint else { return nil }
                sawPoint = true
                previousWasDigit = false
                digits.append(".")
            case "-", "+":
                guard offset == 0 else { return nil }
                if character == "-" { digits.append("-") }
            default:
                return nil
            }
        }
        guard sawDigit, previousWasDigit || text.last == "." else { return nil }
        return Double(digits)
    }
}

extension String {
    func trimmingSpaces() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
