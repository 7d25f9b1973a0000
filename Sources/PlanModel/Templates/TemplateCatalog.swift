/// The plans shipped in plans/, compiled into the binary so `cycleplan init` needs no files
/// beside it: the EmbedAssets build plugin embeds plans/ as it is at each build (a test
/// checks the copy matches plans/).
public enum TemplateCatalog {
    public struct Template: Sendable {
        /// The name given to `init --template`.
        public var name: String
        /// Its main file, relative to plans/.
        public var path: String
        public var summary: String
    }

    public static let templates: [Template] = [
        Template(name: "cycle", path: "cycle.yaml", summary: "a monthly AARRR operating cycle (运营周期) with a KPI tree"),
        Template(name: "campaign", path: "campaign.yaml", summary: "an IP campaign marketing canvas (营销画布): 策划 → 复盘"),
        Template(name: "store", path: "store.yaml", summary: "an offline-store acquisition push (门店拉新)"),
    ]

    public static func template(named name: String) -> Template? {
        templates.first { $0.name == name }
    }

    /// The text of a file under plans/.
    public static func file(_ path: String) -> String? {
        EmbeddedAssets.files[path]
    }

    public static var allFiles: [String: String] { EmbeddedAssets.files }
}
