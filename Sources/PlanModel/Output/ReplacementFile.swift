#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts new bytes at a regular file's path all at once: written to a temporary file in the
/// same folder, flushed to disk, then moved into place by one `rename` (or `linkat` for a new
/// file), so the path holds the old bytes or the new ones, never a part.
///
/// The temporary file cannot be left behind: on Linux it is created unnamed (`O_TMPFILE`) and
/// given a name only when complete, so a kill during the write leaves nothing; only the two
/// system calls between naming it and renaming it could leave a `.cycleplan-XXXXXXXX.tmp`.
/// Where the file system has no unnamed files (or `/proc` is missing) it falls back to a
/// named temporary file of that pattern, removed on every failure we see. The temporary name
/// is 23 bytes whatever the destination's name, so any valid name (up to 255 bytes) works.
struct ReplacementFile {
    /// The resolved destination (the target of any links).
    var target: String
    /// The path as the user gave it, for messages.
    var shownPath: String
    /// The replaced file's permission bits and group, given to the new file.
    var keeping: (permissions: UInt32, group: UInt32)?

    /// Set by tests to exercise the named-temporary fallback on a system with `O_TMPFILE`.
    nonisolated(unsafe) static var unnamedTemporaryFiles = true

    var folder: String { FileAccess.directory(of: target) }

    func publish(_ bytes: [UInt8]) throws(OutputFailure) {
        #if os(Linux)
        if Self.unnamedTemporaryFiles, try publishUnnamed(bytes) { return }
        #endif
        try publishNamed(bytes)
    }

    #if os(Linux)
    /// Linux's `O_TMPFILE` is `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import;
    /// `__O_TMPFILE` is 0o20000000 on x86-64 and arm64.
    private static let temporaryFileFlag: Int32 = 0o20000000 | O_DIRECTORY

    /// - Returns: `false` when this file system or system has no unnamed files (nothing done).
    private func publishUnnamed(_ bytes: [UInt8]) throws(OutputFailure) -> Bool {
        var descriptor: Int32
        repeat { descriptor = open(folder, Self.temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o666) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        try fill(descriptor, bytes)
        let handle = "/proc/self/fd/\(descriptor)"
        if keeping == nil {
            // A new file: linking it in is the publication, and fails rather than replace a
            // file that appeared meanwhile.
            if linkat(AT_FDCWD, handle, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return true }
            let code = errno
            if code == ENOENT { return false }
            if code == EEXIST {
                throw OutputFailure(.outputFailed, path: shownPath, Bilingual(zh: "cycleplan 写入期间，另一个程序创建了 '\(shownPath)'", en: "'\(shownPath)' was created by another program while cycleplan wrote it"),
                                    hint: Bilingual(zh: "没有替换任何文件；请重试", en: "nothing was replaced; try again"))
            }
            throw writeFailure(code)
        }
        for _ in 0..<8 {
            let temporary = Self.temporaryName(in: folder)
            if linkat(AT_FDCWD, handle, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 {
                try moveIntoPlace(temporary)
                return true
            }
            let code = errno
            if code == EEXIST { continue }
            if code == ENOENT { return false }
            throw writeFailure(code)
        }
        throw writeFailure(EEXIST)
    }
    #endif

    private func publishNamed(_ bytes: [UInt8]) throws(OutputFailure) {
        try moveIntoPlace(stage(bytes))
    }

    /// Writes the bytes to a named temporary file next to the target and returns its path;
    /// `commit` moves it into place. For a set of files published together (`AtomicFile.write(_:)`).
    func stage(_ bytes: [UInt8]) throws(OutputFailure) -> String {
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<8 {
            temporary = Self.temporaryName(in: folder)
            repeat {
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            } while descriptor < 0 && errno == EINTR
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw writeFailure(errno) }
        do {
            try fill(descriptor, bytes)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        return temporary
    }

    func commit(_ temporary: String) throws(OutputFailure) {
        try moveIntoPlace(temporary)
    }

    /// Writes the bytes, gives the file the mode and group of the one it replaces, and flushes
    /// it to disk (a rename of unflushed data can leave an empty file after a crash).
    private func fill(_ descriptor: Int32, _ bytes: [UInt8]) throws(OutputFailure) {
        if let code = StreamOutput.writeAll(bytes, to: descriptor) { throw writeFailure(code) }
        if let keeping {
            // The owner is already us (`OutputTarget` checked); the group is kept where we may.
            _ = fchown(descriptor, uid_t.max, gid_t(keeping.group))
            guard fchmod(descriptor, mode_t(keeping.permissions)) == 0 else { throw writeFailure(errno) }
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw writeFailure(errno) }
    }

    private func moveIntoPlace(_ temporary: String) throws(OutputFailure) {
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw writeFailure(code)
        }
    }

    private func writeFailure(_ code: Int32) -> OutputFailure {
        if code == EACCES || code == EPERM || code == EROFS { return OutputTarget.failure(code, path: shownPath, target: target) }
        return OutputFailure(.outputFailed, path: shownPath,
                             Bilingual(zh: "写入 \(OutputTarget.shown(shownPath, target)) 失败：\(SystemErrorText.text(code).zh)",
                                       en: "writing \(OutputTarget.shown(shownPath, target)) failed: \(SystemErrorText.text(code).en)"),
                             hint: keeping == nil ? Bilingual(zh: "什么也没写入；请腾出空间或检查磁盘后重试", en: "nothing was written; free some space or check the disk, then try again")
                                 : Bilingual(zh: "文件保持原样；请腾出空间或检查磁盘后重试", en: "the file was left as it was; free some space or check the disk, then try again"))
    }

    /// `.cycleplan-` and 8 hex digits: short, recognisable, hidden.
    static func temporaryName(in folder: String) -> String {
        let suffix = String(UInt32.random(in: .min ... .max), radix: 16)
        return folder + "/.cycleplan-" + String(repeating: "0", count: 8 - suffix.count) + suffix + ".tmp"
    }
}
