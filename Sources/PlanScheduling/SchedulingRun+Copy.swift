import PlanModel

extension SchedulingRun {
    /// A second run in exactly this one's state, for a leveling pass on another thread
    /// (`level`): every stored property copied — the arrays share their storage until one
    /// side writes. The lazily read tables are read here first, so neither run computes them
    /// again. `LevelingParallelTests` holds a leveled schedule made this way to the one made
    /// on one thread, so a property added to the run and not copied here shows up there.
    convenience init(copying other: SchedulingRun) {
        self.init(plan: other.plan, options: other.options, network: other.network, calendars: other.calendars,
                  lengths: other.lengths, lastDayShare: other.lastDayShare, notBefore: other.notBefore,
                  fixedStart: other.fixedStart)
        diagnostics = other.diagnostics
        (earlyStart, earlyEnd, lateStart, lateEnd) = (other.earlyStart, other.earlyEnd, other.lateStart, other.lateEnd)
        (freeEnd, freeStart, fixedLateStart, fixedFreeStart) = (other.freeEnd, other.freeStart, other.fixedLateStart, other.fixedFreeStart)
        (endOfDayMilestone, unleveledStart, linkedStart) = (other.endOfDayMilestone, other.unleveledStart, other.linkedStart)
        (roleDelays, lastBlock, resourceLinks) = (other.roleDelays, other.lastBlock, other.resourceLinks)
        (assignedPeople, levelingRule, occupancy, finalLoads) = (other.assignedPeople, other.levelingRule, other.occupancy, other.finalLoads)
        (namedRows, assignments, priorities, peopleTasks) = (other.namedRows, other.assignments, other.priorities, other.peopleTasks)
        (drivingLink, failed, failurePoint, horizonShort) = (other.drivingLink, other.failed, other.failurePoint, other.horizonShort)
    }
}
