import PlanYAML

extension PlanReader {
    /// `portfolio: path` or `portfolio: [paths]`: sibling plans sharing the team. They are only
    /// named here; `cycleplan schedule` reads them (each with its own includes and checks), so
    /// a sibling's errors never stop this plan from loading.
    func readPortfolio(_ node: YAMLNode) -> [PortfolioEntry] {
        guard let items = context.list(node, "portfolio") else { return [] }
        var entries: [PortfolioEntry] = []
        for item in items {
            guard let scalar = context.scalar(item, "portfolio plan path") else { continue }
            let value = String(scalar.value.trimmingSpaces())
            guard !value.isEmpty, !value.hasSuffix("/"), !value.utf8.contains(0) else {
                context.error(.invalidPath, "the portfolio path '\(value)' names no file / portfolio 路径未指向文件", at: scalar.mark,
                              hint: "name a sibling plan relative to this file, e.g. ../feb-cycle.yaml")
                continue
            }
            let resolved = FileAccess.join(FileAccess.directory(of: context.file), value)
            let location = context.location(scalar.mark)
            // Its own load would be counted twice, every day it books a role.
            if resolved == FileAccess.join(".", context.file) {
                context.error(.invalidPath, "portfolio names this plan itself / portfolio 指向了计划本身", at: scalar.mark,
                              hint: "name the sibling plans only, e.g. ../feb-cycle.yaml")
                continue
            }
            if entries.contains(where: { $0.resolved == resolved }) {
                context.error(.duplicateID, "plan '\(value)' is named twice in portfolio / portfolio 中重复列出", at: scalar.mark,
                              hint: "name each sibling plan once")
                continue
            }
            entries.append(PortfolioEntry(path: value, resolved: resolved, location: location))
        }
        return entries
    }
}
