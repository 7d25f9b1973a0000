import PlanModel
import CZlibInflate
import Foundation

/// One archive entry, inflated as the XML parser pulls it (`XMLParser(stream:)`), so a sheet
/// is never held inflated in memory. Every chunk is checked on the way: the entry must not
/// inflate past its declared size or the workbook's budget, must be UTF-8 without a DTD, and
/// must end with exactly its declared size and CRC-32. A corrupt deflate stream is an
/// error, and each `read` consumes input or produces output, or stops: it cannot spin.
final class EntryStream: InputStream {
    let entry: XLSXArchive.Entry
    private let source: [UInt8]
    private let budget: InflateBudget
    private var zstream = z_stream()
    private var inflating = false
    /// Compressed bytes consumed, inflated bytes produced.
    private var consumed = 0
    private(set) var produced = 0
    private var crc: UInt = 0
    private var validator = UTF8Validator()
    private(set) var finished = false
    /// Set by the reader to stop feeding the parser (it has what it needs, or failed).
    var stopped = false
    private(set) var failure: XLSXReader.Failure?

    init(_ entry: XLSXArchive.Entry, in archive: XLSXArchive, budget: InflateBudget) {
        self.entry = entry
        source = archive.bytes
        self.budget = budget
        super.init(data: Data())
        if entry.method == 8 {
            inflating = inflateInit2_(&zstream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
            if !inflating { fail(Bilingual(zh: "zlib 无法启动", en: "zlib could not start")) }
        } else if entry.method != 0 {
            fail(Bilingual(zh: "不支持压缩方式 \(entry.method)（只支持 stored 与 deflate）", en: "compression method \(entry.method) is not supported (only stored and deflate)"))
        } else if entry.compressedSize != entry.uncompressedSize {
            fail(Bilingual(zh: "一个 \(entry.compressedSize) 字节的 stored 条目声明有 \(entry.uncompressedSize) 字节",
                            en: "a stored entry of \(entry.compressedSize) bytes declares \(entry.uncompressedSize)"))
        }
    }

    deinit {
        if inflating { inflateEnd(&zstream) }
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !finished && !stopped && failure == nil }
    // The parser asks these after a read of -1; the base class's would trap, having no stream of its own.
    override var streamStatus: Stream.Status { failure != nil ? .error : finished || stopped ? .atEnd : .open }
    override var streamError: Error? { failure.map { NSError(domain: "XLSXReader", code: 1, userInfo: [NSLocalizedDescriptionKey: "\($0)"]) } }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if failure != nil { return -1 }
        if finished || stopped || maxLength <= 0 { return 0 }
        let room = min(maxLength, 1 << 20)
        var count = 0
        if entry.method == 0 {
            count = min(room, entry.compressedSize - consumed)
            source.withUnsafeBufferPointer { bytes in
                if let base = bytes.baseAddress { buffer.update(from: base + entry.dataOffset + consumed, count: count) }
            }
            consumed += count
            if consumed == entry.compressedSize { finished = true }
        } else {
            guard let inflated = inflate(into: buffer, room: room) else { return -1 }
            count = inflated
        }
        guard accept(UnsafeBufferPointer(start: buffer, count: count)) else { return -1 }
        if finished {
            if let problem = validator.finish() { return report(problem) }
            guard produced == entry.uncompressedSize else {
                fail(Bilingual(zh: "解压后有 \(produced) 字节，但声明的是 \(entry.uncompressedSize) 字节", en: "it inflates to \(produced) bytes but declares \(entry.uncompressedSize)"))
                return -1
            }
            guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
                fail(Bilingual(zh: "CRC-32 校验不符：数据已损坏", en: "its CRC-32 does not match: the data is corrupt"))
                return -1
            }
        }
        return count
    }

    /// Inflates into `buffer`: some bytes, or 0 at the end of the stream, or `nil` on error.
    private func inflate(into buffer: UnsafeMutablePointer<UInt8>, room: Int) -> Int? {
        while true {
            let available = min(entry.compressedSize - consumed, Int(UInt32.max >> 1))
            let (status, used, made) = source.withUnsafeBufferPointer { bytes -> (Int32, Int, Int) in
                zstream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress.map { $0 + entry.dataOffset + consumed })
                zstream.avail_in = UInt32(available)
                zstream.next_out = buffer
                zstream.avail_out = UInt32(room)
                let status = CZlibInflate.inflate(&zstream, Z_NO_FLUSH)
                return (status, available - Int(zstream.avail_in), room - Int(zstream.avail_out))
            }
            zstream.next_in = nil
            consumed += used
            switch status {
            case Z_STREAM_END:
                finished = true
                return made
            case Z_OK where made > 0:
                return made
            case Z_OK where used > 0:
                continue  // header bytes only: more input, no output yet
            case Z_OK, Z_BUF_ERROR:
                fail(available == 0 ? Bilingual(zh: "压缩数据在 deflate 流结束之前就结束了", en: "its compressed data ends before the deflate stream does")
                                     : Bilingual(zh: "deflate 流无法继续解压", en: "its deflate stream makes no progress"))
                return nil
            default:
                fail(Bilingual(zh: "deflate 流已损坏（zlib \(status)）", en: "its deflate stream is corrupt (zlib \(status))"))
                return nil
            }
        }
    }

    /// Counts, checksums and checks a chunk about to go to the parser.
    private func accept(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        produced += chunk.count
        guard produced <= entry.uncompressedSize else {
            fail(Bilingual(zh: "解压后超过了声明的 \(entry.uncompressedSize) 字节", en: "it inflates past its declared size of \(entry.uncompressedSize) bytes"))
            return false
        }
        guard budget.spend(chunk.count) else {
            failure = .tooLarge(Bilingual(zh: "\(entry.name) 解压后超过此文件 \(budget.total) 字节的上限（\(XLSXReader.budgetRule.zh)）",
                                          en: "\(entry.name) inflates past the \(budget.total)-byte limit for this file (\(XLSXReader.budgetRule.en))"))
            return false
        }
        if let base = chunk.baseAddress {
            crc = crc32(crc, base, UInt32(chunk.count))
        }
        if let problem = validator.check(chunk) { return report(problem) == 0 }
        return true
    }

    private func report(_ problem: UTF8Validator.Problem) -> Int {
        switch problem {
        case .invalidByte(let offset): fail(Bilingual(zh: "第 \(offset) 字节不是 UTF-8（工作簿的各部分是 UTF-8 的 XML）", en: "byte \(offset) is not UTF-8 (workbook parts are UTF-8 XML)"))
        case .doctype(let offset): fail(Bilingual(zh: "第 \(offset) 字节开始了一个 DTD（<!DOCTYPE），工作簿的各部分从不含它", en: "byte \(offset) starts a DTD (<!DOCTYPE), which workbook parts never have"))
        }
        return -1
    }

    private func fail(_ why: Bilingual) {
        if failure == nil { failure = .damaged(Bilingual(zh: "\(entry.name)：\(why.zh)", en: "\(entry.name): \(why.en)")) }
    }
}
