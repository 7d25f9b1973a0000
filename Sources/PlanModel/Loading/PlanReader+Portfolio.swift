import PlanYAML

extension PlanReader {
    /// `portfolio: path` or `portfolio: [paths]`: sibling plans sharing the team. They are only
    /// named here; `cycleplan schedule` reads them (each with its own includes and checks), so
    /// a sibling's errors never stop this plan from loading.
    func readPortfolio(_ node: YAMLNode) -> [PortfolioEntry] {
        guard let items = context.list(node, Bilingual(zh: "项目组合", en: "portfolio")) else { return [] }
        var entries: [PortfolioEntry] = []
        for item in items {
            guard let scalar = context.scalar(item, Bilingual(zh: "项目组合中的计划路径", en: "portfolio plan path")) else { continue }
            let value = String(scalar.value.trimmingSpaces())
            guard !value.isEmpty, !value.hasSuffix("/"), !value.utf8.contains(0) else {
                context.error(.invalidPath, Bilingual(zh: "portfolio 路径 '\(value)' 没有指向文件", en: "the portfolio path '\(value)' names no file"), at: scalar.mark,
                              hint: Bilingual(zh: "写相对本文件的同级计划，例如 ../feb-cycle.yaml", en: "name a sibling plan relative to this file, e.g. ../feb-cycle.yaml"))
                continue
            }
            let resolved = FileAccess.join(FileAccess.directory(of: context.file), value)
            let location = context.location(scalar.mark)
            // Its own load would be counted twice, every day it books a role.
            if resolved == FileAccess.join(".", context.file) {
                context.error(.invalidPath, Bilingual(zh: "portfolio 指向了本计划自身", en: "portfolio names this plan itself"), at: scalar.mark,
                              hint: Bilingual(zh: "只写同级的其他计划，例如 ../feb-cycle.yaml", en: "name the sibling plans only, e.g. ../feb-cycle.yaml"))
                continue
            }
            if entries.contains(where: { $0.resolved == resolved }) {
                context.error(.duplicateID, Bilingual(zh: "计划 '\(value)' 在 portfolio 中重复列出", en: "plan '\(value)' is named twice in portfolio"), at: scalar.mark,
                              hint: Bilingual(zh: "每个同级计划只写一次", en: "name each sibling plan once"))
                continue
            }
            entries.append(PortfolioEntry(path: value, resolved: resolved, location: location))
        }
        return entries
    }
}
