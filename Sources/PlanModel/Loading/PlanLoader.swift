import PlanYAML

/// Loads a plan file, the files it includes, and validates the result.
///
/// ```swift
/// let result = PlanLoader().load(file: "plans/campaign.yaml")
/// if result.hasErrors { print(DiagnosticRenderer(sources: result.sources, language: .zh).render(result.diagnostics)) }
/// ```
public struct PlanLoader: Sendable {
    public var limits: YAMLLimits
    /// Read the top-level phases on two threads from this many on; by default, for files of
    /// a megabyte and more (`PlanReader.readInTwo`). Tests set it to compare both ways.
    var parallelPhasesFrom: Int?

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// - Complexity: O(n) in the size of the plan and its includes, plus O(V + E) for the
    ///   graph checks.
    public func load(file path: String) -> PlanLoadResult {
        let context = LoadContext(file: path)
        switch FileAccess.read(path) {
        case .success(let bytes):
            return load(bytes: bytes, path: path, context: context)
        case .failure(let failure):
            let diagnostic = Diagnostic(.error, failure == .invalidPath ? .invalidPath : .fileUnreadable,
                                        Bilingual(zh: "无法读取 '\(path)'：\(failure.text.zh)", en: "cannot read '\(path)': \(failure.text.en)"),
                                        at: SourceLocation(file: path, line: 1, column: 1))
            return PlanLoadResult(plan: nil, diagnostics: [diagnostic], sources: [:])
        }
    }

    /// Loads a plan from bytes already in memory; `path` names it in diagnostics and anchors
    /// relative includes.
    public func load(bytes: [UInt8], path: String) -> PlanLoadResult {
        load(bytes: bytes, path: path, context: LoadContext(file: path))
    }

    private func load(bytes: [UInt8], path: String, context: LoadContext) -> PlanLoadResult {
        let reader = PlanReader(context: context, limits: limits, rootPath: path)
        // A file of a megabyte holds thousands of tasks: reading them on two cores pays for the thread.
        reader.parallelPhasesFrom = parallelPhasesFrom ?? (bytes.count >= 1 << 20 ? 2 : .max)
        // `plan` is held once, so the validator's in-place updates do not copy the task array.
        guard var plan = reader.readPlan(bytes: bytes) else {
            return PlanLoadResult(plan: nil, diagnostics: context.diagnostics, sources: context.sources, language: context.language)
        }
        PlanValidator(context: context).validate(&plan)
        return PlanLoadResult(plan: plan, diagnostics: context.diagnostics, sources: context.sources, language: context.language)
    }
}
