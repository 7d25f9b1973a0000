#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A large UTF-8 CSV export read a few MB at a time, each chunk cut after a whole record,
/// so that an import holds one chunk's cells at a time and not the file (a 50 MB export
/// used to cost its bytes, a range per cell and the rows: over 200 MB before a value was
/// kept).
///
/// Only what the whole-file reader (`CSVTable.read`) would read the same way is streamed: a
/// regular file of valid UTF-8 (checked in a first pass, chunk by chunk), larger than one
/// chunk. Anything else — UTF-16, GB18030, mixed encodings, a FIFO, a small file — is read
/// whole as before (`open` answers `nil`), with the same diagnostics.
struct CSVChunks {
    /// Bytes read at a time (a chunk ends at the last line break within it; a record longer
    /// than that makes the chunk grow).
    static let defaultChunkBytes = 4 << 20

    private let descriptor: Int32
    private let chunkBytes: Int
    /// Bytes read and not yet cut into records.
    private var pending: [UInt8] = []
    private var atEnd = false
    /// Whether every byte has been given.
    var isAtEnd: Bool { atEnd && pending.isEmpty }
    /// Records and line breaks in the chunks already given.
    private(set) var recordsBefore = 0
    private var linesBefore = 0
    /// The file's size, for estimating its rows.
    let size: Int

    /// `nil` unless `path` is a regular file of valid UTF-8 larger than `chunkBytes`.
    init?(path: String, chunkBytes: Int = defaultChunkBytes) {
        guard !path.isEmpty, !path.utf8.contains(0) else { return nil }
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > chunkBytes,
              Self.isUTF8(descriptor, chunkBytes: chunkBytes), lseek(descriptor, 0, SEEK_SET) == 0 else {
            _ = closeFile(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.chunkBytes = max(64, chunkBytes)
        size = Int(info.st_size)
    }

    /// The text of the first lines (up to 1 MB, cut after a line break), for sniffing the delimiter.
    mutating func peekText() -> String {
        fill(upTo: chunkBytes)
        var end = min(pending.count, 1 << 20)
        if end < pending.count, let cut = pending[..<end].lastIndex(of: 0x0A) { end = cut + 1 }
        return String(decoding: pending[..<end], as: UTF8.self)
    }

    /// Closes the file.
    func close() {
        _ = closeFile(descriptor)
    }

    /// The next records (whole ones), or `nil` at the end of the file. The first chunk has
    /// the byte-order mark left out.
    ///
    /// - Complexity: O(size of the chunk).
    mutating func next(delimiter: UInt8, minimumRecords: Int = 0) throws(CSVScanner.Failure) -> TableCells? {
        while true {
            fill(upTo: chunkBytes)
            if atEnd {
                guard !pending.isEmpty else { return nil }
                let text = pending
                pending = []
                return try scan(text, delimiter: delimiter)
            }
            // Whole records: up to the last line break outside quotes. A break inside a
            // quoted cell leaves the quote open at the cut: read on, and cut later.
            if let cut = pending.lastIndex(of: 0x0A), let cells = try? CSVScanner.cells(Array(pending[...cut]), delimiter: delimiter),
               cells.recordCount >= minimumRecords {
                linesBefore += pending[...cut].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                recordsBefore += cells.recordCount
                pending.removeFirst(cut + 1)
                return cells
            }
            fill(upTo: pending.count + chunkBytes)
        }
    }

    /// The last records, with an unclosed quote placed in the whole file.
    private mutating func scan(_ text: [UInt8], delimiter: UInt8) throws(CSVScanner.Failure) -> TableCells {
        do {
            let cells = try CSVScanner.cells(text, delimiter: delimiter)
            recordsBefore += cells.recordCount
            return cells
        } catch {
            switch error {
            case let .unclosedQuote(record, column, line):
                throw .unclosedQuote(record: record + recordsBefore, column: column, line: line + linesBefore)
            }
        }
    }

    /// Reads until `pending` holds `count` bytes or the file ends.
    private mutating func fill(upTo count: Int) {
        guard !atEnd, pending.count < count else { return }
        let start = pending.count
        pending += repeatElement(0, count: count - start)
        var filled = start
        while filled < count {
            let read = pending.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, count - filled) }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 {
                atEnd = true
                break
            }
            filled += read
        }
        pending.removeLast(count - filled)
        if recordsBefore == 0 && start == 0 && pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
    }

    /// Whether the whole file is UTF-8 (with or without a byte-order mark), read chunk by chunk.
    private static func isUTF8(_ descriptor: Int32, chunkBytes: Int) -> Bool {
        var buffer = [UInt8](repeating: 0, count: max(64, chunkBytes))
        var check = UTF8Check()
        while true {
            let read = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if read < 0 && errno == EINTR { continue }
            if read < 0 { return false }
            if read == 0 { return check.isComplete }
            guard buffer.withUnsafeBufferPointer({ check.accept(UnsafeBufferPointer(rebasing: $0[..<read])) }) else { return false }
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}

private func closeFile(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(descriptor)
    #else
    return Darwin.close(descriptor)
    #endif
}

/// UTF-8 well-formedness (RFC 3629: no overlong forms, surrogates or values past U+10FFFF),
/// byte after byte across chunks.
struct UTF8Check {
    /// Continuation bytes still expected, and the range the next one must fall in.
    private var pending = 0
    private var lower: UInt8 = 0x80, upper: UInt8 = 0xBF

    var isComplete: Bool { pending == 0 }

    /// - Complexity: O(n), eight ASCII bytes at a time.
    mutating func accept(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while index < count {
            if pending == 0 {
                while index + 8 <= count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
            }
            let byte = base[index]
            index += 1
            if pending > 0 {
                guard byte >= lower && byte <= upper else { return false }
                pending -= 1
                (lower, upper) = (0x80, 0xBF)
                continue
            }
            switch byte {
            case 0x00...0x7F: continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, lower) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: (pending, upper) = (2, 0x9F)
            case 0xF0: (pending, lower) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, upper) = (3, 0x8F)
            default: return false
            }
        }
        return true
    }
}
