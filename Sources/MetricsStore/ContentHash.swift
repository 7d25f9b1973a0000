import Crypto

/// What identifies an imported file: SHA-256 of its bytes, in lower-case hex. Two files with
/// the same bytes are the same import whatever their names.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]], as: UTF8.self)
        }.joined()
    }
}
