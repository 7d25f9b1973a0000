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
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
        }
        return value
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
