import PlanModel

extension CSVTable.Failure {
    /// Why the file is no table, in both languages: the one table of this failure's texts.
    public var text: Bilingual {
        switch self {
        case .undecodable:
            return Bilingual(zh: "文件既不是 UTF-8、UTF-16 也不是 GB18030 文本", en: "the file is neither UTF-8, UTF-16 nor GB18030 text")
        case .empty: return Bilingual(zh: "文件没有表头行", en: "the file has no header row")
        case let .unclosedQuote(record, column, line):
            return Bilingual(zh: "第 \(record) 条记录第 \(column) 格（第 \(line) 行）开始的引号没有闭合",
                             en: "a quote opened in record \(record), cell \(column) (line \(line)) is never closed")
        case let .mixedEncoding(offset, line, byte, likely):
            let hex = String(byte, radix: 16, uppercase: true)
            return Bilingual(zh: "文本编码混杂：文件到第 \(offset) 字节（第 \(line) 行）为止是 UTF-8，该处的字节 0x\(hex) 不是 UTF-8；其余部分像是 \(likely)",
                             en: "mixed text encodings: the file is UTF-8 up to byte offset \(offset) (line \(line)), where byte 0x\(hex) is not UTF-8; the rest looks like \(likely)")
        }
    }
}
