import ArgumentParser
import Foundation
import PlanModel

/// How results are printed, shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Output format: text (for people) or json (for editors and CI).")
    var format: Format = .text

    @Flag(name: .long, inversion: .prefixedNo, help: "Color the output (default: when stdout is a terminal).")
    var color: Bool?

    var useColor: Bool {
        wantsColor(color, stream: STDOUT_FILENO)
    }
}

enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

func wantsColor(_ flag: Bool?, stream: Int32) -> Bool {
    flag ?? (isatty(stream) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
}

/// Loads a plan for a command that needs a valid one: diagnostics go to standard error, in
/// `lang` (the command's `--lang`) or else the plan's `lang:` or the locale, and errors end the
/// command with exit status 1.
func loadPlan(_ path: String, color: Bool?, lang: Language? = nil) throws -> (plan: Plan, sources: [String: SourceFile]) {
    let result = PlanLoader().load(file: path)
    // The first plan's `lang:` speaks for the run's later diagnostics too.
    if RunLanguage.plan == nil { RunLanguage.plan = result.language }
    let diagnostics = result.diagnostics.sortedByLocation()
    let language = runLanguage(flag: lang, plan: result.language)
    let more = Bilingual(zh: "'cycleplan validate --format json \(path)' 会列出全部", en: "'cycleplan validate --format json \(path)' lists them all")
    Console.err(DiagnosticRenderer(sources: result.sources, language: language, color: wantsColor(color, stream: STDERR_FILENO),
                                   moreHint: more).render(diagnostics))
    guard !result.hasErrors, let plan = result.plan else {
        let errors = diagnostics.errorCount
        Console.err(language.pick(
            zh: "cycleplan：\(path) 有 \(errors) 个错误；请运行 'cycleplan validate \(path)'\n",
            en: "cycleplan: \(path) has \(errors) error\(errors == 1 ? "" : "s"); run 'cycleplan validate \(path)'\n"))
        throw InputErrors()
    }
    return (plan, result.sources)
}

/// Writes command output through `AtomicFile` (which refuses what it must not replace), or to
/// standard output when there is no `-o` or it is `-`. An `OutputFailure` ends the command
/// with exit status 1 (`Cycleplan.exitCode(for:)`).
func emit(_ bytes: [UInt8], to path: String?) throws {
    guard let path = outputFile(path) else {
        FileHandle.standardOutput.write(Data(bytes))
        return
    }
    try AtomicFile.write(bytes, to: path)
}

/// The `-o` value naming a file, or `nil` for standard output (`-o -` or no `-o`).
func outputFile(_ option: String?) -> String? {
    option == "-" ? nil : option
}
