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

    static func chineseHint(forProblem problem: String) -> String? {
        switch problem {
        case "mapping values are not allowed in this context":
            return "含有 ': ' 的值要加引号，或者这一行的缩进不对"
        case "did not find expected key":
            return "对照上面的键检查这一行的缩进"
        case "found character that cannot start any token":
            return "以 @ ` 或 % 等字符开头的值要加引号"
        case "found undefined tag handle":
            return "以 '!' 开头的值要加引号"
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return "方括号或花括号没有闭合，或者含 ',' 的项需要加引号"
        case "found unexpected end of stream":
            return "这里开始的引号或括号没有闭合"
        case "did not find expected '-' indicator":
            return "列表项要上下对齐"
        default:
            return nil
        }
    }
}
