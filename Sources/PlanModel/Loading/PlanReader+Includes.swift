import PlanYAML

extension PlanReader {
    /// `include: path` or `include: [paths]`: shared roles, metrics and calendars.
    func readIncludes(_ node: YAMLNode) {
        guard let items = context.list(node, "include") else { return }
        for item in items {
            guard let scalar = context.scalar(item, "include path") else { continue }
            guard let (bytes, shown) = openIncluded(scalar) else { continue }
            guard let root = parseYAML(bytes, path: shown) else {
                includeStack.removeLast()
                continue
            }
            context.reading(shown) {
                readIncludeFile(root)
            }
            includeStack.removeLast()
        }
    }

    private func readIncludeFile(_ root: YAMLNode) {
        guard let mapping = context.mapping(root, "an included file") else { return }
        let entries = context.keyedEntries(mapping)
        if let includes = mapping["include"] { readIncludes(includes) }
        for (key, value) in entries {
            switch key.value {
            case "include": break
            case "cycleplan": _ = readVersion(value)
            case "description": _ = context.string(value, "description")
            case "calendar": readCalendarField(value)
            case "roles": readRoles(value)
            case "metrics": readMetrics(value)
            default:
                context.unknownKey(key, in: "an included file", allowed: Self.includeFileKeys)
            }
        }
    }

    /// Resolves an include path against the including file, checks it stays inside the plan's
    /// folder tree and does not close a cycle, and reads it. On success the file is pushed on
    /// `includeStack`; the caller pops it when done.
    ///
    /// - Returns: the bytes and the path to show, or `nil` (after a diagnostic, or silently
    ///   for a file already read).
    func openIncluded(_ scalar: YAMLScalar) -> ([UInt8], String)? {
        let currentShown = includeStack.last?.shown ?? context.file
        guard !scalar.value.trimmingSpaces().isEmpty else {
            context.error(.includeNotFound, "the include path is empty", at: scalar.mark,
                          hint: "name a file relative to this one, e.g. shared/roles.yaml")
            return nil
        }
        guard !scalar.value.hasSuffix("/") else {
            context.error(.includeNotFound, "included file '\(scalar.value)' names a folder", at: scalar.mark,
                          hint: "name a file, e.g. shared/roles.yaml")
            return nil
        }
        // A NUL ends the path for the system ("shared/roles.yaml\0evil" would open
        // shared/roles.yaml): a path with one names no file.
        guard !scalar.value.utf8.contains(0) else {
            let shown = scalar.value.split(separator: "\0", omittingEmptySubsequences: false).joined(separator: "\\0")
            context.error(.invalidPath, "the path '\(shown)' contains a NUL byte (\\0)", at: scalar.mark,
                          hint: "remove the \\0 escape; a file name cannot contain it")
            return nil
        }
        let currentCanonical = includeStack.last?.canonical ?? context.file
        let shown = FileAccess.join(FileAccess.directory(of: currentShown), scalar.value)
        let physical = scalar.value.hasPrefix("/")
            ? scalar.value : FileAccess.directory(of: currentCanonical) + "/" + scalar.value
        guard let canonical = FileAccess.canonical(physical) else {
            context.error(.includeNotFound, "included file '\(scalar.value)' does not exist (looked for \(shown))",
                          at: scalar.mark, hint: "paths are relative to the file that includes them")
            return nil
        }
        guard let root = rootDirectory, canonical.hasPrefix(root == "/" ? "/" : root + "/") else {
            context.error(.includeOutsideRoot, "included file '\(scalar.value)' is outside the plan's folder",
                          at: scalar.mark,
                          hint: "keep shared files in the plan's folder or below it, so a plan folder travels whole")
            return nil
        }
        if let index = includeStack.firstIndex(where: { $0.canonical == canonical }) {
            let chain = includeStack[index...].map(\.shown) + [shown]
            context.error(.includeCycle, "include cycle: \(chain.joined(separator: " → "))", at: scalar.mark,
                          hint: "a file cannot include itself, directly or through other files")
            return nil
        }
        guard loadedFiles.insert(canonical).inserted else { return nil }
        switch FileAccess.read(canonical) {
        case .success(let bytes):
            includeStack.append((canonical, shown))
            return (bytes, shown)
        case .failure(let failure):
            let reason = failure == .notFound ? "it does not exist" : failure.reason
            context.error(.includeNotFound, "included file '\(scalar.value)' cannot be read: \(reason)", at: scalar.mark)
            return nil
        }
    }
}
