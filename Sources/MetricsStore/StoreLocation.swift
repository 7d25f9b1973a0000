import PlanModel
/// Where a metrics store is, as `--store` gives it: `sqlite:PATH`, a plain path (SQLite), or
/// `postgres://…` / `postgresql://…` (the PostgreSQL store, `MetricsStorePostgres`).
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    /// The store a plan uses when none is named: `.cycleplan/metrics.sqlite` beside the plan.
    public static func beside(plan path: String) -> StoreLocation {
        let folder: String
        if let slash = path.lastIndex(of: "/") {
            folder = path[...slash].description
        } else {
            folder = ""
        }
        return .sqlite(path: folder + ".cycleplan/metrics.sqlite")
    }

    /// - Throws: `MetricsStoreError.badLocation` for an empty path or an unknown scheme.
    public static func parse(_ text: String) throws(MetricsStoreError) -> StoreLocation {
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            // sqlite:///abs/path and sqlite://rel are common spellings of the same thing.
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw .badLocation(text, reason: Bilingual(zh: "'sqlite:' 后面没有路径", en: "no path after 'sqlite:'")) }
            return .sqlite(path: path)
        }
        if let scheme = Self.scheme(of: text) {
            switch scheme.lowercased() {
            case "postgres", "postgresql": return .postgres(url: text)
            default: throw .badLocation(text, reason: Bilingual(zh: "未知的指标库类型 '\(scheme)://'", en: "unknown kind of store '\(scheme)://'"))
            }
        }
        guard !text.isEmpty else { throw .badLocation(text, reason: Bilingual(zh: "为空", en: "empty")) }
        return .sqlite(path: text)
    }

    /// `name` in `name://…`, when the text starts like a URL (a letter, then letters, digits, + - .).
    private static func scheme(of text: String) -> Substring? {
        guard let range = text.range(of: "://") else { return nil }
        let scheme = text[..<range.lowerBound]
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = scheme.unicodeScalars.first, isLetter(first),
              scheme.unicodeScalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return scheme
    }

    /// For messages: the path, or the URL without its password.
    public var shown: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            // postgres://user:secret@host/db → postgres://user@host/db
            guard let at = url.lastIndex(of: "@"), let start = url.range(of: "://")?.upperBound,
                  let colon = url[start..<at].firstIndex(of: ":") else { return url }
            return String(url[..<colon]) + String(url[at...])
        }
    }
}
