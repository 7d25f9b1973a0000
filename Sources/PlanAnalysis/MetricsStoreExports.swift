// `Observation` and the store's protocol live in MetricsStore, below this module; users of
// PlanAnalysis (the importer's results, the review) see them without a second import.
@_exported import MetricsStore
