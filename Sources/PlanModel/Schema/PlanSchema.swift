/// The JSON Schema (draft-07) of the plan format, printed by `cycleplan schema` and written by
/// `cycleplan init` next to a new plan.
///
/// The schema itself is `plans/cycleplan.schema.json`, JSON that editors show as JSON; it is
/// compiled into the binary with the templates (the EmbedAssets build plugin). Editors use it
/// through the `# yaml-language-server: $schema=…` line; keep it in step with `PlanLoader` and
/// docs/plan-format.md (a test validates the shipped plans and the fixtures against it).
public enum PlanSchema {
    /// The file name the templates' first line points at.
    public static let fileName = "cycleplan.schema.json"

    public static var json: String {
        var text = TemplateCatalog.file(fileName) ?? "{}"
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
