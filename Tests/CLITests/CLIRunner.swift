import Foundation

/// Runs the built `cycleplan` executable as a user would, capturing its output and status.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary sits beside the test bundle in the build folder.
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("cycleplan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/cycleplan")
    }()

    /// `run` in an English locale, for tests that read English messages (the default, in the C
    /// locale the runner sets, is 中文).
    static func runInEnglish(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Outcome {
        try run(arguments, in: directory, environment: ["LC_MESSAGES": "en_US.UTF-8"].merging(extra) { _, given in given })
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The machine's locale must not decide: the tests run in the C locale, where cycleplan
        // speaks 中文 (its default); a test that reads English asks for it with --lang en, and a
        // test of the locale passes its own.
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { _, given in given }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes text to a new file in a new temporary folder.
    static func write(_ text: String, name: String = "plan.yaml") throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A new folder under this test process's own, which is removed when the process ends
    /// (a run made some 200 folders, left behind in the system's temporary folder).
    static func temporaryDirectory() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The test process's folder for the runs' files, made once, removed at exit.
private let runFolder: URL = {
    atexit { try? FileManager.default.removeItem(at: processFolder()) }
    return processFolder()
}()

private func processFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-cli-tests-\(getpid())")
}
