import Foundation
import PlanModel

/// The SVG chart as PDF or PNG (`-o plan.pdf|png`), drawn by librsvg's `rsvg-convert` from
/// the very SVG `SVGRenderer` writes, given on standard input (docs/design.md: why librsvg
/// and not Chromium's print). Fonts come from fontconfig, so Chinese is drawn with Noto
/// CJK where it is installed, and embedded (subset) in the PDF. The whole output is
/// collected in memory before anything is written, so a failure leaves no partial file.
public struct SVGRasterizer: Sendable {
    public enum Output: String, Sendable { case pdf, png }

    public static let program = "rsvg-convert"
    public static let debianPackage = "librsvg2-bin"

    /// `PATH`, and `SOURCE_DATE_EPOCH` for the renderer's PDF dates.
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// - Parameters:
    ///   - path: the output as the user named it, for messages.
    ///   - revision: when the plan last changed (`PlanRevision`): the PDF's creation date,
    ///     so the same plan gives the same bytes.
    /// - Throws: `OutputFailure` `renderer_missing` (naming the Debian package) or
    ///   `renderer_failed` (with what the renderer said).
    public func render(_ svg: String, as output: Output, path: String, revision: Int?) throws(OutputFailure) -> [UInt8] {
        guard let program = Self.find(Self.program, in: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw OutputFailure(.rendererMissing, path: path,
                                "没有找到 \(Self.program)，无法写 \(output.rawValue.uppercased()) / "
                                    + "\(Self.program) was not found, so no \(output.rawValue.uppercased()) can be written",
                                hint: "安装 Debian 包 \(Self.debianPackage)（sudo apt-get install \(Self.debianPackage)），或写 -o plan.svg / "
                                    + "install the Debian package \(Self.debianPackage) (sudo apt-get install \(Self.debianPackage)), or write -o plan.svg")
        }
        var arguments = ["--format", output.rawValue]
        // PNG at twice the SVG's pixels (sharp on a high-density screen or when zoomed), unless
        // that passes 40 megapixels (the 500-task chart): then at its own size.
        if output == .png, let size = Self.pixelSize(svg), size.width * size.height * 4 <= 40_000_000 {
            arguments += ["--zoom", "2"]
        }
        if output == .png { arguments += ["--background-color", "white"] }
        var childEnvironment = environment
        if let revision { childEnvironment["SOURCE_DATE_EPOCH"] = String(revision) }
        let result: (status: Int32, out: Data, err: Data)
        do {
            result = try Self.run(program, arguments, input: Data(svg.utf8), environment: childEnvironment)
        } catch {
            throw OutputFailure(.rendererFailed, path: path, "\(Self.program) 无法启动 / \(Self.program) could not be started: \(error)",
                                hint: "重新安装 \(Self.debianPackage) / reinstall \(Self.debianPackage)")
        }
        guard result.status == 0, !result.out.isEmpty else {
            let said = String(decoding: result.err, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(result.status)"
            throw OutputFailure(.rendererFailed, path: path,
                                "\(Self.program) 没有画出 \(output.rawValue.uppercased()) / \(Self.program) failed: \(said)",
                                hint: "写 -o plan.svg 看看图本身 / write -o plan.svg to look at the chart itself")
        }
        return [UInt8](result.out)
    }

    /// The first `PATH` entry holding an executable `name`.
    static func find(_ name: String, in path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The `width`/`height` of the `<svg>` element when they are pixels.
    static func pixelSize(_ svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        func attribute(_ name: String) -> Double? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            return Double(tag[start.upperBound...].prefix { $0 != "\"" })
        }
        guard let width = attribute("width"), let height = attribute("height") else { return nil }
        return (width, height)
    }

    /// Runs a program with `input` on standard input, both outputs read concurrently (so
    /// neither pipe can fill and stall it).
    private static func run(_ program: String, _ arguments: [String], input: Data,
                            environment: [String: String]) throws -> (status: Int32, out: Data, err: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        // A renderer that dies before reading all of the SVG must not take this process with
        // it (SIGPIPE): the write fails instead, and the exit status tells.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        try process.run()
        let group = DispatchGroup()
        let errors = Collected()
        DispatchQueue.global().async(group: group) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errors.data = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, out, errors.data)
    }

    /// What the standard-error reader collected, handed back after `group.wait()`.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
