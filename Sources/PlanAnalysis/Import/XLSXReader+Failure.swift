import PlanModel

extension XLSXReader {
    /// Why a workbook gives no table. Each message names the place: the archive entry and
    /// byte, the XML line and column, or the sheet and cell (`日报!C7`). The details are in
    /// both languages where they are found; the frame around them is `text`
    /// (XLSXReader.Failure+Text.swift).
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAWorkbook(Bilingual)
        case noSuchSheet(String, available: [String])
        case noHeader
        /// A damaged archive, entry, XML part or sheet structure.
        case damaged(Bilingual)
        /// Beyond one of `XLSXLimits`.
        case tooLarge(Bilingual)

        /// Sheet names listed when `--sheet` names none of them; the rest are counted.
        static let listedSheets = 20

        /// The English text, for logs and tests; people read `text` in the run's language.
        public var description: String { text.en }
    }
}
