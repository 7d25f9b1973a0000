/// The inputs cycleplan is fuzzed on, each an entry point that takes arbitrary bytes the way
/// the command line would take a file. The libFuzzer executables in `Fuzz/` and the
/// regression-corpus tests call the same `FuzzHarness.run`, so a crash the fuzzer saves is
/// replayed by `swift test` exactly as it was found.
public enum FuzzTarget: String, Sendable, CaseIterable {
    /// A plan file: YAML parsing, plan reading, validation, and scheduling when it is valid.
    case plan
    /// A derived metric's formula: parsing, evaluation and attribution by every method.
    case formula
    /// A CSV actuals export: decoding, delimiter sniffing, column mapping, import.
    case csv
    /// An XLSX actuals workbook: zip, shared strings, sheet XML, import.
    case xlsx
    /// A review of the campaign plan on fuzzed actuals (CSV, or XLSX when the bytes are a zip),
    /// rendered in every report form.
    case review

    /// Inputs longer than this are not worth the fuzzer's time: every crash found so far
    /// reproduces far below it, and long inputs slow each run down.
    public var maximumLength: Int {
        switch self {
        case .formula: return 4_096
        case .plan: return 16_384
        // The shipped campaign export (sales.csv, 19 KB) must fit whole as a seed.
        case .csv, .review: return 24_576
        case .xlsx: return 65_536
        }
    }
}
