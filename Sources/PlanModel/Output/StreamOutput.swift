#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing through to what is not a regular file — a terminal, `/dev/null`, a FIFO, standard
/// output — in place, as a stream. Opening a FIFO waits for its reader, as any Unix tool does.
enum StreamOutput {
    static func write(_ bytes: [UInt8], toDevice device: String, path: String) throws(OutputFailure) {
        var descriptor: Int32
        repeat { descriptor = open(device, O_WRONLY | O_NOCTTY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw OutputTarget.failure(errno, path: path, target: device) }
        defer { close(descriptor) }
        // It was a device or FIFO when resolved; if a file took its place since, do not
        // write into that file in place.
        var info = stat()
        guard fstat(descriptor, &info) == 0, OutputTarget.isStream(info.st_mode) else {
            throw OutputFailure(.outputFailed, path: path, Bilingual(zh: "'\(path)' 在打开过程中发生了变化", en: "'\(path)' changed while it was being opened"),
                                hint: Bilingual(zh: "请重试", en: "try again"))
        }
        try write(bytes, to: descriptor, path: path)
    }

    static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputFailure) {
        if let code = writeAll(bytes, to: descriptor) {
            throw OutputFailure(.outputFailed, path: path, Bilingual(zh: "写入 '\(path)' 失败：\(SystemErrorText.text(code).zh)", en: "writing '\(path)' failed: \(SystemErrorText.text(code).en)"),
                                hint: Bilingual(zh: "检查设备或读取方，然后重试", en: "check the device or the reader, then try again"))
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    ///
    /// - Returns: the `errno` of a failed write, or `nil`.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var written = 0
            while written < buffer.count {
                #if canImport(Glibc)
                let result = Glibc.write(descriptor, base + written, buffer.count - written)
                #else
                let result = Darwin.write(descriptor, base + written, buffer.count - written)
                #endif
                if result < 0 {
                    if errno == EINTR { continue }
                    // A non-blocking descriptor (an inherited stdout) that is full: wait, not spin.
                    if errno == EAGAIN || errno == EWOULDBLOCK {
                        var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&wanted, 1, -1)
                        continue
                    }
                    return errno
                }
                written += result
            }
            return nil
        }
    }
}
