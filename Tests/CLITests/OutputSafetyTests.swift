import Foundation
import Testing

/// `-o` and `init` on what must never be destroyed or bypassed (issue #9, cases 13–16, 18):
/// devices, FIFOs, links, read-only and other users' files, long names, folders; and inputs
/// that are not regular files.
@Suite("Output safety")
struct OutputSafetyTests {
    let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path

    private func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func entries(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func devNullIsWrittenThroughAndStaysADevice() throws {
        let outcome = try CLIRunner.run(["gantt", plan, "-o", "/dev/null", "--format", "svg"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aFIFOReceivesTheOutputAsAStream() async throws {
        let directory = try CLIRunner.temporaryDirectory()
        let fifo = directory.appendingPathComponent("schedule.csv").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let reader = Task.detached { () -> [UInt8] in
            let descriptor = open(fifo, O_RDONLY)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var received: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { return received }
                received += chunk[..<count]
            }
        }
        let outcome = try CLIRunner.run(["schedule", plan, "-o", fifo])
        let text = String(decoding: await reader.value, as: UTF8.self)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(text.hasPrefix("\u{FEFF}id,name,"))
        #expect(kind(fifo) == S_IFIFO)
        #expect(try entries(directory) == ["schedule.csv"])
    }

    @Test func aSymlinkKeepsPointingAtItsReplacedTarget() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let target = directory.appendingPathComponent("charts/real.svg")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "old".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("chart.svg").path,
                                                   withDestinationPath: "charts/real.svg")
        let outcome = try CLIRunner.run(["gantt", plan, "-o", "chart.svg"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(kind(directory.appendingPathComponent("chart.svg").path) == S_IFLNK)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("<svg"))
        #expect(try entries(target.deletingLastPathComponent()) == ["real.svg"])
    }

    @Test func aDanglingLinkIsRefusedAndNothingIsCreatedThroughIt() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("chart.svg").path,
                                                   withDestinationPath: "elsewhere.svg")
        let outcome = try CLIRunner.runInEnglish(["gantt", plan, "-o", "chart.svg"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("chart.svg: error: [output_dangling_link]"))
        #expect(outcome.stderr.contains("hint:"))
        #expect(try entries(directory) == ["chart.svg"])
    }

    @Test func aReadOnlyFileIsRefusedWithItsModeKept() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("schedule.json").path
        try "keep".write(toFile: path, atomically: false, encoding: .utf8)
        try #require(chmod(path, 0o444) == 0)
        let outcome = try CLIRunner.runInEnglish(["schedule", plan, "-o", "schedule.json"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("schedule.json: error: [output_not_writable] 'schedule.json' is read-only (mode 0444)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o444)
    }

    @Test func aFileOfAnotherUserIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("chart.html").path
        try "theirs".write(toFile: path, atomically: false, encoding: .utf8)
        try #require(chown(path, 65534, 65534) == 0, "the tests run as root")
        let outcome = try CLIRunner.runInEnglish(["gantt", plan, "-o", "chart.html"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[output_not_writable]") && outcome.stderr.contains("belongs to another user"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("schedule.csv").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try #require(chmod(path, 0o600) == 0)
        let outcome = try CLIRunner.run(["schedule", plan, "-o", "schedule.csv"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("id,name,"))
    }

    @Test func aLongValidNameIsWrittenAndNoTemporaryFileIsLeft() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let name = String(repeating: "国庆", count: 40) + ".svg"  // 244 bytes: 40 × 6 + 4
        try #require(name.utf8.count == 244)
        let outcome = try CLIRunner.run(["gantt", plan, "-o", name], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try entries(directory) == [name])
    }

    @Test func aFolderOrAMissingFolderIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let folder = try CLIRunner.runInEnglish(["gantt", plan, "-o", "out", "--format", "svg"], in: directory)
        #expect(folder.status == 1 && folder.stderr.contains("out: error: [output_is_folder]"))
        let missing = try CLIRunner.runInEnglish(["gantt", plan, "-o", "nope/chart.svg"], in: directory)
        #expect(missing.status == 1 && missing.stderr.contains("[output_folder_missing] the folder 'nope' does not exist"))
        #expect(try entries(directory) == ["out"])
    }

    @Test func dashIsStandardOutput() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let schedule = try CLIRunner.run(["schedule", plan, "-o", "-", "--format", "json"], in: directory)
        #expect(schedule.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(schedule.stdout.utf8)) is [String: Any])
        let gantt = try CLIRunner.run(["gantt", plan, "-o", "-"], in: directory)
        #expect(gantt.status == 0 && gantt.stdout.hasPrefix("gantt\n"))
        let schema = try CLIRunner.run(["schema", "-o", "-"], in: directory)
        #expect(schema.status == 0 && schema.stdout.contains("\"$schema\""))
        #expect(try entries(directory).isEmpty)
    }

    @Test func aFIFOAsInputIsNotARegularFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let fifo = directory.appendingPathComponent("actuals.csv").path
        try #require(mkfifo(fifo, 0o644) == 0)
        // No writer: reading it would wait forever; it is refused without being opened for long.
        let review = try CLIRunner.runInEnglish(["review", "plans/cycle.yaml", "--actuals", fifo])
        #expect(review.status == 1)
        #expect(review.stderr.contains("[actuals_unreadable]") && review.stderr.contains("it is a named pipe (FIFO), not a regular file"))
        #expect(!review.stderr.contains("permission denied"))
        let validate = try CLIRunner.runInEnglish(["validate", fifo])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("[file_unreadable]") && validate.stdout.contains("not a regular file"))
    }

    @Test func initChecksEveryDestinationBeforeWritingAny() throws {
        let directory = try CLIRunner.temporaryDirectory()
        // 'shared' is taken by a file: the plan used to be written, then a raw Foundation error.
        try "a file".write(to: directory.appendingPathComponent("shared"), atomically: false, encoding: .utf8)
        let blocked = try CLIRunner.runInEnglish(["init", "mine"], in: directory)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("shared: error: [output_not_a_folder]"))
        #expect(!blocked.stderr.contains("NSCocoaErrorDomain") && !blocked.stderr.contains("Error Domain"))
        #expect(try entries(directory) == ["shared"])
    }

    @Test func initRefusesADanglingLinkAtThePlanPath() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let link = directory.appendingPathComponent("mine.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "elsewhere/mine.yaml")
        let outcome = try CLIRunner.runInEnglish(["init", "mine"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("mine.yaml: error: [output_dangling_link]"))
        #expect(kind(link) == S_IFLNK)
        #expect(try entries(directory) == ["mine.yaml"])
    }

    @Test func initDoesNotWaitOnAFIFOInTheWay() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try #require(mkfifo(directory.appendingPathComponent("mine.yaml").path, 0o644) == 0)
        // Without a reader, writing into it would wait forever: it is a file in the way.
        let outcome = try CLIRunner.runInEnglish(["init", "mine"], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("'mine.yaml' already exists (use --force to overwrite)"))
        #expect(try entries(directory) == ["mine.yaml"])
    }

    @Test func initLeavesIdenticalFilesAndCreatesNestedFolders() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let first = try CLIRunner.runInEnglish(["init", "mine", "-C", "teams/ops"], in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("wrote teams/ops/shared/roles.yaml"))
        let again = try CLIRunner.runInEnglish(["init", "mine", "-C", "teams/ops"], in: directory)
        #expect(again.status == 0)
        #expect(again.stdout.contains("kept teams/ops/shared/roles.yaml (unchanged)"))
        #expect(try entries(directory.appendingPathComponent("teams/ops")) == ["cycleplan.schema.json", "mine.yaml", "shared"])
    }
}
