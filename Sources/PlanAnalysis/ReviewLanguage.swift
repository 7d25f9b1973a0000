import PlanModel

/// The review's reports take the one language type every output uses (`PlanModel.Language`);
/// the old name stays so the review's catalogs read as before.
public typealias ReviewLanguage = Language
