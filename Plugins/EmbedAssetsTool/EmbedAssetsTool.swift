import Foundation

// Writes one Swift file that holds text files as string literals, for the EmbedAssets plugin:
//   EmbedAssetsTool OUTPUT.swift ROOT FILE...
// Each FILE (under ROOT) becomes an entry of `EmbeddedAssets.files`, keyed by its path
// relative to ROOT. Every scalar outside printable ASCII-and-beyond is escaped, so the text
// comes back byte for byte (a multi-line literal would drop or normalize line breaks).
//
// No top-level code: the fuzz build (`--sanitize=fuzzer`, scripts/fuzz.sh) compiles every
// executable of the package as a library and links libFuzzer's `main` into it, this build
// tool included. There (`CYCLEPLAN_FUZZ_BUILD`, defined by fuzz.sh) the tool runs from
// libFuzzer's first hook, `LLVMFuzzerInitialize`, which libFuzzer calls before it reads any
// argument, and exits; elsewhere it is an ordinary `@main`.
#if CYCLEPLAN_FUZZ_BUILD
@_cdecl("LLVMFuzzerInitialize")
func fuzzBuildInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    EmbedAssetsTool.main()
    exit(0)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBuildTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
#endif

#if !CYCLEPLAN_FUZZ_BUILD
@main
extension EmbedAssetsTool {}
#endif

enum EmbedAssetsTool {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: EmbedAssetsTool OUTPUT.swift ROOT FILE...\n".utf8))
            exit(2)
        }
        let output = arguments[1]
        let root = arguments[2].hasSuffix("/") ? arguments[2] : arguments[2] + "/"

        var entries: [(String, String)] = []
        for path in arguments.dropFirst(3) {
            guard path.hasPrefix(root) else {
                FileHandle.standardError.write(Data("EmbedAssetsTool: \(path) is not under \(root)\n".utf8))
                exit(1)
            }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write(Data("EmbedAssetsTool: cannot read \(path) as UTF-8\n".utf8))
                exit(1)
            }
            entries.append((String(path.dropFirst(root.count)), text))
        }
        entries.sort { $0.0 < $1.0 }

        var swift = "// Generated at build time by the EmbedAssets plugin. Not committed; edit the files instead.\n\n"
        swift += "enum EmbeddedAssets {\n    /// Every embedded file, by its path relative to the embedded folder.\n"
        swift += "    static let files: [String: String] = [\n"
        if entries.isEmpty { swift += "        :\n" }
        for (key, text) in entries {
            swift += "        \(literal(key)): \(literal(text)),\n"
        }
        swift += "    ]\n\n"
        swift += """
                /// The text of an embedded file; a missing one is a packaging bug, caught by any test
                /// that renders it.
                static func text(_ path: String) -> String {
                    guard let text = files[path] else { preconditionFailure("\\(path) is not embedded") }
                    return text
                }
            }

            """

        let data = Data(swift.utf8)
        // Leave an unchanged file alone, so its module is not recompiled.
        if FileManager.default.contents(atPath: output) != data {
            do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                FileHandle.standardError.write(Data("EmbedAssetsTool: cannot write \(output): \(error)\n".utf8))
                exit(1)
            }
        }
    }
}

func literal(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || (0x2028...0x2029).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

