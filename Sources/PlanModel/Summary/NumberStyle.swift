/// How large numbers are written in a report: grouped digits (`2,670,000`) or in 万 and 亿
/// (`267万`, `1.2亿`) as Chinese readers count (`--numbers cn`).
public enum NumberStyle: String, Sendable, CaseIterable {
    case plain, cn
}
