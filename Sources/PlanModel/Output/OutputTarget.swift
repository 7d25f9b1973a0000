#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path leads, decided before a byte is written.
///
/// Symbolic links are followed to their final target, one link at a time (chains and relative
/// links resolve as the kernel would), so the link survives and its target is replaced.
/// Devices and FIFOs are written through as streams, never replaced by a regular file. An
/// existing file is replaced only when it is ours to write: owned by the effective user, with
/// its owner-write bit set, and writable by `access(2)` — root passes `access` for any file,
/// so the owner and the mode are checked explicitly. `-o` is not `rm -f`.
public enum OutputTarget: Equatable, Sendable {
    /// Standard output (`/dev/stdout`): written to descriptor 1 as it is, whatever it is.
    case standardOutput
    /// A character device (a terminal, `/dev/null`) or a FIFO: written through in place.
    case stream(path: String)
    /// A regular file to create; its folder exists and is writable.
    case newFile(path: String)
    /// An existing regular file to replace atomically, keeping its permission bits and group.
    case existingFile(path: String, permissions: UInt32, group: UInt32)

    /// More links than this in a chain is a loop (Linux stops at 40 too).
    static let maximumLinks = 40

    /// Follows `path` to what it names and checks that it may be written.
    ///
    /// - Throws: `OutputFailure` with `invalid_path`, `output_is_folder`,
    ///   `output_folder_missing`, `output_not_writable`, `output_dangling_link`,
    ///   `output_special_file` or `output_failed`.
    public static func resolve(_ path: String) throws(OutputFailure) -> OutputTarget {
        guard !path.isEmpty, !path.utf8.contains(0) else {
            throw OutputFailure(.invalidPath, path: path, path.isEmpty ? "the output path is empty" : "the output path contains a NUL byte",
                                hint: "name the file to write, e.g. -o plan.svg")
        }
        if path == "/dev/stdout" { return .standardOutput }
        // The kernel's own view first: it follows magic links (/dev/fd/N, /proc/self/fd/N to a
        // pipe) that have no path to follow by hand.
        var followed = stat()
        if stat(path, &followed) == 0, isStream(followed.st_mode) { return .stream(path: path) }
        if path.hasSuffix("/") {
            throw OutputFailure(.outputIsFolder, path: path, "'\(path)' names a folder, not a file",
                                hint: "add a file name, e.g. \(path)plan.svg")
        }
        var current = path
        var links = 0
        while true {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                let code = errno
                if code == ENOENT && links == 0 {
                    try checkFolder(of: current, for: path)
                    return .newFile(path: current)
                }
                if code == ENOENT {
                    throw OutputFailure(.outputDanglingLink, path: path,
                                        "'\(path)' is a symbolic link to '\(current)', which does not exist",
                                        hint: "create the target first, remove the link, or write to another path; "
                                            + "cycleplan does not create files through links")
                }
                throw failure(code, path: path, target: current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                try checkLinkMayBeFollowed(current, owner: info.st_uid, for: path)
                links += 1
                guard links <= maximumLinks, let target = readLink(current) else {
                    throw failure(links > maximumLinks ? ELOOP : errno, path: path, target: current)
                }
                let base = FileAccess.directory(of: current)
                current = target.hasPrefix("/") || base == "." ? target : base + "/" + target
            case S_IFREG:
                try checkReplaceable(current, info, for: path)
                return .existingFile(path: current, permissions: UInt32(info.st_mode & 0o777), group: UInt32(info.st_gid))
            case S_IFDIR:
                throw OutputFailure(.outputIsFolder, path: path, "\(shown(path, current)) is a folder, not a file",
                                    hint: "add a file name, e.g. \(path)/plan.svg")
            case S_IFCHR, S_IFIFO:
                return .stream(path: current)
            default:
                let kind = info.st_mode & S_IFMT == S_IFBLK ? "a block device (a disk)" : "a socket"
                throw OutputFailure(.outputSpecialFile, path: path, "\(shown(path, current)) is \(kind); it is never written",
                                    hint: "write to a regular file, a character device or a FIFO")
            }
        }
    }

    static func isStream(_ mode: mode_t) -> Bool {
        mode & S_IFMT == S_IFCHR || mode & S_IFMT == S_IFIFO
    }

