import PlanModel

/// The store's failures in the run's language (`description` and `hint` are the English).
extension MetricsStoreError {
    public func message(in language: Language) -> String {
        guard language == .zh else { return description }
        switch self {
        case let .badLocation(text, reason): return "'\(text)' 不是数据库位置：\(reason.zh)"
        case .missing: return "这里没有指标库"
        case let .notAStore(_, reason): return "不是 cycleplan 的指标库：\(reason.zh)"
        case let .newerVersion(_, unknown):
            return "指标库由更新版本的 cycleplan 写成（本版本不认识的结构步骤：\(unknown.joined(separator: "、"))）；未作改动"
        case .needsMigration: return "指标库由较旧版本的 cycleplan 写成，而现在以只读打开，无法升级"
        case let .database(_, message): return "数据库出错：\(message)"
        case let .connection(_, message): return "无法连接 PostgreSQL 指标库：\(message)"
        case let .unstorableText(_, text):
            return "某个指标或维度的名称或取值含有 NUL 字符（\(text.debugDescription)）；该文件未导入"
        }
    }

    public func hint(in language: Language) -> String {
        guard language == .zh else { return hint }
        switch self {
        case .badLocation: return "请给路径、sqlite:路径 或 postgres://用户@主机/库"
        case .missing: return "先导入导出文件：cycleplan actuals import 文件… --store 路径"
        case .notAStore: return "换一个文件名；没有指标库的地方 cycleplan 会新建一个"
        case .newerVersion: return "请用写这个库的 cycleplan 版本或更新的版本"
        case .needsMigration: return "运行一次 'cycleplan actuals list --store 路径'：它会先备份再升级指标库"
        case .connection:
            return "检查服务器是否在运行，以及 URL 里的用户、主机、端口和库名；密码来自 URL 里的 password_env=变量、"
                + "PGPASSWORD 或 ~/.pgpass，绝不来自计划文件"
        case .database: return "检查磁盘和文件权限；正被另一次导入占用的库最多等一分钟"
        case .unstorableText: return "去掉导出文件里的 NUL 字符（文件已损坏，或有一列是二进制数据）"
        }
    }
}
