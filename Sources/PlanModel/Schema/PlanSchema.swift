public enum PlanSchema {
    public static let json: String = "{}"
}
