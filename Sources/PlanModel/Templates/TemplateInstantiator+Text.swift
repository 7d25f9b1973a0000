/// `init`'s refusals in both languages: the one table of their texts.
extension TemplateInstantiator.Failure {
    public var text: Bilingual {
        switch self {
        case .unknownTemplate(let name):
            let names = TemplateCatalog.templates.map(\.name)
            return Bilingual(zh: "没有名为 '\(name)' 的模板（模板：\(names.joined(separator: "、"))）",
                             en: "no template named '\(name)' (templates: \(names.joined(separator: ", ")))")
        case .invalidID(let id):
            return Bilingual(zh: "'\(id)' 不能作计划 id：请用字母、数字、'_' 和 '-'，以字母开头",
                             en: "'\(id)' cannot be a plan id: use letters, digits, '_' and '-', starting with a letter")
        case .brokenTemplate(let why):
            return Bilingual(zh: "模板已损坏：\(why.zh)", en: "the template is damaged: \(why.en)")
        case .nameIsAPath(let name):
            return Bilingual(zh: "'\(name)' 不是文件名；文件夹请用 -C 给出：cycleplan init 名称 -C 文件夹",
                             en: "'\(name)' is not a file name; give the folder with -C: cycleplan init NAME -C FOLDER")
        case .nameIsNoID(let name):
            return Bilingual(zh: "'\(name)' 不能作计划 id：请用字母、数字、'_' 和 '-'，以字母开头（或用 --id 另选一个）",
                             en: "'\(name)' cannot be a plan id: use letters, digits, '_' and '-', starting with a letter (or choose one with --id)")
        }
    }
}

extension TemplateInstantiator.WriteFailure {
    public var text: Bilingual {
        switch self {
        case .exists(let path): return Bilingual(zh: "'\(path)' 已存在（用 --force 覆盖）", en: "'\(path)' already exists (use --force to overwrite)")
        case .refused(let failure): return failure.text
        }
    }
}

extension TemplateInstantiator {
    /// A shipped file the template names is not there.
    static func missing(_ path: String) -> Bilingual {
        Bilingual(zh: "缺少 \(path)", en: "\(path) is missing")
    }
}
