#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way cycleplan writes a file. A regular file is written completely or not at all:
/// the bytes go to a temporary file in the same folder, which then takes the destination's
/// place in one rename, so a reader never sees half a file and a failure leaves the old one.
/// What the path is decides the rest (`OutputTarget`): a symbolic link is followed and its
/// target replaced (the link stays); a device or FIFO is written through as a stream; a file
/// that is not ours to replace, a folder, a dangling link, a disk or a socket is refused.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputFailure) {
        switch try OutputTarget.resolve(path) {
        case .standardOutput:
            try StreamOutput.write(bytes, to: STDOUT_FILENO, path: path)
        case .stream(let target):
            try StreamOutput.write(bytes, toDevice: target, path: path)
        case .newFile(let target):
            try ReplacementFile(target: target, shownPath: path, keeping: nil).publish(bytes)
        case let .existingFile(target, permissions, group):
            try ReplacementFile(target: target, shownPath: path, keeping: (permissions, group)).publish(bytes)
        }
    }

    public static func write(_ text: String, to path: String) throws(OutputFailure) {
        try write(Array(text.utf8), to: path)
    }
}
