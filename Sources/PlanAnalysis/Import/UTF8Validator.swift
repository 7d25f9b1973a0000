/// Checks UTF-8 as it streams by, chunk after chunk, and finds `<!D` (a DTD) on the way.
///
/// Foundation's XMLParser force-unwraps element and attribute names decoded from the bytes
/// libxml2 hands it, so one invalid byte in a name traps; and a DTD's entities can expand
/// without bound. Workbook parts are UTF-8 and never carry a DTD, so each is refused
/// before the parser sees it.
struct UTF8Validator {
    enum Problem: Equatable {
        case invalidByte(offset: Int)
        case doctype(offset: Int)
    }

    /// Bytes checked so far.
    private(set) var offset = 0
    /// Continuation bytes still expected, and the range the next one must fall in.
    private var pending = 0
    private var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
    /// How much of `<!D` was just seen.
    private var markup = 0

    /// - Complexity: O(n).
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>) -> Problem? {
        for byte in chunk {
            defer { offset += 1 }
            if pending > 0 {
                guard byte >= lower && byte <= upper else { return .invalidByte(offset: offset) }
                pending -= 1
                (lower, upper) = (0x80, 0xBF)
                continue
            }
            switch byte {
            case 0x00...0x7F:
                switch (markup, byte) {
                case (_, UInt8(ascii: "<")): markup = 1
                case (1, UInt8(ascii: "!")): markup = 2
                case (2, UInt8(ascii: "D")): return .doctype(offset: offset - 2)
                default: markup = 0
                }
                continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, lower) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
            case 0xED: (pending, upper) = (2, 0x9F)
            case 0xF0: (pending, lower) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, upper) = (3, 0x8F)
            default: return .invalidByte(offset: offset)
            }
            markup = 0
        }
        return nil
    }

    /// At the end of the part: a sequence cut short is invalid too.
    func finish() -> Problem? {
        pending > 0 ? .invalidByte(offset: offset) : nil
    }
}
