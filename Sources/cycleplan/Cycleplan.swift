import ArgumentParser
import Foundation
import PlanModel

/// The `cycleplan` command. It only parses arguments and prints; the work is done by the
/// libraries, where tests reach it.
///
/// Exit status: 0 success (warnings allowed), 1 the input has errors, 2 usage error.
@main
struct Cycleplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cycleplan",
        abstract: "Plan, schedule and review private-domain operating cycles and marketing campaigns.",
        discussion: """
            Plans are YAML files (see docs/plan-format.md). Start one with 'cycleplan init', \
            check it with 'cycleplan validate'.
            Exit status: 0 ok, 1 the input has errors, 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Validate.self, Schedule.self, Gantt.self, Load.self, Baseline.self, Status.self, Review.self, Actuals.self, Schema.self]
    )

    static func main() {
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let failure = UnknownCommand.failure(Array(CommandLine.arguments.dropFirst()), commands: commands) {
            // Before parsing: `--lang` is read from the arguments as the parser's errors read it.
            FileHandle.standardError.write(Data(failure.rendered(in: ParserErrorText.language()).utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error, mapping: exitCode(for: error))
        }
    }

    /// The one place that turns errors into messages and exit codes.
    private static func exitCode(for error: Error) -> Int32 {
        switch error {
        case is InputErrors:
            return 1
        case let failure as OutputFailure:
            // Before or without a plan: the locale's language (中文 unless it names English).
            FileHandle.standardError.write(Data(failure.rendered(in: runLanguage()).utf8))
            return 1
        case let failure as UsageFailure:
            FileHandle.standardError.write(Data(failure.rendered(in: runLanguage()).utf8))
            return 2
        default:
            let code = exitCode(for: error).rawValue
            // Argument Parser uses EX_USAGE (64) for bad arguments; our contract says 2.
            return code == ExitCode.validationFailure.rawValue ? 2 : code
        }
    }

    private static func exit(withError error: Error, mapping code: Int32) -> Never {
        if error is InputErrors || error is UsageFailure || error is OutputFailure { Foundation.exit(code) }
        if code != 0 && code != 2 { Foundation.exit(code) }
        // Let Argument Parser print its own message (help, version, usage), then use our code.
        let message = fullMessage(for: error)
        // A usage error in a 中文 run: said in Chinese, with the synopsis and where to read the
        // options; the library writes only English (docs/design.md, "Usage errors").
        if code == 2, ParserErrorText.language() == .zh {
            let command = ParserErrorText.command(in: message)
            let text = UsageFailure.raisedInValidation.map { $0.rendered(in: .zh) + ParserErrorText.helpHint(command: command) }
                ?? ParserErrorText.rendered(message, command: command)
            FileHandle.standardError.write(Data(text.utf8))
            Foundation.exit(code)
        }
        if !message.isEmpty {
            let stream = code == 0 ? FileHandle.standardOutput : FileHandle.standardError
            stream.write(Data((message + "\n").utf8))
        }
        if code == 2 { FileHandle.standardError.write(Data(helpHint.utf8)) }
        Foundation.exit(code)
    }

    private static let helpHint = "see 'cycleplan --help'\n"
}
