#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Our own words for the `errno` values file access meets, so no message carries a raw
/// system or Foundation error text.
enum SystemErrorText {
    static func reason(_ code: Int32) -> String {
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
