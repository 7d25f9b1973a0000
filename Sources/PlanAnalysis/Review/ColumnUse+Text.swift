/// The catalog of the columns' reasons, one text per language (as `ImportIssue+Text`):
/// headers are quoted as the export has them, metrics by their names.
extension ColumnUse {
    /// Why, in English: "named like the metric 访客数", "declared under columns", …
    public var reason: String { reason(.en) }

    /// The same in Chinese, for the Chinese reports.
    public var reasonChinese: String { reason(.zh) }

    public func reason(_ language: ReviewLanguage) -> String {
        language == .zh ? why.chinese : why.english
    }
}

extension ColumnUse.Reason {
    var english: String {
        switch self {
        case .emptyRepeat(let first): return "empty, and its header repeats column \(first)'s"
        case let .repeatedHeader(header, first): return "the header '\(header)' is also column \(first)'s; this column's cells are not read"
        case .dateDeclared: return "declared as the date column"
        case .dateNamed: return "named like a date column"
        case .metricNames: return "names the metric of each row (long layout)"
        case .values: return "holds each row's value (long layout)"
        case .totalColumn: return "a total column: reading it would count the other columns twice"
        case .listedUnderIgnore: return "listed under ignore"
        case .declaredUnderColumns: return "declared under columns"
        case .declaredUnderDimensions: return "declared under dimensions"
        case .noHeaderNoValues: return "no header and no values"
        case .noHeaderWithValues(let column): return "column \(column) has no header but holds values; they are not read"
        case let .namedLikeMetric(name, unit, derived):
            let how = "named like the metric \(name)" + (unit.map { ", unit \($0) left out" } ?? "")
            return derived ? "\(how); it is computed from its formula, so the column is not read" : how
        case let .lowerHeader(lower, name): return "its lower header '\(lower)' names the metric \(name)"
        case .noValues: return "no values"
        case .textValues: return "its values are text"
        case let .secondDate(header, dateColumn): return "'\(header)' holds dates but '\(dateColumn)' is the date column; its cells are not read"
        case let .numbersWithoutMetric(header, suggestion):
            let hint = suggestion.map { $0.label == $0.metric ? " (did you mean \($0.metric)?)" : " (did you mean \($0.label) (\($0.metric))?)" } ?? ""
            return "'\(header)' holds numbers but names no metric of the plan; its cells are not read\(hint)"
        case let .groupedColumns(header, count, name):
            return "'\(header)': \(count) grouped columns would all be \(name); the upper header is a dimension the source does not name (groups:)"
        case let .metricOverValues(header, name, value):
            return "'\(header)': the group names the metric \(name) and '\(value)' is a value of a dimension the source does not name (groups:); its cells are not read"
        case let .groupValue(name, dimension, value): return "grouped: the metric \(name) for \(dimension) \(value)"
        case let .groupDimensionTwice(header, dimension):
            return "'\(header)' would be the dimension \(dimension), which the grouped columns already give (groups: \(dimension)); its cells are not read"
        }
    }

    var chinese: String {
        switch self {
        case .emptyRepeat(let first): return "空列，表头与第 \(first) 列重复"
        case let .repeatedHeader(header, first): return "表头「\(header)」与第 \(first) 列重复，本列未读取"
        case .dateDeclared: return "声明为日期列"
        case .dateNamed: return "表头是日期列的名称"
        case .metricNames: return "长表：每行的指标名"
        case .values: return "长表：每行的数值"
        case .totalColumn: return "合计列：读取它会重复计算其他列"
        case .listedUnderIgnore: return "列在 ignore 中"
        case .declaredUnderColumns: return "在 columns 中声明"
        case .declaredUnderDimensions: return "在 dimensions 中声明"
        case .noHeaderNoValues: return "无表头、无数值"
        case .noHeaderWithValues(let column): return "第 \(column) 列无表头但有数值，未读取"
        case let .namedLikeMetric(name, unit, derived):
            let how = unit.map { "去掉单位 \($0) 后即指标「\(name)」" } ?? "表头即指标「\(name)」"
            return derived ? "\(how)；该指标由公式计算，本列不读取" : how
        case let .lowerHeader(lower, name): return "下级表头「\(lower)」即指标「\(name)」"
        case .noValues: return "无数值"
        case .textValues: return "取值为文本"
        case let .secondDate(header, dateColumn): return "「\(header)」是日期，但日期列是「\(dateColumn)」，本列未读取"
        case let .numbersWithoutMetric(header, suggestion):
            return "「\(header)」是数值，但不是计划中的指标，未读取" + (suggestion.map { "（是否为「\($0.label)」？）" } ?? "")
        case let .groupedColumns(header, count, name): return "「\(header)」：\(count) 个分组列都对应「\(name)」，上级表头是来源未命名的维度（groups:）"
        case let .metricOverValues(header, name, value):
            return "「\(header)」：分组表头是指标「\(name)」，「\(value)」是来源未命名的维度的取值（groups:），本列未读取"
        case let .groupValue(name, dimension, value): return "分组列：指标「\(name)」在\(dimension)「\(value)」的数值"
        case let .groupDimensionTwice(header, dimension):
            return "「\(header)」会成为维度\(dimension)，而分组列已给出该维度（groups: \(dimension)），本列未读取"
        }
    }
}
