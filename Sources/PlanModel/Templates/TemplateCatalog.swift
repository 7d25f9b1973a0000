/// The plans shipped in plans/, compiled into the binary so `cycleplan init` needs no files
/// beside it: the EmbedAssets build plugin embeds plans/ as it is at each build (a test
/// checks the copy matches plans/).
public enum TemplateCatalog {
    public struct Template: Sendable {
        /// The name given to `init --template`.
        public var name: String
        /// Its main file, relative to plans/.
        public var path: String
        /// What it is for, as `init --list` shows it in the run's language.
        public var summary: Bilingual
    }

    public static let templates: [Template] = [
        Template(name: "cycle", path: "cycle.yaml", summary: Bilingual(zh: "月度 AARRR 运营周期，带 KPI 树", en: "a monthly AARRR operating cycle with a KPI tree")),
        Template(name: "campaign", path: "campaign.yaml", summary: Bilingual(zh: "IP 营销活动画布：策划 → 复盘", en: "an IP campaign marketing canvas: planning → review")),
        Template(name: "store", path: "store.yaml", summary: Bilingual(zh: "线下门店拉新", en: "an offline-store acquisition push")),
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
