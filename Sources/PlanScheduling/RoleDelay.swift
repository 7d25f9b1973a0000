/// Working days one role held a task back while leveling.
public struct RoleDelay: Sendable, Equatable {
    public let role: String
    public let days: Int

    public init(role: String, days: Int) {
        self.role = role
        self.days = days
    }
}
