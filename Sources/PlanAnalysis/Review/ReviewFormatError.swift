import PlanModel

/// A report form `review` cannot tell: `--format` names none, or the `-o` file's extension.
public enum ReviewFormatError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String)
    case unknownExtension(String)

    /// The one table of this error's texts.
    public var text: Bilingual {
        switch self {
        case .unknownFormat(let format):
            return Bilingual(zh: "未知的报告格式 '\(format)'；请用 text、json、markdown 或 html",
                             en: "unknown report format '\(format)'; use text, json, markdown or html")
        case .unknownExtension(let path):
            return Bilingual(zh: "无法从 '\(path)' 看出报告格式；请以 .json、.md、.html 或 .txt 结尾，或给出 --format",
                             en: "cannot tell the report format from '\(path)'; end it in .json, .md, .html or .txt, or give --format")
        }
    }

    public var description: String { text.en }
}
