/// Escaping for XML and HTML text and attribute values (SVG, HTML, MS Project XML).
public enum XMLText {
    /// Escapes `& < > " '`, writes a carriage return as `&#13;` (a parser would turn a raw
    /// CRLF into LF and a name would lose its CR), and drops the control characters XML 1.0
    /// forbids.
    public static func escape(_ value: String) -> String {
        // Most text needs nothing: checked on bytes, returned as it is (10,000 tooltips).
        if !needsEscaping(value) { return value }
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

    /// Whether any byte is markup, a control character other than LF and tab, or the start
    /// of U+FFFE/U+FFFF (EF BF BE/BF).
    static func needsEscaping(_ value: String) -> Bool {
        var utf8 = value.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
            case 0x0A, 0x09: break
            case 0xBE, 0xBF: if previous == (0xEF, 0xBF) { return true }
            default: if byte < 0x20 { return true }
            }
            previous = (previous.1, byte)
        }
        return false
    }
}
