extension Formula {
    /// An expression tree stored flat, children before their parent (post-order), the root
    /// last. Nodes refer to their children by index, so the tree has no recursion in memory:
    /// freeing, copying and comparing it are loops, whatever its shape, and every walk is one
    /// pass over `nodes` (see `reduce`). Metric references appear in the order of the text.
    public struct Expression: Sendable, Equatable {
        public enum Node: Sendable, Equatable {
            case number(Double)
            /// A metric id and its character offset within the formula text.
            case metric(String, offset: Int)
            /// The index of the operand.
            case negate(Int)
            /// The indices of the left and right operands.
            case binary(Operator, Int, Int)
        }

        /// Never empty; the root is the last node.
        public private(set) var nodes: [Node]

        init(nodes: [Node]) {
            precondition(!nodes.isEmpty, "an expression has at least one node")
            self.nodes = nodes
        }

        public var root: Node { nodes[nodes.count - 1] }

        public static func number(_ value: Double) -> Expression { Expression(nodes: [.number(value)]) }

        public static func metric(_ id: String, offset: Int) -> Expression { Expression(nodes: [.metric(id, offset: offset)]) }

        public static func negate(_ inner: Expression) -> Expression {
            Expression(nodes: inner.nodes + [.negate(inner.nodes.count - 1)])
        }

        public static func binary(_ op: Operator, _ left: Expression, _ right: Expression) -> Expression {
            let shift = left.nodes.count
            var nodes = left.nodes
            nodes.reserveCapacity(left.nodes.count + right.nodes.count + 1)
            for node in right.nodes {
                switch node {
                case .number, .metric: nodes.append(node)
                case .negate(let inner): nodes.append(.negate(inner + shift))
                case let .binary(op, l, r): nodes.append(.binary(op, l + shift, r + shift))
                }
            }
            nodes.append(.binary(op, shift - 1, nodes.count - 1))
            return Expression(nodes: nodes)
        }

        /// Folds the tree bottom-up in one pass over the nodes. A `nil` from any node makes
        /// the whole result `nil` (a missing input, a division by zero, a shape that does not
        /// fit), and the pass stops there.
        ///
        /// - Complexity: O(nodes) calls of the closures, no recursion.
        public func reduce<Value>(
            number: (Double) -> Value?,
            metric: (String) -> Value?,
            negate: (Value) -> Value?,
            binary: (Operator, Node, Value, Node, Value) -> Value?
        ) -> Value? {
            var values: [Value?] = []
            values.reserveCapacity(nodes.count)
            for node in nodes {
                let value: Value?
                switch node {
                case .number(let constant): value = number(constant)
                case .metric(let id, _): value = metric(id)
                case .negate(let inner): value = values[inner].flatMap(negate)
                case let .binary(op, l, r):
                    guard let left = values[l], let right = values[r] else { return nil }
                    value = binary(op, nodes[l], left, nodes[r], right)
                }
                guard value != nil else { return nil }
                values.append(value)
            }
            return values[values.count - 1]
        }
    }
}
