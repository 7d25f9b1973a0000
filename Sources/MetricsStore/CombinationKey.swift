/// A dimension combination as one unambiguous text, the same in every store: the pairs sorted
/// by dimension, each part prefixed by its length in UTF-8 bytes (so no separator can be
/// forged by a value).
public enum CombinationKey {
    public static func of(_ dimensions: [String: String]) -> String {
        dimensions.sorted { $0.key < $1.key }.map { "\($0.key.utf8.count):\($0.key)\($0.value.utf8.count):\($0.value)" }.joined()
    }
}
