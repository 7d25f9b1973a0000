import ArgumentParser
import PlanModel

/// `--numbers plain|cn`.
extension NumberStyle: ExpressibleByArgument {}
