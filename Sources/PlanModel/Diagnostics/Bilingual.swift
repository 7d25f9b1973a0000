/// A text written in both languages at once, so neither can be forgotten where a message is
/// made: a diagnostic's message, hint or note is a `Bilingual`, and the renderer picks the
/// run's language. Interpolated names and values appear in both as the plan writes them.
public struct Bilingual: Sendable, Equatable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both languages: for text that is the plan's own (a name, a quoted
    /// value) or a message from another program passed on unchanged.
    public init(verbatim text: String) {
        self.init(zh: text, en: text)
    }

    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }
}

extension Bilingual {
    /// `text` after both languages, as is: a quoted id or name that reads the same in each.
    public static func + (lhs: Bilingual, rhs: String) -> Bilingual {
        Bilingual(zh: lhs.zh + rhs, en: lhs.en + rhs)
    }
}
