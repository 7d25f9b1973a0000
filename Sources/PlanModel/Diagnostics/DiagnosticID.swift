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
    // outputs and file access (hardening)
    /// A path that cannot name a file: empty, or with a NUL byte (an include written as
    /// `"shared/roles.yaml\0evil"`, an output path from a script).
    case invalidPath = "invalid_path"
    /// An output path that names a folder.
    case outputIsFolder = "output_is_folder"
    /// An output whose folder does not exist.
    case outputFolderMissing = "output_folder_missing"
    /// A folder `init` must write into (or create) is taken by a file.
    case outputNotAFolder = "output_not_a_folder"
    /// An existing output that is not ours to replace: read-only, owned by another user, or
    /// in a folder we cannot write. `-o` is not `rm -f`.
    case outputNotWritable = "output_not_writable"
    /// An output path that is a symbolic link to nothing: refused rather than created through
    /// the link (a link can point anywhere).
    case outputDanglingLink = "output_dangling_link"
    /// An output that is a block device (a disk) or a socket: never written.
    case outputSpecialFile = "output_special_file"
    /// Writing failed part way (disk full, I/O error); the old file, if any, is untouched.
    case outputFailed = "output_failed"
    /// A PDF or PNG was asked for and the program that draws it from the SVG (`rsvg-convert`,
    /// Debian package librsvg2-bin) is not installed: nothing is written.
    case rendererMissing = "renderer_missing"
    /// The PDF/PNG renderer ran and failed (or was killed): nothing is written.
    case rendererFailed = "renderer_failed"
    // tracking (#11)
    /// A baselines file that cannot be read or does not hold baselines.
    case baselineInvalid = "baseline_invalid"
    /// `status` with no baseline saved: the plan as scheduled now stands in for one.
    case noBaseline = "no_baseline"
    /// A status file entry done before it started.
    case doneBeforeStarted = "done_before_started"
    /// Progress, remaining work, started or done on a milestone (it is `reached`).
    case milestoneProgress = "milestone_progress"
    /// `reached` on a task that is not a milestone.
    case reachedNotMilestone = "reached_not_milestone"
    /// A date in a status file after its status date.
    case statusAfterAsOf = "status_after_as_of"
    /// Progress outside 0–100 %.
    case progressOutOfRange = "progress_out_of_range"
    /// A done task whose predecessor is not done (or, for SS/SF, not started).
    case predecessorNotDone = "predecessor_not_done"
    /// A task reported 100 % without a `done` date: taken as done on the status date.
    case doneWithoutDate = "done_without_date"
    // review targets (#10)
    /// A flow target split by a dimension (`by:`) whose parts do not add up to the whole.
    case targetSplitMismatch = "target_split_mismatch"
    // formulas and diagnostics (hardening)
    /// A formula over `Formula.maximumNodes` nodes or `Formula.maximumNesting` levels deep.
    case formulaTooLarge = "formula_too_large"
    /// Derived metrics built on each other more than `Formula.maximumChainDepth` levels deep.
    case formulaChainTooDeep = "formula_chain_too_deep"
    // team model (#12)
    /// A rota puts more people on duty than the role has.
    case rotaOverHeadcount = "rota_over_headcount"
    /// `role: design/wang` names no person of that role.
    case unknownPerson = "unknown_person"
    // plans that share a team (#12)
    /// Plans scheduled together define a role of the same id differently (headcount,
    /// calendar, people): roles are matched by id, so they must come from one shared file.
    case portfolioRoleDiffers = "portfolio_role_differs"
    /// No longer reported: plans with different working calendars are scheduled together,
    /// each on its own (it was the refusal of them). Kept so the id is never reused.
    case portfolioCalendarDiffers = "portfolio_calendar_differs"
    /// A `portfolio:` entry names a plan that cannot be read or has errors.
    case portfolioSiblingUnreadable = "portfolio_sibling_unreadable"
    /// A plan scheduled alone and a sibling plan of its `portfolio:` together book a shared
    /// role over its capacity on some days.
    case portfolioOverbooked = "portfolio_overbooked"
    /// `status a.yaml b.yaml`: the plans' status files give different status dates and no
    /// `--as-of` names one, so their remaining work cannot be rescheduled from one day.
    case portfolioStatusDatesDiffer = "portfolio_status_dates_differ"
    // cycle over cycle (#14)
    /// `review --shift` with a value that is not `N` and a unit (`1cycle`, `1y`, `4w`…).
    case reviewBadShift = "review_bad_shift"
    /// `review --trend N` outside 0…120.
    case reviewBadTrend = "review_bad_trend"
    /// `review --shift`, `--previous`, `--last-year` or `--trend` without `--store`: previous
    /// periods are read from a metrics store.
    case previousNeedsStore = "previous_needs_store"
    /// The store has no data in any window of the period compared with (a previous plan, a
    /// shift) for any KPI: nothing to compare, so nothing is written.
    case previousNoData = "previous_no_data"
    // the warehouse (#14)
    /// `actuals: {source: postgres://…}` cannot be reached or logged into (or its URL is
    /// malformed, or names an unset password variable); at the `source` key.
    case warehouseUnavailable = "warehouse_unavailable"
    /// The `table` is no table, view, materialized view or foreign table of the schema.
    case warehouseUnknownTable = "warehouse_unknown_table"
    /// A `date`, `columns` or `dimensions` key names no column of the table.
    case warehouseUnknownColumn = "warehouse_unknown_column"
    /// A column of the wrong type: the date column must be a date or timestamp, a metric
    /// column a number.
    case warehouseColumnType = "warehouse_column_type"
}
