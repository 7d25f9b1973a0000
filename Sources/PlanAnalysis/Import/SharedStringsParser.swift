/// The shared string table: each `<si>` is the concatenation of its `<t>` texts (rich runs
/// included, phonetic guides left out). The texts go to the front of the sheet's text
/// buffer, so a cell that uses one points at it instead of copying it.
final class SharedStringsParser: XMLPartReader {
    private(set) var text = SheetText()
    /// String `i` is `text.bytes[ranges[i]]`.
    private(set) var ranges: [Range<Int>] = []
    private var start = 0
    private var inText = false
    private var inPhonetic = false

    /// Hands the texts over and keeps none, so that the sheet appends to the buffer without
    /// a copy of it.
    func take() -> (text: SheetText, ranges: [Range<Int>]) {
        defer { (text, ranges) = (SheetText(), []) }
        return (text, ranges)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": start = text.bytes.count
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { text.bytes.append(contentsOf: string.utf8) }
    }

    override func end(_ name: String) {
        switch name {
        case "si": ranges.append(start..<text.bytes.count)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}
