import Foundation
import PackagePlugin

/// Compiles text files into a target as `EmbeddedAssets.files` (path → text), so the binary
/// needs no files beside it and the files stay real `.js` / `.css` / `.yaml` that tools can
/// lint and test. A target embeds its own `Assets/` folder (excluded from its sources in
/// Package.swift); PlanModel embeds the package's `plans/` (the shipped templates, their
/// shared files and the JSON Schema), which users also read and copy as they are.
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root: URL
        let keep: (String) -> Bool
        if target.name == "PlanModel" {
            root = context.package.directoryURL.appending(path: "plans")
            keep = { $0.hasSuffix(".yaml") || $0.hasSuffix(".schema.json") }
        } else {
            root = target.directoryURL.appending(path: "Assets")
            keep = { name in [".js", ".css", ".yaml", ".json", ".svg", ".html"].contains { name.hasSuffix($0) } }
        }
        let inputs = files(under: root).filter { keep($0.lastPathComponent) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files into \(target.name)",
                executable: try context.tool(named: "EmbedAssetsTool").url,
                arguments: [output.path(percentEncoded: false), root.path(percentEncoded: false)]
                    + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file under `root`, sorted, so the command line is the same each build.
    private func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(url.standardizedFileURL)
        }
        return out.sorted { $0.path < $1.path }
    }
}
