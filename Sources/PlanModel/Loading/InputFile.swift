#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading an input file (a plan, an include, an actuals export) whole, safely: only regular
/// files are read. A FIFO, socket or device is refused as "not a regular file" — reading one
/// could wait forever for a writer or never end — and so is anything over the size limit.
/// The file is opened without blocking and checked again through its descriptor, so a file
/// swapped for a FIFO after the check cannot hang the read either.
public enum InputFile {
    public enum Failure: Error, Equatable, Sendable {
        case invalidPath
        case notFound
        case isFolder
        case notARegularFile(kind: String)
        case tooLarge(megabytes: Int, limit: Int)
        case unreadable(Bilingual)

        /// Why, in words that fit after "cannot read 'path': ".
        public var reason: String { text.en }

        /// Why, in both languages.
        public var text: Bilingual {
            switch self {
            case .invalidPath: return Bilingual(zh: "路径中含有 NUL 字节", en: "the path contains a NUL byte")
            case .notFound: return Bilingual(zh: "文件不存在", en: "no such file")
            case .isFolder: return Bilingual(zh: "它是文件夹", en: "it is a folder")
            case .notARegularFile(let kind):
                let kinds = ["a named pipe (FIFO)": "命名管道（FIFO）", "a socket": "套接字", "a character device": "字符设备",
                             "a block device": "块设备"]
                return Bilingual(zh: "它是\(kinds[kind] ?? "特殊文件")，不是普通文件；请把数据存成文件再传入",
                                 en: "it is \(kind), not a regular file; save the data to a file and give that")
            case let .tooLarge(megabytes, limit):
                return Bilingual(zh: "它有 \(megabytes) MB；计划文件最大 \(limit) MB", en: "it is \(megabytes) MB; a plan file is at most \(limit) MB")
            case .unreadable(let why): return why
            }
        }
    }

    /// - Parameter maximumBytes: refuse larger files (`nil`: no limit here).
    public static func read(_ path: String, maximumBytes: Int? = nil) -> Result<[UInt8], Failure> {
        guard !path.isEmpty, !path.utf8.contains(0) else { return .failure(path.isEmpty ? .notFound : .invalidPath) }
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(failure(errno)) }
        if let refusal = refusal(info, maximumBytes: maximumBytes) { return .failure(refusal) }
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return .failure(failure(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno)) }
        if let refusal = refusal(info, maximumBytes: maximumBytes) { return .failure(refusal) }
        return readAll(descriptor, expected: Int(info.st_size), maximumBytes: maximumBytes)
    }

    private static func readAll(_ descriptor: Int32, expected: Int, maximumBytes: Int?) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(expected, 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
            // The file grew while being read: the limit holds for what is read, too.
            if let maximumBytes, bytes.count > maximumBytes {
                return .failure(.tooLarge(megabytes: bytes.count >> 20, limit: maximumBytes >> 20))
            }
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func refusal(_ info: stat, maximumBytes: Int?) -> Failure? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .isFolder
        case S_IFIFO: return .notARegularFile(kind: "a named pipe (FIFO)")
        case S_IFSOCK: return .notARegularFile(kind: "a socket")
        case S_IFCHR: return .notARegularFile(kind: "a character device")
        case S_IFBLK: return .notARegularFile(kind: "a block device")
        default: return .notARegularFile(kind: "a special file")
        }
        if let maximumBytes, info.st_size > maximumBytes {
            return .tooLarge(megabytes: Int(info.st_size >> 20), limit: maximumBytes >> 20)
        }
        return nil
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT: return .notFound
        case EISDIR: return .isFolder
        default: return .unreadable(SystemErrorText.text(code))
        }
    }
}
