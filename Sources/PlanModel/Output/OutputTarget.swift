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
            throw OutputFailure(.invalidPath, path: path, path.isEmpty ? Bilingual(zh: "输出路径是空的", en: "the output path is empty")
                                                    : Bilingual(zh: "输出路径中含有 NUL 字节", en: "the output path contains a NUL byte"),
                                hint: Bilingual(zh: "写出要输出的文件名，例如 -o plan.svg", en: "name the file to write, e.g. -o plan.svg"))
        }
        if path == "/dev/stdout" { return .standardOutput }
        // The kernel's own view first: it follows magic links (/dev/fd/N, /proc/self/fd/N to a
        // pipe) that have no path to follow by hand.
        var followed = stat()
        if stat(path, &followed) == 0, isStream(followed.st_mode) { return .stream(path: path) }
        if path.hasSuffix("/") {
            throw OutputFailure(.outputIsFolder, path: path, Bilingual(zh: "'\(path)' 是文件夹，不是文件", en: "'\(path)' names a folder, not a file"),
                                hint: Bilingual(zh: "加上文件名，例如 \(path)plan.svg", en: "add a file name, e.g. \(path)plan.svg"))
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
                                        Bilingual(zh: "'\(path)' 是指向 '\(current)' 的符号链接，而目标不存在", en: "'\(path)' is a symbolic link to '\(current)', which does not exist"),
                                        hint: Bilingual(zh: "先创建链接目标、删掉链接，或写到别的路径；cycleplan 不会通过链接创建文件",
                                                        en: "create the target first, remove the link, or write to another path; "
                                                            + "cycleplan does not create files through links"))
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
                throw OutputFailure(.outputIsFolder, path: path, Bilingual(zh: "\(shown(path, current)) 是文件夹，不是文件", en: "\(shown(path, current)) is a folder, not a file"),
                                    hint: Bilingual(zh: "加上文件名，例如 \(path)/plan.svg", en: "add a file name, e.g. \(path)/plan.svg"))
            case S_IFCHR, S_IFIFO:
                return .stream(path: current)
            default:
                let kind = info.st_mode & S_IFMT == S_IFBLK ? "a block device (a disk)" : "a socket"
                throw OutputFailure(.outputSpecialFile, path: path, Bilingual(zh: "\(shown(path, current)) 是\(info.st_mode & S_IFMT == S_IFBLK ? "块设备（磁盘）" : "套接字")；不会写入它", en: "\(shown(path, current)) is \(kind); it is never written"),
                                    hint: Bilingual(zh: "写到普通文件、字符设备或 FIFO", en: "write to a regular file, a character device or a FIFO"))
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
                            Bilingual(zh: "'\(link)' 是共享文件夹中其他用户（\(userName(owner))）的符号链接；不会跟随它", en: "'\(link)' is a symbolic link of another user (\(userName(owner))) in a shared folder; it is not followed"),
                            hint: Bilingual(zh: "写到你自己的路径；/tmp 这类文件夹中的链接只有属于你时才会跟随", en: "write to a path of your own; links in folders like /tmp are followed only when they are yours"))
    }

    /// A new file needs an existing folder we may create files in.
    static func checkFolder(of file: String, for path: String) throws(OutputFailure) {
        let folder = FileAccess.directory(of: file)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw OutputFailure(.outputFolderMissing, path: path, Bilingual(zh: "文件夹 '\(folder)' 不存在", en: "the folder '\(folder)' does not exist"),
                                    hint: Bilingual(zh: "先创建它（mkdir -p '\(folder)'），或写到已有的文件夹", en: "create it first (mkdir -p '\(folder)'), or write to an existing folder"))
            }
            throw failure(code, path: path, target: file)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputFailure(.outputFolderMissing, path: path, Bilingual(zh: "'\(folder)' 不是文件夹", en: "'\(folder)' is not a folder"),
                                hint: Bilingual(zh: "写到已有文件夹中的路径", en: "write to a path inside an existing folder"))
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            let code = errno
            throw OutputFailure(.outputNotWritable, path: path,
                                Bilingual(zh: "无法在文件夹 '\(folder)' 中创建文件：\(SystemErrorText.text(code).zh)",
                                          en: "cannot create files in the folder '\(folder)': \(SystemErrorText.text(code).en)"),
                                hint: Bilingual(zh: "写到你有写权限的文件夹", en: "write to a folder you may write to"))
        }
    }

    /// An existing file is replaced only when it is ours to write.
    static func checkReplaceable(_ file: String, _ info: stat, for path: String) throws(OutputFailure) {
        let name = shown(path, file)
        guard info.st_uid == geteuid() else {
            throw OutputFailure(.outputNotWritable, path: path, Bilingual(zh: "\(name) 属于其他用户（\(userName(info.st_uid))）", en: "\(name) belongs to another user (\(userName(info.st_uid)))"),
                                hint: Bilingual(zh: "-o 只替换你自己的文件：写到别的路径，或请文件的主人处理", en: "-o replaces only your own files: write to another path, or ask its owner"))
        }
        guard info.st_mode & S_IWUSR != 0 else {
            throw OutputFailure(.outputNotWritable, path: path,
                                Bilingual(zh: "\(name) 是只读的（权限 0\(String(info.st_mode & 0o777, radix: 8))）", en: "\(name) is read-only (mode 0\(String(info.st_mode & 0o777, radix: 8)))"),
                                hint: Bilingual(zh: "如果确实要替换它，先设为可写（chmod u+w），或写到别的路径", en: "make it writable (chmod u+w) if you mean to replace it, or write to another path"))
        }
        guard access(file, W_OK) == 0 else {
            let code = errno
            throw OutputFailure(.outputNotWritable, path: path, Bilingual(zh: "\(name) 无法写入：\(SystemErrorText.text(code).zh)", en: "\(name) cannot be written: \(SystemErrorText.text(code).en)"),
                                hint: Bilingual(zh: "写到别的路径", en: "write to another path"))
        }
        try checkFolder(of: file, for: path)
    }

    static func failure(_ code: Int32, path: String, target: String) -> OutputFailure {
        switch code {
        case ENOTDIR:
            return OutputFailure(.outputFolderMissing, path: path, Bilingual(zh: "\(shown(path, target))：路径中有一部分不是文件夹", en: "\(shown(path, target)): a part of the path is not a folder"),
                                 hint: Bilingual(zh: "写到已有文件夹中的路径", en: "write to a path inside an existing folder"))
        case ELOOP:
            return OutputFailure(.outputDanglingLink, path: path, Bilingual(zh: "'\(path)' 经过了超过 \(maximumLinks) 个符号链接（循环了？）", en: "'\(path)' leads through more than \(maximumLinks) symbolic links (a loop?)"),
                                 hint: Bilingual(zh: "让链接指向一个文件，或写到别的路径", en: "point the link at a file, or write to another path"))
        case ENAMETOOLONG:
            return OutputFailure(.invalidPath, path: path, Bilingual(zh: "\(shown(path, target))：名称太长", en: "\(shown(path, target)): the name is too long"),
                                 hint: Bilingual(zh: "文件名最多 255 字节，路径最多 4096 字节", en: "file names are at most 255 bytes and paths at most 4096"))
        case EACCES, EPERM, EROFS:
            return OutputFailure(.outputNotWritable, path: path, Bilingual(zh: "\(shown(path, target)) 无法写入：\(SystemErrorText.text(code).zh)",
                                           en: "\(shown(path, target)) cannot be written: \(SystemErrorText.text(code).en)"),
                                 hint: Bilingual(zh: "写到你有写权限的文件夹", en: "write to a folder you may write to"))
        default:
            return OutputFailure(.outputFailed, path: path, Bilingual(zh: "无法写入 \(shown(path, target))：\(SystemErrorText.text(code).zh)",
                                           en: "cannot write \(shown(path, target)): \(SystemErrorText.text(code).en)"),
                                 hint: Bilingual(zh: "检查路径和磁盘，然后重试", en: "check the path and the disk, then try again"))
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
