/// Which cell styles show a date: built-in date formats and custom codes with date parts.
final class StylesParser: XMLPartReader {
    private var customFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellXfs = false

    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Style indexes (`s` of a cell) that show dates.
    var dateStyles: Set<Int> {
        var result: Set<Int> = []
        for (index, format) in cellFormats.enumerated() {
            if Self.builtInDates.contains(format) || customFormats[format].map(Self.isDateCode) == true { result.insert(index) }
        }
        return result
    }

    /// A format code shows a date when it has y, d, 年, 月 or 日 outside quotes and brackets
    /// (m alone is ambiguous with minutes, but never appears without a d or y in a date).
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false, bracket = false
        for character in code {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default:
                if !quoted && !bracket && "yYdD年月日".contains(character) { return true }
            }
        }
        return false
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
