import Foundation
import Testing
@testable import PlanModel

/// Inputs are regular files: anything else is said to be what it is, without waiting on it.
@Suite("Input files")
struct InputFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func aFIFOIsNotARegularFileAndIsNotWaitedOn() throws {
        let fifo = folder + "/plan.yaml"
        try #require(mkfifo(fifo, 0o644) == 0)
        // No writer: opening it blocking, or reading it, would never return.
        #expect(InputFile.read(fifo) == .failure(.notARegularFile(kind: "a named pipe (FIFO)")))
        let result = PlanLoader().load(file: fifo)
        #expect(result.diagnostics.map(\.id) == [.fileUnreadable])
        #expect(result.diagnostics.first?.message.contains("it is a named pipe (FIFO), not a regular file") == true)
        #expect(result.diagnostics.first?.message.contains("permission") == false)
    }

    @Test func otherKindsAreNamed() throws {
        #expect(InputFile.read("/dev/null") == .failure(.notARegularFile(kind: "a character device")))
        #expect(InputFile.read(folder) == .failure(.isFolder))
        #expect(InputFile.read(folder + "/missing.csv") == .failure(.notFound))
        #expect(InputFile.read(folder + "/a.csv\0b") == .failure(.invalidPath))
    }

    @Test func aRegularFileAndALinkToOneAreRead() throws {
        let path = folder + "/data.csv"
        try "日期,访客\n2026-09-01,5\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(symlink("data.csv", folder + "/link.csv") == 0)
        #expect(InputFile.read(path) == .success(Array("日期,访客\n2026-09-01,5\n".utf8)))
        #expect(InputFile.read(folder + "/link.csv") == InputFile.read(path))
        #expect(InputFile.read(path, maximumBytes: 4) == .failure(.tooLarge(megabytes: 0, limit: 0)))
    }
}
