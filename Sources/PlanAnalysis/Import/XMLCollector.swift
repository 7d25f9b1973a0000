/// Attributes of every element with a given (local) name: the sheets of `workbook.xml`, the
/// relationships of its `.rels`.
final class XMLCollector: XMLPartReader {
    let element: String
    private(set) var found: [[String: String]] = []

    init(element: String) {
        self.element = element
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == element { found.append(attributes) }
    }
}
