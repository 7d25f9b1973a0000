/// The rule of the leveling pass whose dates a leveled schedule shows (docs/scheduling.md,
/// "Leveling"). Every rule ranks explicit priority first; they differ in what breaks ties.
public enum LevelingRule: String, Sendable {
    /// Least total float of the unleveled schedule, then plan order (the first pass).
    case totalFloat
    /// Earliest late start of the unleveled schedule, then plan order.
    case lateStart
    /// The starts of the right-justified schedule of the best pass so far (forward-backward
    /// improvement), then plan order.
    case justified
}
