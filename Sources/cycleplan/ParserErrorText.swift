import Foundation
import PlanModel

/// swift-argument-parser's own usage errors (an unknown option, a missing value) in 中文.
/// The library words them in English and keeps its error types internal, so its one-line
/// message is read back by the patterns below — one table, each pattern a message the
/// library writes (ErrorMessageGenerator) — and said again in Chinese with the same option
/// and value. A message no pattern knows (a new library version) is said as a usage error
/// with the library's words quoted: a change shows, it is never dropped (docs/design.md).
enum ParserErrorText {
    private static let table: [(pattern: String, zh: @Sendable ([String]) -> String)] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, { "未知的选项 '\($0[0])'；是否想写 '\($0[1])'？" }),
        (#"^Unknown option '(.+)'$"#, { "未知的选项 '\($0[0])'" }),
        (#"^Missing value for '(.+)'$"#, { "选项 '\($0[0])' 缺少取值" }),
        (#"^Missing expected argument '(.+)'$"#, { "缺少参数 '\($0[0])'" }),
        (#"^Missing one of: (.+)$"#, { "缺少以下之一：\($0[0])" }),
        (#"^Unexpected argument '(.*)'$"#, { "多余的参数 '\($0[0])'" }),
        (#"^(\d+) unexpected arguments: (.+)$"#, { "\($0[0]) 个多余的参数：\($0[1])" }),
        (#"^The value '(.*)' is invalid for '(.+)'\. Please provide one of the following:$"#, { "'\($0[0])' 不是 '\($0[1])' 的有效取值；可选的值见 --help" }),
        (#"^The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#, { "'\($0[0])' 不是 '\($0[1])' 的有效取值；可选：\(list($0[2]))" }),
        (#"^The value '(.*)' is invalid for '(.+)'(?:: .*)?$"#, { "'\($0[0])' 不是 '\($0[1])' 的有效取值" }),
        (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#, { "选项 '\($0[0])' 不带取值，却给了 '\($0[1])'" }),
        (#"^Invalid option: (.+)$"#, { "无效的选项：\($0[0])" }),
        (#"^Missing required subcommand\.$"#, { _ in "缺少子命令" }),
    ]

    /// `'a', 'b' and 'c'` (or `or`) as a Chinese list: `'a'、'b'、'c'`.
    private static func list(_ english: String) -> String {
        english.replacingOccurrences(of: ", ", with: "、").replacingOccurrences(of: " and ", with: "、").replacingOccurrences(of: " or ", with: "、")
    }

    /// The library's message (`Error: …` removed) in Chinese.
    static func chinese(_ message: String) -> String {
        let line = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        for (pattern, zh) in table {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { continue }
            let groups = (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: line).map { String(line[$0]) } ?? ""
            }
            return zh(groups)
        }
        return "命令行参数有误（参数解析库的原文：\(line)）"
    }

    /// `cycleplan: 用法错误：…`, the command's synopsis as the library gives it, and where to
    /// read its options: what a 中文 run prints for the library's usage error `full`
    /// (`Error: …`, `Usage: …`, `See '… --help' …`).
    static func rendered(_ full: String, command: String) -> String {
        var lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines.isEmpty ? "" : lines.removeFirst()
        var text = "cycleplan: 用法错误：\(chinese(first))\n"
        if let usage = lines.firstIndex(where: { $0.hasPrefix("Usage: ") }) {
            // The synopsis is the command's own syntax, the same in any language.
            text += "用法：" + lines[usage].dropFirst("Usage: ".count) + "\n"
            for line in lines[(usage + 1)...] where line.hasPrefix("       ") && !line.contains("See '") { text += line + "\n" }
        }
        return text + helpHint(command: command)
    }

    /// Where a 中文 run points for the options: `cycleplan help review` (the help is English).
    static func helpHint(command: String) -> String {
        let sub = command.split(separator: " ").dropFirst().joined(separator: " ")
        return "运行 'cycleplan help\(sub.isEmpty ? "" : " " + sub)' 查看全部选项（说明为英文）\n"
    }

    /// The run's language for a usage error: the arguments may not have been parsed as far as
    /// `--lang`, so it is looked for among them (`--lang zh`, `--lang=en`).
    static func language(arguments: [String] = CommandLine.arguments) -> Language {
        var flag = RunLanguage.flag
        if flag == nil {
            for (index, argument) in arguments.enumerated() {
                if argument == "--lang", index + 1 < arguments.count { flag = Language(rawValue: arguments[index + 1]) }
                if argument.hasPrefix("--lang=") { flag = Language(rawValue: String(argument.dropFirst(7))) }
            }
        }
        return runLanguage(flag: flag)
    }

    /// The command a usage error is about (`cycleplan review`), from the library's
    /// `See 'cycleplan review --help'` line; the root command when it gives none.
    static func command(in full: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: #"See '(.+) --help'"#),
              let match = regex.firstMatch(in: full, range: NSRange(full.startIndex..., in: full)),
              let range = Range(match.range(at: 1), in: full) else { return "cycleplan" }
        return String(full[range])
    }
}
