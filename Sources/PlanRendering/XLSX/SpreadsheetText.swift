import PlanModel

/// Text as SpreadsheetML stores it (ECMA-376 `ST_Xstring`).
///
/// XML 1.0 cannot carry most control characters at all, so OOXML writes each as `_xHHHH_`
/// (Excel, LibreOffice and openpyxl decode it); a name that really contains `_x0041_` then
/// has its `_` written `_x005F_`, or a reader would decode it into "A". A carriage return is
/// `&#13;`, which an XML parser keeps (a raw CR would become LF).
enum SpreadsheetText {
    static func escape(_ value: String) -> String {
        if !needsEscaping(value) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "_" where looksLikeEscape(scalars, at: index): out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "_x" + hex4(scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `_xHHHH_` starting at `index`.
    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Markup, a control character, `_` (a possible escape) or the lead of U+FFFE/U+FFFF.
    private static func needsEscaping(_ value: String) -> Bool {
        for byte in value.utf8 {
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x5F, 0xEF: return true
            default: if byte < 0x20 && byte != 0x0A && byte != 0x09 { return true }
            }
        }
        return false
    }
}
