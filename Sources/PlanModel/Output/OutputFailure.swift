/// Why an output was refused or could not be written: a stable id, the path as the user gave
/// it, what is wrong and what to do. Nothing was written or replaced when one is thrown.
public struct OutputFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var id: DiagnosticID
    public var path: String
    /// What is wrong and what to do, in both languages; `message` and `hint` are the English.
    public var text: Bilingual
    public var hintText: Bilingual

    public init(_ id: DiagnosticID, path: String, _ text: Bilingual, hint: Bilingual) {
        self.id = id
        self.path = path
        self.text = text
        self.hintText = hint
    }

    /// Text that is already bilingual in itself ("中文 / English"), shown as is in both.
    @available(*, deprecated, message: "write the message in both languages: Bilingual(zh:en:)")
    public init(_ id: DiagnosticID, path: String, _ message: String, hint: String) {
        self.init(id, path: path, Bilingual(verbatim: message), hint: Bilingual(verbatim: hint))
    }

    public var message: String { text.en }
    public var hint: String { hintText.en }

    public var description: String { message }

    /// `path: error: [id] message` and the hint, as the command line prints it, in English.
    public var rendered: String { rendered(in: .en) }

    /// The same in `language`; the path and the id do not change.
    public func rendered(in language: Language) -> String {
        "\(Self.printable(path)): \(language.pick(zh: "错误", en: "error")): [\(id.rawValue)] \(text.text(in: language))\n"
            + "  \(language.pick(zh: "提示", en: "hint")): \(hintText.text(in: language))\n"
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
