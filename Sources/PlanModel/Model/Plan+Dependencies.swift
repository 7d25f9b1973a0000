extension Plan {
    /// The links that hold task `task`: its own, then those of each phase it is in, from the
    /// innermost out (a link into a phase holds every task of it) — each list handed over as
    /// it is, without joining them into one array per task asked about.
    public func forEachDependencyList(of task: Int, _ body: ([Dependency]) -> Void) {
        body(tasks[task].dependencies)
        var phase = tasks[task].phase
        while let current = phase, current < phases.count {
            body(phases[current].dependencies)
            phase = phases[current].parent
        }
    }
}
