import ArgumentParser
import PlanModel

extension Cycleplan {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema of the plan format, for editors.",
            discussion: """
                Save it next to your plans and put '# yaml-language-server: $schema=./cycleplan.schema.json' \
                on the first line of a plan: VS Code's YAML extension then checks and completes it as you type.
                """
        )

        @Option(name: .shortAndLong, help: "Write the schema to this file instead of standard output (- for standard output).")
        var output: String?

        func run() throws {
            try emit(Array((PlanSchema.json + "\n").utf8), to: output)
        }
    }
}
