import PlanModel
import Foundation
import MetricsStore

/// Where the password comes from, in libpq's order of preference: the variable the URL names
/// (`password_env=VAR`), the URL itself, `PGPASSWORD`, then the password file (`PGPASSFILE`
/// or `~/.pgpass`, lines `host:port:database:user:password`, `*` matching anything, `\`
/// escaping `:` and `\`). None (`nil`) is fine for trust or peer-less setups.
enum PostgresPassword {
    static func find(for url: PostgresURL, environment: [String: String] = ProcessInfo.processInfo.environment) throws(MetricsStoreError) -> String? {
        if let variable = url.passwordVariable {
            guard let value = environment[variable] else {
                throw .badLocation(url.shown, reason: Bilingual(zh: "password_env 指定的环境变量 \(variable) 没有设置", en: "password_env names \(variable), which is not set"))
            }
            return value
        }
        if let inline = url.inlinePassword { return inline.removingPercentEncoding ?? inline }
        if let value = environment["PGPASSWORD"] { return value }
        let file = environment["PGPASSFILE"] ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return match(text, url: url)
    }

    /// The password of the first line of a password file matching the URL.
    static func match(_ text: String, url: PostgresURL) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let wanted = [url.host, String(url.port), url.database, url.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Fields split at unescaped colons, with `\:` and `\\` unescaped.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
