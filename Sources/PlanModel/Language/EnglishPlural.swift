/// English counts: `1 day`, `3 days` (中文 has no plural, so its texts need none).
public enum EnglishPlural {
    /// `count` and `word`, with an `s` unless the count is one.
    public static func counted(_ count: Int, _ word: String) -> String {
        "\(count) \(Self.word(word, count: count))"
    }

    /// `word` with an `s` unless `count` is one, for a count written elsewhere in the phrase.
    public static func word(_ word: String, count: Int) -> String {
        count == 1 ? word : word + "s"
    }
}
