/// A position in a YAML source, 1-based.
///
/// `column` counts Unicode scalars, not bytes, so a mark after Chinese text points at the
/// character a person sees (libyaml counts the same way).
public struct Mark: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension Mark: CustomStringConvertible {
    public var description: String { "\(line):\(column)" }
}
