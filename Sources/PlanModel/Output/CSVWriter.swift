/// CSV as Excel reads it: UTF-8 with a byte-order mark (so Chinese shows correctly), CRLF
/// line ends, quoting where needed, and cells that begin with `= + - @` (or a tab or carriage
/// return) prefixed with an apostrophe so a spreadsheet never runs them as formulas.
public struct CSVWriter {
    private var text = "\u{FEFF}"

    public init() {}

    public mutating func row(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    public var output: String { text }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Double(value) == nil {
            value = "'" + value
        }
        // By scalar, not Character: "\r\n" is one Character (neither "\n" nor "\r"), and so is
        // a quote followed by a combining mark, which a Character test would leave undoubled.
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0.isLineBreak })
            || value.hasPrefix(" ") || value.hasSuffix(" ") {
            var quoted = "\""
            for scalar in value.unicodeScalars {
                if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
                quoted.unicodeScalars.append(scalar)
            }
            return quoted + "\""
        }
        return value
    }
}

extension Unicode.Scalar {
    /// Every scalar some reader takes as the end of a line: LF, VT, FF, CR, NEL and the line
    /// and paragraph separators.
    public var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
