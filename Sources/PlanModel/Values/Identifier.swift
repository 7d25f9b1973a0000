/// The rules for ids, kept in one place because the JSON Schema, the docs and the loader
/// must agree on them.
public enum Identifier {
    /// Task, phase, role and plan ids: a letter or `_`, then letters, digits, `_` or `-`.
    public static func isValidNodeID(_ text: String) -> Bool {
        isValid(text, allowHyphen: true)
    }

    /// Metric ids appear in formulas, where `-` means minus, so they take no hyphen.
    public static func isValidMetricID(_ text: String) -> Bool {
        isValid(text, allowHyphen: false)
    }

    private static func isValid(_ text: String, allowHyphen: Bool) -> Bool {
        var first = true
        for byte in text.utf8 {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            let isDigit = byte >= 0x30 && byte <= 0x39
            if first {
                guard isLetter else { return false }
                first = false
            } else {
                guard isLetter || isDigit || (allowHyphen && byte == 0x2D) else { return false }
            }
        }
        return !first
    }
}
