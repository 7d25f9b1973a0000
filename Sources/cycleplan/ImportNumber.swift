/// `#3` or `3`; anything else is a usage error.
func parseImportID(_ text: String) throws -> Int64 {
    let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
    guard let id = Int64(digits), id > 0 else { throw UsageFailure(zh: "'\(text)' 不是导入编号（见 'cycleplan actuals list'）", en: "'\(text)' is not an import number (see 'cycleplan actuals list')") }
    return id
}
