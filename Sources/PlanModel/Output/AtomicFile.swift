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

    /// Several files published together (the pages of a printed chart): every destination is
    /// checked, then every file written to a temporary file beside it, and only when all are
    /// written are they renamed into place, so a refusal or a failed write (a full disk)
    /// leaves none of them new. Each must be a regular file (or a new one).
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(OutputFailure) {
        var replacements: [ReplacementFile] = []
        for file in files {
            switch try OutputTarget.resolve(file.path) {
            case .standardOutput, .stream:
                throw OutputFailure(.outputSpecialFile, path: file.path, Bilingual(zh: "'\(file.path)' 不是普通文件，而这次要输出多个文件", en: "'\(file.path)' is not a regular file, and this output is several files"),
                                    hint: Bilingual(zh: "写文件夹中的一个文件名（-o plan.svg 会写出 plan-1.svg、plan-2.svg……）", en: "name a file in a folder (-o plan.svg writes plan-1.svg, plan-2.svg, …)"))
            case .newFile(let target):
                replacements.append(ReplacementFile(target: target, shownPath: file.path, keeping: nil))
            case let .existingFile(target, permissions, group):
                replacements.append(ReplacementFile(target: target, shownPath: file.path, keeping: (permissions, group)))
            }
        }
        var staged: [String] = []
        do {
            for (replacement, file) in zip(replacements, files) { staged.append(try replacement.stage(file.bytes)) }
        } catch {
            for temporary in staged { unlink(temporary) }
            throw error
        }
        for (replacement, temporary) in zip(replacements, staged) { try replacement.commit(temporary) }
    }

    public static func write(_ text: String, to path: String) throws(OutputFailure) {
        try write(Array(text.utf8), to: path)
    }
}
