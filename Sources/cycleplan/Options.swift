import ArgumentParser
import Foundation

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
        color ?? (isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
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