    /// Linux's `fs.protected_symlinks` rule, which following links by hand would bypass: in a
    /// sticky world-writable folder (`/tmp`), a link is followed only if it is ours or the
    /// folder owner's — else anyone could point `/tmp/chart.svg` at a file of ours (or root's).
    static func checkLinkMayBeFollowed(_ link: String, owner: uid_t, for path: String) throws(OutputFailure) {
        var folder = stat()
        guard stat(FileAccess.directory(of: link), &folder) == 0 else { return }
        let shared = folder.st_mode & S_ISVTX != 0 && folder.st_mode & S_IWOTH != 0
        guard shared, owner != geteuid(), owner != folder.st_uid else { return }
        throw OutputFailure(.outputNotWritable, path: path,
                            "'\(link)' is a symbolic link of another user (\(userName(owner))) in a shared folder; it is not followed",
                            hint: "write to a path of your own; links in folders like /tmp are followed only when they are yours")
    }

    /// A new file needs an existing folder we may create files in.
    static func checkFolder(of file: String, for path: String) throws(OutputFailure) {
        let folder = FileAccess.directory(of: file)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw OutputFailure(.outputFolderMissing, path: path, "the folder '\(folder)' does not exist",
                                    hint: "create it first (mkdir -p '\(folder)'), or write to an existing folder")
            }
            throw failure(code, path: path, target: file)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputFailure(.outputFolderMissing, path: path, "'\(folder)' is not a folder",
                                hint: "write to a path inside an existing folder")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            let code = errno
            throw OutputFailure(.outputNotWritable, path: path,
                                "cannot create files in the folder '\(folder)': \(SystemErrorText.reason(code))",
                                hint: "write to a folder you may write to")
        }
    }

    /// An existing file is replaced only when it is ours to write.
    static func checkReplaceable(_ file: String, _ info: stat, for path: String) throws(OutputFailure) {
        let name = shown(path, file)
        guard info.st_uid == geteuid() else {
            throw OutputFailure(.outputNotWritable, path: path, "\(name) belongs to another user (\(userName(info.st_uid)))",
                                hint: "-o replaces only your own files: write to another path, or ask its owner")
        }
        guard info.st_mode & S_IWUSR != 0 else {
            throw OutputFailure(.outputNotWritable, path: path,
                                "\(name) is read-only (mode 0\(String(info.st_mode & 0o777, radix: 8)))",
                                hint: "make it writable (chmod u+w) if you mean to replace it, or write to another path")
        }
        guard access(file, W_OK) == 0 else {
            let code = errno
            throw OutputFailure(.outputNotWritable, path: path, "\(name) cannot be written: \(SystemErrorText.reason(code))",
                                hint: "write to another path")
        }
        try checkFolder(of: file, for: path)
    }

    static func failure(_ code: Int32, path: String, target: String) -> OutputFailure {
        switch code {
        case ENOTDIR:
            return OutputFailure(.outputFolderMissing, path: path, "\(shown(path, target)): a part of the path is not a folder",
                                 hint: "write to a path inside an existing folder")
        case ELOOP:
            return OutputFailure(.outputDanglingLink, path: path, "'\(path)' leads through more than \(maximumLinks) symbolic links (a loop?)",
                                 hint: "point the link at a file, or write to another path")
        case ENAMETOOLONG:
            return OutputFailure(.invalidPath, path: path, "\(shown(path, target)): the name is too long",
                                 hint: "file names are at most 255 bytes and paths at most 4096")
        case EACCES, EPERM, EROFS:
            return OutputFailure(.outputNotWritable, path: path, "\(shown(path, target)) cannot be written: \(SystemErrorText.reason(code))",
                                 hint: "write to a folder you may write to")
        default:
            return OutputFailure(.outputFailed, path: path, "cannot write \(shown(path, target)): \(SystemErrorText.reason(code))",
                                 hint: "check the path and the disk, then try again")
        }
    }

    /// `'out.svg'`, or `'out.svg' (a link to 'real/out.svg')` when links were followed.
    static func shown(_ path: String, _ target: String) -> String {
        target == path ? "'\(path)'" : "'\(path)' (a link to '\(target)')"
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func userName(_ uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return "uid \(uid)"
        }
        return "\(String(cString: name)), uid \(uid)"
    }
}
