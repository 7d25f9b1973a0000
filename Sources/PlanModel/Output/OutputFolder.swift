#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folders an output needs (`init`'s `-C DIR` and the template's `shared/`), checked before
/// anything is written and created only after every check passed.
public enum OutputFolder {
    /// The folders of `folder` that do not exist yet, outermost first, after checking that
    /// every part that does exist is a folder (links to folders count) and that the first
    /// missing one can be created.
    ///
    /// - Throws: `output_not_a_folder` when a file is in the way, `output_dangling_link`,
    ///   `output_not_writable`, `invalid_path`.
    public static func missing(_ folder: String) throws(OutputFailure) -> [String] {
        guard !folder.utf8.contains(0) else {
            throw OutputFailure(.invalidPath, path: folder, Bilingual(zh: "文件夹路径中含有 NUL 字节", en: "the folder path contains a NUL byte"), hint: Bilingual(zh: "去掉它再写文件夹名", en: "name the folder without it"))
        }
        var prefixes: [String] = []
        var built = folder.hasPrefix("/") ? "" : nil as String?
        for part in folder.split(separator: "/") {
            built = built.map { $0 + "/" + part } ?? String(part)
            if let built { prefixes.append(built) }
        }
        var missing: [String] = []
        for prefix in prefixes {
            if !missing.isEmpty {
                missing.append(prefix)
                continue
            }
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw OutputFailure(.outputNotAFolder, path: prefix, Bilingual(zh: "'\(prefix)' 是文件，但这里需要同名的文件夹", en: "'\(prefix)' is a file, but a folder of that name is needed"),
                                        hint: Bilingual(zh: "移走或重命名文件 '\(prefix)'，或写到别的文件夹（-C）", en: "move or rename the file '\(prefix)', or write into another folder (-C)"))
                }
                continue
            }
            let code = errno
            guard code == ENOENT else { throw OutputTarget.failure(code, path: prefix, target: prefix) }
            if lstat(prefix, &info) == 0 {
                throw OutputFailure(.outputDanglingLink, path: prefix, Bilingual(zh: "'\(prefix)' 是指向不存在文件夹的符号链接", en: "'\(prefix)' is a symbolic link to a folder that does not exist"),
                                    hint: Bilingual(zh: "创建它指向的文件夹，或删掉这个链接", en: "create the folder it points to, or remove the link"))
            }
            let parent = FileAccess.directory(of: prefix)
            guard access(parent, W_OK | X_OK) == 0 else {
                throw OutputFailure(.outputNotWritable, path: prefix,
                                    Bilingual(zh: "无法创建文件夹 '\(prefix)'：\(SystemErrorText.text(errno).zh)", en: "cannot create the folder '\(prefix)': \(SystemErrorText.text(errno).en)"),
                                    hint: Bilingual(zh: "写到你有写权限的文件夹", en: "write into a folder you may write to"))
            }
            missing.append(prefix)
        }
        return missing
    }

    /// Creates the folders `missing` returned, outermost first.
    public static func create(_ folders: [String]) throws(OutputFailure) {
        for folder in folders where mkdir(folder, 0o777) != 0 {
            let code = errno
            var info = stat()
            if code == EEXIST, stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            throw OutputFailure(.outputFailed, path: folder, Bilingual(zh: "无法创建文件夹 '\(folder)'：\(SystemErrorText.text(code).zh)", en: "cannot create the folder '\(folder)': \(SystemErrorText.text(code).en)"),
                                hint: Bilingual(zh: "检查路径和磁盘，然后重试", en: "check the path and the disk, then try again"))
        }
    }
}
