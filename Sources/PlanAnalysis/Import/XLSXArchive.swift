import PlanModel
/// The entries of a workbook's ZIP archive, read from its central directory, each checked to
/// lie inside the file before anything is inflated.
///
/// Written here rather than taken from ZIPFoundation: on Linux its inflater sets `avail_in`
/// to the whole buffer even for a short last chunk (reading past it) and loops forever
/// when a corrupt deflate stream runs into the end of the file, and its public API neither
/// bounds that nor exposes an entry's data offset so that we could inflate it ourselves
/// (docs/design.md). The subset a workbook needs is small: the end record (ZIP64 too), the
/// central directory and the local headers; stored and deflated entries, no encryption.
struct XLSXArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's data starts in the file.
        var dataOffset: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []
    /// Lowercased name → entries so named: OOXML part names are case-insensitive.
    private var byName: [String: [Int]] = [:]

    typealias Failure = XLSXReader.Failure

    /// - Complexity: O(size of the central directory).
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .notAWorkbook(Bilingual(zh: "它是设了密码的工作簿或旧的 .xls 文件；请不设密码另存为 .xlsx", en: "it is a password-protected workbook or an old .xls file; save it as .xlsx without a password"))
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .notAWorkbook(Bilingual(zh: "它不是 ZIP 压缩包", en: "it is not a ZIP archive")) }
        let (directory, count) = try Self.centralDirectory(bytes)
        var position = directory.lowerBound
        for index in 0..<count {
            guard position + 46 <= directory.upperBound, read32(position) == 0x0201_4B50 else {
                throw .damaged(Bilingual(zh: "ZIP 目录的第 \(index + 1) 项（共 \(count) 项）不在应在的位置（第 \(position) 字节）", en: "the ZIP directory's entry \(index + 1) of \(count) is not where it should be (byte \(position))"))
            }
            let flags = read16(position + 8)
            let nameLength = Int(read16(position + 28)), extraLength = Int(read16(position + 30))
            let commentLength = Int(read16(position + 32))
            let end = position + 46 + nameLength + extraLength + commentLength
            guard end <= directory.upperBound else { throw .damaged(Bilingual(zh: "ZIP 目录的第 \(index + 1) 项超出了目录", en: "the ZIP directory's entry \(index + 1) runs past the directory")) }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            var compressed = Int(read32(position + 20)), uncompressed = Int(read32(position + 24))
            var offset = Int(read32(position + 42))
            try readZIP64(extra: (position + 46 + nameLength)..<(position + 46 + nameLength + extraLength),
                          uncompressed: &uncompressed, compressed: &compressed, offset: &offset, name: name)
            if flags & 1 != 0 { throw .notAWorkbook(Bilingual(zh: "\(name) 已加密；请不设密码保存工作簿", en: "\(name) is encrypted; save the workbook without a password")) }
            entries.append(Entry(name: name, method: read16(position + 10), crc32: read32(position + 16),
                                 compressedSize: compressed, uncompressedSize: uncompressed, dataOffset: offset))
            byName[name.lowercased(), default: []].append(index)
            position = end
        }
        // The local header's own name and extra field lengths decide where the data starts.
        for index in entries.indices {
            let header = entries[index].dataOffset
            guard header <= directory.lowerBound - 30, read32(header) == 0x0403_4B50 else {
                throw .damaged(Bilingual(zh: "\(entries[index].name)：缺少本地文件头（第 \(header) 字节）", en: "\(entries[index].name): its local header is missing (byte \(header))"))
            }
            let start = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
            guard start <= directory.lowerBound, entries[index].compressedSize <= directory.lowerBound - start else {
                throw .damaged(Bilingual(zh: "\(entries[index].name)：压缩数据（从第 \(start) 字节起 \(entries[index].compressedSize) 字节）超出了条目区",
                                         en: "\(entries[index].name): its compressed data (\(entries[index].compressedSize) bytes from byte \(start)) runs past the entries"))
            }
            entries[index].dataOffset = start
        }
    }

    /// The entry named `path` (case-insensitively), `nil` when there is none.
    func entry(_ path: String) throws(Failure) -> Entry? {
        guard let found = byName[path.lowercased()] else { return nil }
        guard found.count == 1 else { throw .damaged(Bilingual(zh: "压缩包里有 \(found.count) 个名为 \(path) 的条目", en: "the archive holds \(found.count) entries named \(path)")) }
        return entries[found[0]]
    }

    /// The central directory's byte range and its number of entries, from the end record.
    private static func centralDirectory(_ bytes: [UInt8]) throws(Failure) -> (Range<Int>, Int) {
        // The end record is 22 bytes plus a comment of up to 65,535.
        guard bytes.count >= 22 else { throw .notAWorkbook(Bilingual(zh: "它太短，不可能是 ZIP 压缩包", en: "it is too short to be a ZIP archive")) }
        var end = bytes.count - 22
        let lowest = max(0, end - 65_535)
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) {
            end -= 1
        }
        guard end >= lowest else { throw .notAWorkbook(Bilingual(zh: "缺少 ZIP 目录（文件可能被截断）", en: "its ZIP directory is missing (the file may be cut short)")) }
        let reader = ByteReader(bytes: bytes)
        var count = Int(reader.u16(end + 10)), size = Int(reader.u32(end + 12)), offset = Int(reader.u32(end + 16))
        var limit = end
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            guard end >= 20, reader.u32(end - 20) == 0x0706_4B50, let record = Int(exactly: reader.u64(end - 12)),
                  record <= end - 76, reader.u32(record) == 0x0606_4B50,
                  let count64 = Int(exactly: reader.u64(record + 32)), let size64 = Int(exactly: reader.u64(record + 40)),
                  let offset64 = Int(exactly: reader.u64(record + 48)) else {
                throw .damaged(Bilingual(zh: "ZIP64 结束记录缺失或无法读取", en: "its ZIP64 end record is missing or unreadable"))
            }
            (count, size, offset, limit) = (count64, size64, offset64, record)
        }
        guard offset <= limit, size <= limit - offset else {
            throw .damaged(Bilingual(zh: "ZIP 目录（第 \(offset) 字节起 \(size) 字节）在文件之外", en: "its ZIP directory (\(size) bytes at byte \(offset)) lies outside the file"))
        }
        // Each directory entry takes at least 46 bytes.
        guard count <= size / 46 else { throw .damaged(Bilingual(zh: "ZIP 目录声称 \(size) 字节里有 \(count) 个条目", en: "its ZIP directory claims \(count) entries in \(size) bytes")) }
        return (offset..<(offset + size), count)
    }

    /// The ZIP64 extra field gives the sizes and offset that are 0xFFFFFFFF in the record.
    private func readZIP64(extra: Range<Int>, uncompressed: inout Int, compressed: inout Int, offset: inout Int, name: String) throws(Failure) {
        guard uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else { return }
        let reader = ByteReader(bytes: bytes)
        var field = extra.lowerBound
        while field + 4 <= extra.upperBound {
            let id = reader.u16(field), length = Int(reader.u16(field + 2))
            guard field + 4 + length <= extra.upperBound else { break }
            if id == 1 {
                var value = field + 4
                for target in [0, 1, 2] {
                    let current = [uncompressed, compressed, offset][target]
                    guard current == 0xFFFF_FFFF else { continue }
                    guard value + 8 <= field + 4 + length, let read = Int(exactly: reader.u64(value)) else {
                        throw .damaged(Bilingual(zh: "\(name)：ZIP64 大小无法读取", en: "\(name): its ZIP64 sizes are unreadable"))
                    }
                    switch target {
                    case 0: uncompressed = read
                    case 1: compressed = read
                    default: offset = read
                    }
                    value += 8
                }
                return
            }
            field += 4 + length
        }
        throw .damaged(Bilingual(zh: "\(name)：缺少 ZIP64 大小", en: "\(name): its ZIP64 sizes are missing"))
    }

    private func read16(_ at: Int) -> UInt16 { ByteReader(bytes: bytes).u16(at) }
    private func read32(_ at: Int) -> UInt32 { ByteReader(bytes: bytes).u32(at) }
}
