import PlanYAML

/// `actuals: {source: postgres://…, table: …, date: …, columns: {…}, dimensions: {…}}`: the
/// single form of `actuals:` naming a warehouse table instead of describing export files.
/// Only the shape is checked here; whether the table and its columns exist is the catalog's
/// answer, asked when the review opens the source.
extension PlanReader {
    static let warehouseKeys = ["source", "schema", "table", "date", "columns", "dimensions"]

    func readWarehouse(_ mapping: YAMLMapping) {
        var source: (String, SourceLocation)?
        var schema: (String, SourceLocation)?
        var table: (String, SourceLocation)?
        var date: WarehouseSpec.Column?
        var columns: [WarehouseSpec.Column] = []
        var dimensions: [WarehouseSpec.Column] = []
        for (key, value) in context.keyedEntries(mapping) {
            let location = context.location(value.mark)
            switch key.value {
            case "source":
                guard let text = context.string(value, Bilingual(zh: "数仓数据源", en: "warehouse source")) else { continue }
                guard warehouseURLIsSafe(text, at: value.mark) else { continue }
                source = (text, location)
            case "schema": schema = context.string(value, Bilingual(zh: "schema（模式）", en: "schema")).map { ($0, location) }
            case "table": table = context.string(value, Bilingual(zh: "表名", en: "table")).map { ($0, location) }
            case "date": date = context.string(value, Bilingual(zh: "日期列", en: "date column")).map { WarehouseSpec.Column(name: $0, meaning: "date", location: location) }
            case "columns": columns = warehouseColumns(value, Bilingual(zh: "columns（列）", en: "columns"), metrics: true)
            case "dimensions": dimensions = warehouseColumns(value, Bilingual(zh: "dimensions（维度）", en: "dimensions"), metrics: false)
            default: context.unknownKey(key, in: Bilingual(zh: "actuals（实际数据）", en: "actuals"), allowed: Self.warehouseKeys)
            }
        }
        for (name, present) in [("table", table != nil || mapping["table"] != nil), ("date", date != nil || mapping["date"] != nil),
                                ("columns", !columns.isEmpty || mapping["columns"] != nil)] where !present {
            context.missingKey(name, in: Bilingual(zh: "actuals（实际数据）", en: "actuals"), at: mapping.mark,
                               hint: Bilingual(zh: "数仓数据源要写明表、日期列和指标列："
                                                   + "'table: dws_daily, date: stat_date, columns: {gmv_amt: gmv}'",
                                               en: "a warehouse source names its table, its date column and its metric columns: "
                                                   + "'table: dws_daily, date: stat_date, columns: {gmv_amt: gmv}'"))
        }
        guard let source, let table, let date, !columns.isEmpty else { return }
        review.warehouse = WarehouseSpec(source: source.0, sourceLocation: source.1, schema: schema?.0, schemaLocation: schema?.1,
                                         table: table.0, tableLocation: table.1, dateColumn: date, columns: columns,
                                         dimensions: dimensions, location: context.location(mapping.mark))
    }

    /// Credentials never go into a plan: a URL with `user:password@` is refused (the password
    /// comes from `password_env=VAR`, `PGPASSWORD` or `~/.pgpass`).
    private func warehouseURLIsSafe(_ text: String, at mark: Mark) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") else {
            context.error(.invalidValue, Bilingual(zh: "数仓数据源 '\(text)' 不是 postgres:// 地址", en: "the warehouse source '\(text)' is not a postgres:// URL"), at: mark,
                          hint: Bilingual(zh: "写作 source: postgres://USER@HOST[:PORT]/DB?password_env=VAR", en: "source: postgres://USER@HOST[:PORT]/DB?password_env=VAR"))
            return false
        }
        let rest = text.dropFirst(lowered.hasPrefix("postgres://") ? "postgres://".count : "postgresql://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") {
            context.error(.invalidValue, Bilingual(zh: "数仓数据源里写了密码；计划文件里不能有密码", en: "the warehouse source holds a password; a plan must not"), at: mark,
                          hint: Bilingual(zh: "改为写出存放密码的环境变量（postgres://USER@HOST/DB?password_env=WAREHOUSE_PASSWORD），或使用 ~/.pgpass", en: "name a variable holding it (postgres://USER@HOST/DB?password_env=WAREHOUSE_PASSWORD) or use ~/.pgpass"))
            return false
        }
        return true
    }

    /// `{column: metric}` or `{column: dimension}`, in the plan's order, each at its key.
    private func warehouseColumns(_ node: YAMLNode, _ what: Bilingual, metrics: Bool) -> [WarehouseSpec.Column] {
        guard let mapping = context.mapping(node, what) else { return [] }
        var result: [WarehouseSpec.Column] = []
        for (key, value) in context.keyedEntries(mapping) {
            guard let scalar = context.scalar(value, what) else { continue }
            if metrics {
                guard let metric = context.metricID(scalar) else { continue }
                pendingMetricReferences.append((metric, context.location(scalar.mark)))
            }
            result.append(.init(name: key.value, meaning: scalar.value, location: context.location(key.mark)))
        }
        return result
    }
}
