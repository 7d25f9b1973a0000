/// The stable identifier of each kind of problem. The raw values are a public contract:
/// editors, CI scripts and test fixtures match on them, so never rename one.
public enum DiagnosticID: String, Sendable, Codable, CaseIterable {
    // Reading the file
    case fileUnreadable = "file_unreadable"
    case yamlSyntax = "yaml_syntax"
    case tabIndentation = "tab_indentation"
    case invalidUTF8 = "invalid_utf8"
    case duplicateKey = "duplicate_key"
    case aliasLimit = "alias_limit"
    case nestingLimit = "nesting_limit"
    case unknownAnchor = "unknown_anchor"
    case badMerge = "bad_merge"
    /// A plan file with nothing in it but blank lines and comments.
    case emptyFile = "empty_file"
    // Shape of the plan
    case unsupportedVersion = "unsupported_version"
    case missingKey = "missing_key"
    case unknownKey = "unknown_key"
    case typeMismatch = "type_mismatch"
    case conflictingKeys = "conflicting_keys"
    // Values
    case invalidID = "invalid_id"
    case invalidDate = "invalid_date"
    case invalidDuration = "invalid_duration"
    case invalidNumber = "invalid_number"
    case invalidValue = "invalid_value"
    case invalidDependency = "invalid_dependency"
    // References and graphs
    case duplicateID = "duplicate_id"
    case unknownTask = "unknown_task"
    case unknownRole = "unknown_role"
    case dependencyCycle = "dependency_cycle"
    // Metrics
    case formulaSyntax = "formula_syntax"
    case formulaUnknownMetric = "formula_unknown_metric"
    case formulaCycle = "formula_cycle"
    case targetUnknownMetric = "target_unknown_metric"
    /// An experiment or an actuals column naming a metric that is not defined.
    case unknownMetric = "unknown_metric"
    // Includes
    case includeNotFound = "include_not_found"
    case includeCycle = "include_cycle"
    case includeOutsideRoot = "include_outside_root"
    // Warnings
    case emptyPlan = "empty_plan"
    case invalidRange = "invalid_range"
    // Scheduling
    case infeasibleFixedDate = "infeasible_fixed_date"
    case fixedDateNotWorking = "fixed_date_not_working"
    case assignmentOverCapacity = "assignment_over_capacity"
    case roleWithoutCapacity = "role_without_capacity"
    case missedDeadline = "missed_deadline"
    case overallocation = "overallocation"
    case scheduleHorizon = "schedule_horizon"
    case beforePlanStart = "before_plan_start"
    /// Fixed tasks that together need more of a role than its headcount on some day.
    case fixedOverallocation = "fixed_overallocation"
    /// A phase with no tasks: a dependency on it waits only for its own `after`.
    case emptyPhase = "empty_phase"
    // team model (#12)
    /// A rota puts more people on duty than the role has.
    case rotaOverHeadcount = "rota_over_headcount"
    /// `role: design/wang` names no person of that role.
    case unknownPerson = "unknown_person"
}
