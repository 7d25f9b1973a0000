/// The language of a review report's words: each has one catalog (`ReviewText`,
/// `ReviewNote+Text`). The terminal and the JSON notes are English; Markdown and HTML Chinese.
public enum ReviewLanguage: String, Sendable, CaseIterable {
    case zh, en
}
