/// Reads the bytes of a baselines file straight into `BaselineFileShape`, for the file as
/// `BaselineStore.save` writes it: the keys in the written order, strings without escapes.
/// `JSONDecoder`'s containers were most of the read's 11 % of `status` on 100,000 tasks
/// (docs/benchmarks.md, section 3e).
///
/// It only ever accepts a subset of what `JSONDecoder` takes, with the same values: whatever
/// else it meets — another key order, an extra key, an escape in a string, a number that is
/// not plain — makes it give up (`nil`), and the decoder, then `BaselineStore.load`'s checks
/// with their diagnostics, read the file as before.
struct BaselineFileReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The file's shape, or nil when the decoder must read it.
    /// - Complexity: O(bytes).
    static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> BaselineFileShape? {
        var reader = BaselineFileReader(bytes)
        return reader.file()
    }

    private mutating func file() -> BaselineFileShape? {
        guard take(0x7B), key("cycleplanBaselines"), let version = integer(), take(0x2C), key("baselines"), take(0x5B) else { return nil }
        var baselines: [BaselineFileShape.Saved] = []
        if !take(0x5D) {
            repeat {
                guard let saved = saved() else { return nil }
                baselines.append(saved)
            } while take(0x2C)
            guard take(0x5D) else { return nil }
        }
        guard take(0x7D) else { return nil }
        skipSpace()
        guard index == bytes.count else { return nil }
        return BaselineFileShape(cycleplanBaselines: version, baselines: baselines)
    }

    private mutating func saved() -> BaselineFileShape.Saved? {
        guard take(0x7B), key("name"), let name = string(), take(0x2C), key("savedAt"), let savedAt = string(), take(0x2C),
              key("revision"), let revision = string(), take(0x2C), key("start"), let start = string(), take(0x2C),
              key("finish"), let finish = string(), take(0x2C), key("entries"), take(0x5B) else { return nil }
        var entries: [BaselineFileShape.Entry] = []
        if !take(0x5D) {
            repeat {
                guard take(0x7B), key("id"), let id = string(), take(0x2C), key("kind"), let kind = string(), take(0x2C),
                      key("start"), let first = string(), take(0x2C), key("finish"), let last = string(), take(0x2C),
                      key("work"), let work = number(), take(0x2C), key("duration"), let duration = integer(), take(0x7D) else { return nil }
                entries.append(BaselineFileShape.Entry(id: id, kind: kind, start: first, finish: last, work: work, duration: duration))
            } while take(0x2C)
            guard take(0x5D) else { return nil }
        }
        guard take(0x7D) else { return nil }
        return BaselineFileShape.Saved(name: name, savedAt: savedAt, revision: revision, start: start, finish: finish, entries: entries)
    }

    /// JSON whitespace: space, tab, line feed, carriage return.
    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// The byte `byte` after any whitespace.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// `"name":`, exactly this key.
    private mutating func key(_ name: StaticString) -> Bool {
        skipSpace()
        let count = name.utf8CodeUnitCount
        guard index + count + 2 <= bytes.count, bytes[index] == 0x22, bytes[index + count + 1] == 0x22 else { return false }
        let expected = UnsafeBufferPointer(start: name.utf8Start, count: count)
        for offset in 0..<count where bytes[index + 1 + offset] != expected[offset] { return false }
        index += count + 2
        return take(0x3A)
    }

    /// A string without escapes or control characters, in valid UTF-8.
    private mutating func string() -> String? {
        guard take(0x22) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == 0x5C || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// The digits of a JSON number from here (`-`, integer part, fraction, exponent), or nil
    /// when they break JSON's grammar (a leading zero, a lone point).
    private mutating func numberText() -> (text: Substring, integral: Bool)? {
        skipSpace()
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == 0x2D { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else { return nil }
        var integral = true
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { return nil }
            integral = false
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { return nil }
            integral = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return (Substring(text), integral)
    }

    /// An integer written without fraction or exponent, within `Int`.
    private mutating func integer() -> Int? {
        guard let (text, integral) = numberText(), integral else { return nil }
        return Int(text)
    }

    /// A finite number.
    private mutating func number() -> Double? {
        guard let (text, _) = numberText(), let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
