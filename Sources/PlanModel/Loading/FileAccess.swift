import Foundation

/// The file system as the loader needs it: read bytes, resolve a path to its canonical form
/// (symlinks followed) so includes can be checked against the plan's folder tree.
enum FileAccess {
    enum Failure: Error {
        case notFound
        case unreadable(String)
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.notFound) }
        guard !isDirectory.boolValue else { return .failure(.unreadable("it is a folder")) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable("permission denied")) }
        return .success([UInt8](data))
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
