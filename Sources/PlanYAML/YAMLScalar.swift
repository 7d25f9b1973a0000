/// A scalar exactly as written: its text is never converted to a number, date or boolean
/// here, because the meaning depends on the field that holds it. For the same reason tags
/// (`!!str`) are not kept.
public struct YAMLScalar: Sendable {
    public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public var value: String
    public var mark: Mark
    public var style: Style

    public init(value: String, style: Style = .plain, mark: Mark) {
        self.value = value
        self.style = style
        self.mark = mark
    }

    /// `~`, `null` or nothing at all, unquoted.
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }

    /// The column where the scalar's text begins: one past an opening quote.
    public var contentColumn: Int {
        style == .singleQuoted || style == .doubleQuoted ? mark.column + 1 : mark.column
    }
}
