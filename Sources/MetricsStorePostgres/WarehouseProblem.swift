import PlanModel

/// Why a plan's warehouse table cannot be read: each becomes a diagnostic at the plan key
/// that named the thing, with a stable id, a hint, and its words in English and Chinese.
public struct WarehouseProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// No connection, a refused login, a malformed URL, an unset password variable.
        case unavailable(reason: String)
        case unknownTable(schema: String, table: String, suggestion: String?)
        /// `role` is `date`, `columns` or `dimensions`; `known` the table's columns.
        case unknownColumn(column: String, table: String, role: String, suggestion: String?, known: [String])
        case columnType(column: String, type: String, wanted: String)
    }

    public var kind: Kind
    public var location: SourceLocation?

    public init(_ kind: Kind, at location: SourceLocation?) {
        self.kind = kind
        self.location = location
    }

    public var id: DiagnosticID {
        switch kind {
        case .unavailable: return .warehouseUnavailable
        case .unknownTable: return .warehouseUnknownTable
        case .unknownColumn: return .warehouseUnknownColumn
        case .columnType: return .warehouseColumnType
        }
    }

    public var english: String {
        switch kind {
        case .unavailable(let reason): return "the warehouse cannot be read: \(reason)"
        case let .unknownTable(schema, table, suggestion):
            return "no table or view '\(table)' in schema '\(schema)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .unknownColumn(column, table, _, suggestion, _):
            return "'\(column)' is not a column of '\(table)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .columnType(column, type, wanted): return "column '\(column)' is \(type), not \(wanted)"
        }
    }

    public var chinese: String {
        switch kind {
        case .unavailable(let reason): return "无法读取数据仓库：\(reason)"
        case let .unknownTable(schema, table, suggestion):
            return "模式「\(schema)」中没有表或视图「\(table)」" + (suggestion.map { "（是否指「\($0)」？）" } ?? "")
        case let .unknownColumn(column, table, _, suggestion, _):
            return "「\(table)」没有列「\(column)」" + (suggestion.map { "（是否指「\($0)」？）" } ?? "")
        case let .columnType(column, type, wanted): return "列「\(column)」的类型是 \(type)，不是\(wanted == "a number" ? "数值" : "日期")"
        }
    }

    /// The hint in English (with the known names as the database has them).
    public var hint: String { hintText.en }

    public var hintText: Bilingual {
        switch kind {
        case .unavailable:
            return Bilingual(
                zh: "检查服务器与连接地址中的用户、主机、端口和数据库；密码来自 password_env=VAR、PGPASSWORD 或 ~/.pgpass，不写进计划",
                en: "check the server, the URL's user, host, port and database; the password comes from password_env=VAR, PGPASSWORD "
                    + "or ~/.pgpass, never from the plan")
        case .unknownTable:
            return Bilingual(zh: "名称须完全一致（含大小写）；其他模式用 'schema:' 指定",
                             en: "names are exact (case included); 'schema:' picks another schema")
        case let .unknownColumn(_, _, role, _, known):
            let shown = Array(known.prefix(12))
            return Bilingual(zh: "'\(role)' 中的键须是表的列名：\(shown.joined(separator: "、"))\(known.count > 12 ? "……" : "")",
                             en: "the '\(role)' key names the table's columns: \(shown.joined(separator: ", "))\(known.count > 12 ? ", …" : "")")
        case let .columnType(_, _, wanted):
            return wanted == "a number"
                ? Bilingual(zh: "把数值列（integer、numeric、double precision）对应到指标；文本列作维度",
                            en: "map numeric columns (integer, numeric, double precision) to metrics; text columns are dimensions")
                : Bilingual(zh: "日期列须为 date 或 timestamp 类型；文本日期请在视图中转换",
                            en: "the date column holds a date or timestamp; cast a text date in a view")
        }
    }

    public var description: String { english + " / " + chinese }

    /// The diagnostic shown for it.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, id, Bilingual(zh: chinese, en: english), at: location, hint: hintText)
    }
}
