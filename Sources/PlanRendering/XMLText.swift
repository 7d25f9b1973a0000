/// Escaping for XML and HTML text and attribute values (SVG, HTML, MS Project XML).
public enum XMLText {
    /// Escapes `& < > " '`, writes a carriage return as `&#13;` (a parser would turn a raw
    /// CRLF into LF and a name would lose its CR), and drops the control characters XML 1.0
    /// forbids.
    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
