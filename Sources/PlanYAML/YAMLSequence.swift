public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var mark: Mark

    public init(items: [YAMLNode], mark: Mark) {
        self.items = items
        self.mark = mark
    }
}
