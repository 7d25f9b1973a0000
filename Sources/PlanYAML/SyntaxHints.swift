/// Plain-language advice for libyaml's most common complaints, which are accurate but
/// written for people who know the YAML grammar.
enum SyntaxHints {
    static func hint(forProblem problem: String) -> String? {
        switch problem {
        case "mapping values are not allowed in this context":
            return "a value that contains ': ' must be quoted, or the line is indented wrongly"
        case "did not find expected key":
            return "check the indentation of this line against the keys above it"
        case "found character that cannot start any token":
            return "quote values that begin with characters such as @ ` or %"
        case "found undefined tag handle":
            return "a value that begins with '!' must be quoted"
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return "a flow collection is not closed, or an item containing ',' needs quotes"
        case "found unexpected end of stream":
            return "a quote or bracket opened here is never closed"
        case "did not find expected '-' indicator":
            return "list items must line up under each other"
        default:
            return nil
        }
    }
}
