/// A file that is partly UTF-8 and partly GBK (two exports pasted together, or a row typed
/// in on another machine) decodes as GB18030 into nonsense (日期 becomes 鏃ユ湡): it is
/// recognised and refused with the place where the encoding changes.
extension TextDecoding {
    public struct MixedEncoding: Sendable, Equatable {
        /// Byte offset of the first byte that is not UTF-8 (0-based), and its line (1-based).
        public var offset: Int
        public var line: Int
        public var byte: UInt8
        /// What the rest most likely is: `GBK/GB18030`, or `an unknown encoding`.
        public var likely: String
    }

    /// How many multi-byte UTF-8 characters must come before the first invalid byte for the
    /// file to count as UTF-8 that changes encoding: GBK text has almost never that many
    /// valid UTF-8 sequences in a row.
    static let utf8Evidence = 4

    /// `nil` for a file that is valid UTF-8, has a byte-order mark, or is not UTF-8 from the start.
    ///
    /// - Complexity: O(n) in the size of the file.
    public static func mixedEncoding(_ bytes: [UInt8]) -> MixedEncoding? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var multiByte = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            guard valid else {
                guard multiByte >= utf8Evidence else { return nil }
                let line = bytes[..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
                let likely = convert(Array(bytes[index..<end]), from: "GB18030") != nil ? "GBK/GB18030" : "an unknown encoding"
                return MixedEncoding(offset: index, line: line, byte: lead, likely: likely)
            }
            multiByte += 1
            index += length
        }
        return nil
    }
}
