import PlanYAML

extension YAMLNode {
    /// What the node is, in words for a message: "a mapping" / 映射.
    public var kindText: Bilingual {
        switch self {
        case .scalar(let scalar): return scalar.isNull ? Bilingual(zh: "空值", en: "an empty value") : Bilingual(zh: "单个值", en: "a scalar")
        case .mapping: return Bilingual(zh: "映射", en: "a mapping")
        case .sequence: return Bilingual(zh: "列表", en: "a sequence")
        }
    }
}
