import Foundation

/// The check that an English report has no Chinese left in it: every run of CJK characters
/// (ideographs and full-width punctuation) must come from the plan or the files read — a
/// name, a title, a header — and so appear verbatim in them.
enum LanguageLeaks {
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// The maximal CJK runs of `text` that are not found in any of `sources`.
    static func foreign(in text: String, sources: [String]) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isCJK(scalar) { current.append(scalar); continue }
            if !current.isEmpty { runs.append(String(current)); current = .init() }
        }
        if !current.isEmpty { runs.append(String(current)) }
        return Array(Set(runs.filter { run in !sources.contains { $0.contains(run) } })).sorted()
    }

    /// The files' texts (GB18030 ones read as such), to look names up in.
    static func texts(_ paths: [String]) -> [String] {
        paths.compactMap { path -> String? in
            let url = CLIRunner.packageRoot.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else { return nil }
            // A plan's comments are no names: words there must not excuse a leak.
            if let text = String(data: data, encoding: .utf8) { return path.hasSuffix(".yaml") ? withoutComments(text) : text }
            return gb18030(url)
        } + paths
    }

    /// A GB18030 file's text, through iconv (Foundation on Linux has no GB18030 decoder).
    static func gb18030(_ url: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "GB18030", "-t", "UTF-8", url.path]
        let out = Pipe()
        process.standardOutput = out
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// YAML without its `#` comments (whole lines and trailing ones).
    static func withoutComments(_ yaml: String) -> String {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            if line.drop { $0 == " " }.hasPrefix("#") { return "" }
            if let range = line.range(of: " #") { return line[..<range.lowerBound] }
            return line
        }.joined(separator: "\n")
    }
}

extension LanguageLeaks {
    /// The first English phrase (three words in a row) in a 中文 text, outside quotes ('…',
    /// "…", 「…」) — quoted text is the user's own: a path, a header, an option value.
    static func englishPhrase(in text: String) -> String? {
        let chunks = unquoted(text).split { !($0.isASCII && ($0.isLetter || $0 == "-")) && $0 != " " }
        return chunks.first { $0.split(separator: " ").filter { $0.contains { $0.isLetter } }.count >= 3 }.map(String.init)
    }

    /// `text` without its quoted parts; an apostrophe inside a word (Excel's) opens no quote.
    static func unquoted(_ text: String) -> String {
        var out = "", closing: Character?, previous: Character = " "
        for character in text {
            defer { previous = character }
            if let end = closing {
                if character == end { closing = nil }
                continue
            }
            switch character {
            case "'" where !previous.isLetter: closing = "'"
            case "\"": closing = "\""
            case "「": closing = "」"
            default: out.append(character)
            }
        }
        return out
    }
}
