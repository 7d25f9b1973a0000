import PlanModel

extension ReviewReport {
    /// The JSON contract's `import` object (docs/review.md).
    func importJSON() -> JSONValue {
        .object([
            ("rowsRead", .int(imports.rowsRead)), ("rowsUsed", .int(imports.rowsUsed)), ("rowsRejected", .int(imports.rowsRejected)),
            ("blankRows", .int(imports.blankRows)), ("totalRows", .int(imports.totalRows)),
            ("files", .array(imports.files.map { file in
                .object([
                    ("file", .string(file.file)), ("sheet", .optional(file.sheet)), ("source", .string(file.source)),
                    ("layout", .string(file.layout)), ("headerRows", .array([.int(file.headerRows.lowerBound), .int(file.headerRows.upperBound)])),
                    ("titleRows", .int(file.titleRows)),
                    ("rowsRead", .int(file.rowsRead)), ("rowsUsed", .int(file.rowsUsed)), ("rowsRejected", .int(file.rowsRejected)),
                    ("blankRows", .int(file.blankRows)), ("totalRows", .int(file.totalRows)),
                    ("columns", .array(file.columns.map { column in
                        .object([("column", .int(column.column)), ("header", .string(column.header)), ("role", .string(column.role.rawValue)),
                                 ("target", .optional(column.target)), ("reason", .string(column.reason))])
                    })),
                ])
            })),
            ("issues", .array(imports.issues.map { issue in
                .object([("kind", .string(issue.kind.rawValue)), ("severity", .string(issue.severity.rawValue)),
                         ("file", .string(issue.file)), ("row", .int(issue.row)),
                         ("column", issue.column.map { .int($0) } ?? .null), ("message", .string(issue.message))])
            })),
        ])
    }

    /// A KPI's `coverage`, `daysWithData`, `daysInWindow` and `gaps` members.
    static func coverageJSON(_ kpi: KPI) -> [(String, JSONValue)] {
        guard let coverage = kpi.coverage else {
            return [("coverage", .null), ("daysWithData", .null), ("daysInWindow", .null), ("gaps", .array([]))]
        }
        return [
            ("coverage", .number(coverage.ratio)), ("daysWithData", .int(coverage.daysWithData)), ("daysInWindow", .int(coverage.days)),
            ("gaps", .array(coverage.gaps.map { gap in
                .object([("metric", .string(gap.metric)), ("dimension", .optional(gap.dimension)), ("value", .optional(gap.value)),
                         ("missing", .array(gap.missing.map { .string($0.description) }))])
            })),
        ]
    }
}
