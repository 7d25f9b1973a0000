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
    /// Before the first element, where a DTD can be: how much of `<!D` was just seen. (After
    /// it a DTD is a parse error, which the reader refuses anyway.)
    private var inProlog = true
    private var markup = 0

    /// - Complexity: O(n).
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>) -> Problem? {
        guard let base = chunk.baseAddress else { return nil }
        var index = 0
        defer { offset += index }
        while index < chunk.count {
            if pending == 0 && !inProlog {
                // Eight ASCII bytes at a time.
                while index + 8 <= chunk.count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < chunk.count else { break }
            }
            let byte = base[index]
            if pending > 0 {
                guard byte >= lower && byte <= upper else { return .invalidByte(offset: offset + index) }
                pending -= 1
                (lower, upper) = (0x80, 0xBF)
                index += 1
                continue
            }
            if byte < 0x80 {
                if inProlog {
                    if byte == UInt8(ascii: "<") {
                        markup = 1
                    } else if markup == 1 && byte == UInt8(ascii: "!") {
                        markup = 2
                    } else if markup == 2 && byte == UInt8(ascii: "D") {
                        return .doctype(offset: offset + index - 2)
                    } else {
                        // `<` then a name: the root element, after which no DTD can come.
                        if markup == 1 && byte != UInt8(ascii: "?") { inProlog = false }
                        markup = 0
                    }
                }
                index += 1
                continue
            }
            switch byte {
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, lower) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
            case 0xED: (pending, upper) = (2, 0x9F)
            case 0xF0: (pending, lower) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, upper) = (3, 0x8F)
            default: return .invalidByte(offset: offset + index)
            }
            if inProlog { markup = 0 }
            index += 1
        }
        return nil
    }

    /// At the end of the part: a sequence cut short is invalid too.
    func finish() -> Problem? {
        pending > 0 ? .invalidByte(offset: offset) : nil
    }
}
