/// The last line of `cycleplan validate`: the verdict and the counts, in the run's language.
public struct ValidationVerdict: Sendable {
    public var files: Int
    public var errors: Int
    public var warnings: Int

    public init(files: Int, errors: Int, warnings: Int) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
    }

    /// "ok: 1 file checked, 0 errors, 0 warnings" / "通过：检查了 1 个文件，0 个错误，0 个警告".
    public func line(_ language: Language) -> String {
        let count = EnglishPlural.counted
        switch language {
        case .zh:
            return "\(errors == 0 ? "通过" : "未通过")：检查了 \(files) 个文件，\(errors) 个错误，\(warnings) 个警告\n"
        case .en:
            return "\(errors == 0 ? "ok" : "failed"): \(count(files, "file")) checked, \(count(errors, "error")), \(count(warnings, "warning"))\n"
        }
    }
}
