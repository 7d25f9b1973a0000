/// Why an output was refused or could not be written: a stable id, the path as the user gave
/// it, what is wrong and what to do. Nothing was written or replaced when one is thrown.
public struct OutputFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var id: DiagnosticID
    public var path: String
    public var message: String
    public var hint: String

    public init(_ id: DiagnosticID, path: String, _ message: String, hint: String) {
        self.id = id
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String { message }

    /// `path: error: [id] message` and the hint, as the command line prints it.
    public var rendered: String {
        "\(Self.printable(path)): error: [\(id.rawValue)] \(message)\n  hint: \(hint)\n"
    }

    /// A path as it can be shown: control characters (a NUL, an escape sequence) as `\u{…}`.
    static func printable(_ path: String) -> String {
        var shown = ""
        for scalar in path.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                shown += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
