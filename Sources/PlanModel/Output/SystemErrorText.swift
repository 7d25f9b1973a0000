#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Our own words for the `errno` values file access meets, so no message carries a raw
/// system or Foundation error text.
enum SystemErrorText {
    static func reason(_ code: Int32) -> String { text(code).en }

    /// The reason in both languages.
    static func text(_ code: Int32) -> Bilingual {
        Bilingual(zh: chinese(code), en: english(code))
    }

    private static func chinese(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有权限"
        case ENOENT: return "它不存在"
        case ENOTDIR: return "路径中有一部分不是文件夹"
        case EISDIR: return "它是文件夹"
        case ENOSPC: return "磁盘已满"
        case EDQUOT: return "磁盘配额已用完"
        case EROFS: return "文件系统是只读的"
        case ENAMETOOLONG: return "名称太长"
        case ELOOP: return "符号链接太多"
        case EIO: return "设备读写出错"
        case EFBIG: return "文件超出了文件系统允许的大小"
        case EPIPE: return "读取方已关闭数据流"
        case EXDEV: return "文件在另一个文件系统上"
        case EBUSY, ETXTBSY: return "文件正被占用"
        case EMFILE, ENFILE: return "打开的文件太多"
        case ENXIO: return "另一端没有设备或读取方"
        default: return "系统错误 \(code)（\(english(code))）"
        }
    }

    private static func english(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "it does not exist"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EROFS: return "the file system is read-only"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "too many symbolic links"
        case EIO: return "an input/output error on the device"
        case EFBIG: return "the file is too large for the file system"
        case EPIPE: return "the reader closed the stream"
        case EXDEV: return "the file is on another file system"
        case EBUSY, ETXTBSY: return "the file is busy"
        case EMFILE, ENFILE: return "too many open files"
        case ENXIO: return "no device or reader on the other end"
        default:
            guard let text = strerror(code) else { return "system error \(code)" }
            return String(cString: text).lowercased()
        }
    }
}
