/// What a text left in the other language looks like, for the tests that print a message in
/// both: in 中文, three English words in a row (a sentence, not a term such as `CRC-32`, a
/// file name or an option); in English, any Chinese character. Quoted text ('…', "…", 「…」)
/// is the user's own — a header, a sheet, a value — and is left out of both checks.
enum LanguageCheck {
    /// The first English phrase left in `text`, if any.
    static func englishPhrase(in text: String) -> String? {
        let words = unquoted(text).split { !($0.isASCII && ($0.isLetter || $0 == "-" || $0 == "'")) && $0 != " " }
        for chunk in words {
            let run = chunk.split(separator: " ").filter { $0.contains { $0.isLetter } }
            if run.count >= 3 { return String(chunk) }
        }
        return nil
    }

    /// The first Chinese character left in `text`, if any.
    static func chinese(in text: String) -> Character? {
        unquoted(text).first { $0.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
            || (0xFF00...0xFFEF).contains($0.value) } }
    }

    static func unquoted(_ text: String) -> String {
        var out = ""
        var closing: Character?
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if let end = closing {
                if character == end { closing = nil }
                continue
            }
            switch character {
            // An apostrophe inside a word (Excel's) opens no quote.
            case "'" where !previous.isLetter: closing = "'"
            case "\"": closing = "\""
            case "「": closing = "」"
            default: out.append(character)
            }
        }
        return out
    }
}
