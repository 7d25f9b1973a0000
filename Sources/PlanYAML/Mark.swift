/// A position in a YAML source, 1-based.
///
/// `column` counts Unicode scalars, not bytes, so a mark after Chinese text points at the
/// character a person sees (libyaml counts the same way).
public struct Mark: Hashable, Sendable, Comparable {
    // 32-bit storage keeps tree nodes small: a 100,000-task plan has over a million of them.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension Mark: CustomStringConvertible {
    public var description: String { "\(line):\(column)" }
}
