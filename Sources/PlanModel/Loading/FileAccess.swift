import Foundation

/// The file system as the loader needs it: read bytes, resolve a path to its canonical form
/// (symlinks followed) so includes can be checked against the plan's folder tree.
enum FileAccess {
    /// Plan files are text a person writes: far below this. The cap keeps a wrong path (a
    /// database dump, a video) from taking the memory of a whole machine.
    static let maximumBytes = 256 << 20

    static func read(_ path: String) -> Result<[UInt8], InputFile.Failure> {
        InputFile.read(path, maximumBytes: maximumBytes)
    }

    /// The absolute path with `.`/`..` removed and symlinks resolved, or `nil` if it does not exist.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Joins and removes `.` and `a/..` lexically, for paths shown to people.
    static func join(_ base: String, _ relative: String) -> String {
        let combined = relative.hasPrefix("/") ? relative : (base == "." ? relative : base + "/" + relative)
        var parts: [Substring] = []
        for part in combined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return combined.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
