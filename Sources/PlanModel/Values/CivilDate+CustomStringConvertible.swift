extension CivilDate: CustomStringConvertible {
    /// ISO 8601, `YYYY-MM-DD`.
    ///
    /// Years 0–9999 (every date a plan can name) are written digit by digit into the
    /// string's own ten bytes: each row of a 100,000-task schedule, table or status writes
    /// several dates, and interpolating padded `String`s cost a tenth of `status -o x.json`.
    public var description: String {
        let (year, month, day) = components
        guard (0...9999).contains(year) else { return Self.paddedDescription(year, month, day) }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, digits: Int, at offset: Int) {
                var rest = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    bytes[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            bytes[4] = 0x2D
            put(month, digits: 2, at: 5)
            bytes[7] = 0x2D
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    /// The general form, for years outside 0–9999 (days far from the epoch built in code).
    static func paddedDescription(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
