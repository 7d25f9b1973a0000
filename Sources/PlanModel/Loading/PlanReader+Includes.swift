import PlanYAML

extension PlanReader {
    /// `include: path` or `include: [paths]`: shared roles, metrics and calendars.
    func readIncludes(_ node: YAMLNode) {
        guard let items = context.list(node, Bilingual(zh: "include（包含文件）", en: "include")) else { return }
        for item in items {
            guard let scalar = context.scalar(item, Bilingual(zh: "包含文件路径", en: "include path")) else { continue }
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
        guard let mapping = context.mapping(root, Bilingual(zh: "被包含的文件", en: "an included file")) else { return }
        let entries = context.keyedEntries(mapping)
        if let includes = mapping["include"] { readIncludes(includes) }
        for (key, value) in entries {
            switch key.value {
            case "include": break
            case "cycleplan": _ = readVersion(value)
            case "description": _ = context.string(value, Bilingual(zh: "说明", en: "description"))
            case "calendar": readCalendarField(value)
            case "roles": readRoles(value)
            case "metrics": readMetrics(value)
            default:
                context.unknownKey(key, in: Bilingual(zh: "被包含的文件", en: "an included file"), allowed: Self.includeFileKeys)
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
            context.error(.includeNotFound, Bilingual(zh: "包含文件路径是空的", en: "the include path is empty"), at: scalar.mark,
                          hint: Bilingual(zh: "写相对本文件的文件路径，例如 shared/roles.yaml", en: "name a file relative to this one, e.g. shared/roles.yaml"))
            return nil
        }
        guard !scalar.value.hasSuffix("/") else {
            context.error(.includeNotFound, Bilingual(zh: "包含文件 '\(scalar.value)' 指向的是文件夹", en: "included file '\(scalar.value)' names a folder"), at: scalar.mark,
                          hint: Bilingual(zh: "写一个文件，例如 shared/roles.yaml", en: "name a file, e.g. shared/roles.yaml"))
            return nil
        }
        // A NUL ends the path for the system ("shared/roles.yaml\0evil" would open
        // shared/roles.yaml): a path with one names no file.
        guard !scalar.value.utf8.contains(0) else {
            let shown = scalar.value.split(separator: "\0", omittingEmptySubsequences: false).joined(separator: "\\0")
            context.error(.invalidPath, Bilingual(zh: "路径 '\(shown)' 含有 NUL 字节（\\0）", en: "the path '\(shown)' contains a NUL byte (\\0)"), at: scalar.mark,
                          hint: Bilingual(zh: "去掉 \\0 转义；文件名不能含有它", en: "remove the \\0 escape; a file name cannot contain it"))
            return nil
        }
        let currentCanonical = includeStack.last?.canonical ?? context.file
        let shown = FileAccess.join(FileAccess.directory(of: currentShown), scalar.value)
        let physical = scalar.value.hasPrefix("/")
            ? scalar.value : FileAccess.directory(of: currentCanonical) + "/" + scalar.value
        guard let canonical = FileAccess.canonical(physical) else {
            context.error(.includeNotFound, Bilingual(zh: "包含文件 '\(scalar.value)' 不存在（查找的是 \(shown)）", en: "included file '\(scalar.value)' does not exist (looked for \(shown))"),
                          at: scalar.mark, hint: Bilingual(zh: "路径相对于包含它的那个文件", en: "paths are relative to the file that includes them"))
            return nil
        }
        guard let root = rootDirectory, canonical.hasPrefix(root == "/" ? "/" : root + "/") else {
            context.error(.includeOutsideRoot, Bilingual(zh: "包含文件 '\(scalar.value)' 在计划所在文件夹之外", en: "included file '\(scalar.value)' is outside the plan's folder"),
                          at: scalar.mark,
                          hint: Bilingual(zh: "把共用文件放在计划文件夹内或其子文件夹中，这样整个计划文件夹可以完整拷走", en: "keep shared files in the plan's folder or below it, so a plan folder travels whole"))
            return nil
        }
        if let index = includeStack.firstIndex(where: { $0.canonical == canonical }) {
            let chain = includeStack[index...].map(\.shown) + [shown]
            context.error(.includeCycle, Bilingual(zh: "循环包含：\(chain.joined(separator: " → "))", en: "include cycle: \(chain.joined(separator: " → "))"), at: scalar.mark,
                          hint: Bilingual(zh: "文件不能直接或经由其他文件包含自己", en: "a file cannot include itself, directly or through other files"))
            return nil
        }
        guard loadedFiles.insert(canonical).inserted else { return nil }
        switch FileAccess.read(canonical) {
        case .success(let bytes):
            includeStack.append((canonical, shown))
            return (bytes, shown)
        case .failure(let failure):
            let reason = failure == .notFound ? Bilingual(zh: "它不存在", en: "it does not exist") : failure.text
            context.error(.includeNotFound, Bilingual(zh: "无法读取包含文件 '\(scalar.value)'：\(reason.zh)",
                                                      en: "included file '\(scalar.value)' cannot be read: \(reason.en)"), at: scalar.mark)
            return nil
        }
    }
}
