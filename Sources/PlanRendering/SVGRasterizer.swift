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
        var arguments = ["--format", output.rawValue]
        // PNG at twice the SVG's pixels (sharp on a high-density screen or when zoomed), unless
        // that passes 40 megapixels (the 500-task chart): then at its own size.
        if output == .png, let size = Self.pixelSize(svg), size.width * size.height * 4 <= 40_000_000 {
            arguments += ["--zoom", "2"]
        }
        if output == .png { arguments += ["--background-color", "white"] }
        return try render(arguments: arguments, input: Data(svg.utf8), as: output, path: path, revision: revision)
    }

    /// Runs the renderer with these arguments and standard input.
    private func render(arguments: [String], input: Data, as output: Output, path: String, revision: Int?) throws(OutputFailure) -> [UInt8] {
        guard let program = Self.find(Self.program, in: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw OutputFailure(.rendererMissing, path: path,
                                Bilingual(zh: "没有找到 \(Self.program)，无法写 \(output.rawValue.uppercased())",
                                          en: "\(Self.program) was not found, so no \(output.rawValue.uppercased()) can be written"),
                                hint: Bilingual(zh: "安装 Debian 包 \(Self.debianPackage)（sudo apt-get install \(Self.debianPackage)），或写 -o plan.svg",
                                                en: "install the Debian package \(Self.debianPackage) (sudo apt-get install \(Self.debianPackage)), or write -o plan.svg"))
        }
        var childEnvironment = environment
        if let revision { childEnvironment["SOURCE_DATE_EPOCH"] = String(revision) }
        let result: (status: Int32, out: Data, err: Data)
        do {
            result = try Self.run(program, arguments, input: input, environment: childEnvironment)
        } catch {
            throw OutputFailure(.rendererFailed, path: path, Bilingual(zh: "\(Self.program) 无法启动：\(error)", en: "\(Self.program) could not be started: \(error)"),
                                hint: Bilingual(zh: "重新安装 \(Self.debianPackage)", en: "reinstall \(Self.debianPackage)"))
        }
        guard result.status == 0, !result.out.isEmpty else {
            let said = String(decoding: result.err, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(result.status)"
            throw OutputFailure(.rendererFailed, path: path,
                                Bilingual(zh: "\(Self.program) 没有画出 \(output.rawValue.uppercased())：\(said)", en: "\(Self.program) failed: \(said)"),
                                hint: Bilingual(zh: "写 -o plan.svg 看看图本身", en: "write -o plan.svg to look at the chart itself"))
        }
        return [UInt8](result.out)
    }

    private static let checkTemporaryDisk = Bilingual(zh: "检查 TMPDIR 所在的磁盘", en: "check the disk TMPDIR is on")

    /// Several pages (`SVGRenderer.renderPages`) as one PDF of as many pages, each page the
    /// size its SVG names: rsvg-convert reads one page per file, so they are written to a
    /// private temporary folder first, removed afterwards whatever happens.
    public func renderPDF(pages: [String], path: String, revision: Int?) throws(OutputFailure) -> [UInt8] {
        if pages.count == 1 { return try render(pages[0], as: .pdf, path: path, revision: revision) }
        let folder: String
        do {
            folder = try Self.temporaryFolder()
        } catch {
            throw OutputFailure(.rendererFailed, path: path, Bilingual(zh: "无法为 \(Self.program) 建临时文件夹：\(error)", en: "no temporary folder for \(Self.program): \(error)"),
                                hint: Self.checkTemporaryDisk)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String] = []
        for (number, page) in pages.enumerated() {
            let file = folder + "/page-\(number + 1).svg"
            guard FileManager.default.createFile(atPath: file, contents: Data(page.utf8)) else {
                throw OutputFailure(.rendererFailed, path: path, Bilingual(zh: "无法写临时文件 \(file)", en: "could not write the temporary file \(file)"),
                                    hint: Self.checkTemporaryDisk)
            }
            files.append(file)
        }
        return try render(arguments: ["--format", "pdf"] + files, input: Data(), as: .pdf, path: path, revision: revision)
    }

    private static func temporaryFolder() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/cycleplan-pages-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }

    /// The first `PATH` entry holding an executable `name`.
    static func find(_ name: String, in path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The `width`/`height` of the `<svg>` element in pixels (millimetres at 96 per inch).
    static func pixelSize(_ svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        func attribute(_ name: String) -> Double? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let value = tag[start.upperBound...].prefix { $0 != "\"" }
            if value.hasSuffix("mm") { return Double(value.dropLast(2)).map { $0 * 96 / 25.4 } }
            return Double(value)
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
