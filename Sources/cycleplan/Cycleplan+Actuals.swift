import ArgumentParser

extension Cycleplan {
    struct Actuals: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep actuals in a metrics store: import exports once, review many times.",
            discussion: """
                The store is a SQLite file, by default .cycleplan/metrics.sqlite beside the plan. \
                An import is one transaction; importing the same file again changes nothing; a \
                later export giving the same metric, day and dimension values supersedes the \
                earlier value, and the history keeps both. Review from it with \
                'cycleplan review PLAN --store PATH'.
                """,
            subcommands: [Import.self, List.self, History.self, Drop.self]
        )
    }
}
