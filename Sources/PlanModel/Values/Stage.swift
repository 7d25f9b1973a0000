/// The five AARRR stages (海盗模型) that tag phases and tasks.
public enum Stage: String, Sendable, CaseIterable, Codable {
    case acquisition, activation, revenue, retention, referral

    /// The Chinese name used in plans and reports.
    public var chineseName: String {
        switch self {
        case .acquisition: return "拉新"
        case .activation: return "促活"
        case .revenue: return "成交"
        case .retention: return "复购"
        case .referral: return "转介"
        }
    }

    /// Accepts the English name in any case or the Chinese one.
    public init?(name: String) {
        if let stage = Stage(rawValue: name.lowercased()) {
            self = stage
        } else if let stage = Stage.allCases.first(where: { $0.chineseName == name }) {
            self = stage
        } else {
            return nil
        }
    }

    public static let acceptedNames = Stage.allCases.map(\.rawValue) + Stage.allCases.map(\.chineseName)
}
