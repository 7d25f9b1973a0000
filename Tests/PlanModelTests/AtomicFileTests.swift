import Foundation
import Testing
@testable import PlanModel

/// The writer every command goes through, on the paths issue #9 found destroyed or bypassed:
/// links, devices, FIFOs, read-only files, other users' files, long names, folders.
@Suite("Atomic file writer", .serialized)
struct AtomicFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func file(_ name: String, _ text: String, mode: Int = 0o644) throws -> String {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode_t(mode)) == 0)
        return path
    }

    private func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    private func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func refusal(_ path: String, _ body: String = "x") -> OutputFailure? {
        do {
            try AtomicFile.write(body, to: path)
            return nil
        } catch {
            return error
        }
    }

    /// Everything in the folder, so a stray temporary file fails the test.
    private func entries(_ path: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path ?? folder).sorted()
    }

    @Test func aNewFileAndAReplacementLeaveNoTemporaryFile() throws {
        for unnamed in [true, false] {
            ReplacementFile.unnamedTemporaryFiles = unnamed
            defer { ReplacementFile.unnamedTemporaryFiles = true }
            let path = folder + "/out-\(unnamed).txt"
            try AtomicFile.write("一\n", to: path)
            try AtomicFile.write("二\n", to: path)
            #expect(try text(path) == "二\n")
        }
        #expect(try entries() == ["out-false.txt", "out-true.txt"])
    }

    /// A kill can only leave what has a name. While a new 32 MB file is written, the folder
    /// never shows anything but the finished file: the temporary file has no name to leave.
    /// (The old writer showed `.big.bin.UUID.tmp` for the whole write.)
    @Test func aNewFileHasNoNameUntilItIsComplete() throws {
        final class Watch: @unchecked Sendable {
            let lock = NSLock()
            var done = false
            var seen: Set<String> = []
            var looks = 0
        }
        let watch = Watch()
        let directory = folder
        let watcher = Thread {
            while true {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
                watch.lock.lock()
                watch.seen.formUnion(names)
                watch.looks += 1
                let finished = watch.done
                watch.lock.unlock()
                if finished { return }
            }
        }
        watcher.start()
        try AtomicFile.write([UInt8](repeating: 0x41, count: 32 << 20), to: folder + "/big.bin")
        watch.lock.lock()
        watch.done = true
        watch.lock.unlock()
        while !watcher.isFinished { usleep(1000) }
        #expect(watch.looks > 1)
        #expect(watch.seen.isSubset(of: ["big.bin"]))
        #expect(try entries() == ["big.bin"])
    }

    @Test func aSymlinkIsFollowedAndKept() throws {
        let real = try file("real.svg", "old")
        #expect(symlink("real.svg", folder + "/link.svg") == 0)
        try AtomicFile.write("new", to: folder + "/link.svg")
        #expect(kind(folder + "/link.svg") == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.svg") == "real.svg")
        #expect(try text(real) == "new")
        #expect(try entries() == ["link.svg", "real.svg"])
    }

    @Test func aChainOfRelativeLinksAcrossFoldersReplacesTheFinalTarget() throws {
        let real = try file("data/real.csv", "old")
        try FileManager.default.createDirectory(atPath: folder + "/links", withIntermediateDirectories: true)
        // links/a → b (relative to links/), links/b → ../data/real.csv
        #expect(symlink("../data/real.csv", folder + "/links/b") == 0)
        #expect(symlink("b", folder + "/links/a") == 0)
        try AtomicFile.write("new", to: folder + "/links/a")
        #expect(try text(real) == "new")
        #expect(kind(folder + "/links/a") == S_IFLNK && kind(folder + "/links/b") == S_IFLNK)
        #expect(try entries(folder + "/data") == ["real.csv"])
        #expect(try entries(folder + "/links") == ["a", "b"])
    }

    @Test func aDanglingLinkIsRefusedAndNothingIsCreated() throws {
        #expect(symlink("missing/target.svg", folder + "/link.svg") == 0)
        #expect(symlink("nowhere.svg", folder + "/flat.svg") == 0)
        let failure = refusal(folder + "/link.svg")
        #expect(failure?.id == .outputDanglingLink)
        #expect(failure?.message.contains("which does not exist") == true)
        #expect(refusal(folder + "/flat.svg")?.id == .outputDanglingLink)
        #expect(kind(folder + "/link.svg") == S_IFLNK)
        #expect(try entries() == ["flat.svg", "link.svg"])
    }

    @Test func aLinkOfAnotherUserInAStickySharedFolderIsNotFollowed() throws {
        let victim = try file("victim.txt", "precious")
        try FileManager.default.createDirectory(atPath: folder + "/shared", withIntermediateDirectories: true)
        try #require(chmod(folder + "/shared", 0o1777) == 0)
        #expect(symlink(victim, folder + "/shared/chart.svg") == 0)
        try #require(lchown(folder + "/shared/chart.svg", 65534, 65534) == 0, "the tests run as root")
        let failure = refusal(folder + "/shared/chart.svg")
        #expect(failure?.id == .outputNotWritable)
        #expect(failure?.message.contains("is a symbolic link of another user") == true)
        #expect(try text(victim) == "precious")
        // The same link of our own is followed.
        try #require(lchown(folder + "/shared/chart.svg", geteuid(), getegid()) == 0)
        try AtomicFile.write("mine", to: folder + "/shared/chart.svg")
        #expect(try text(victim) == "mine")
    }

    @Test func aLinkLoopIsRefused() throws {
        #expect(symlink("b", folder + "/a") == 0)
        #expect(symlink("a", folder + "/b") == 0)
        #expect(refusal(folder + "/a")?.id == .outputDanglingLink)
        #expect(kind(folder + "/a") == S_IFLNK)
    }

    @Test func devNullIsWrittenThroughAndStaysACharacterDevice() throws {
        try AtomicFile.write("anything\n", to: "/dev/null")
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aLinkToADeviceWritesThroughTheLink() throws {
        #expect(symlink("/dev/null", folder + "/null") == 0)
        try AtomicFile.write("x", to: folder + "/null")
        #expect(kind(folder + "/null") == S_IFLNK)
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aFIFOIsWrittenThroughAsAStream() async throws {
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        // The reader must be there for the writer's open to return.
        let reader = Task.detached { () -> [UInt8] in
            let descriptor = open(fifo, O_RDONLY)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var received: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { return received }
                received += chunk[..<count]
            }
        }
        try AtomicFile.write("甘特图\n", to: fifo)
        let received = await reader.value
        #expect(String(decoding: received, as: UTF8.self) == "甘特图\n")
        #expect(kind(fifo) == S_IFIFO)
        #expect(try entries() == ["pipe"])
    }

    @Test func aReadOnlyFileIsRefusedAndKept() throws {
        let path = try file("locked.json", "keep", mode: 0o444)
        let failure = refusal(path)
        #expect(failure?.id == .outputNotWritable)
        #expect(failure?.message.contains("read-only (mode 0444)") == true)
        #expect(try text(path) == "keep")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o444)
    }

    @Test func aFileOfAnotherUserIsRefused() throws {
        let path = try file("theirs.csv", "theirs", mode: 0o666)
        // As root (the test machine), chown gives it to nobody; access(2) alone would allow it.
        try #require(chown(path, 65534, 65534) == 0, "the tests run as root")
        let failure = refusal(path)
        #expect(failure?.id == .outputNotWritable)
        #expect(failure?.message.contains("belongs to another user") == true)
        #expect(try text(path) == "theirs")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_uid == 65534)
    }

    @Test func aReplacementKeepsTheModeAndGroup() throws {
        let path = try file("private.txt", "old", mode: 0o640)
        try #require(chown(path, geteuid(), 65534) == 0, "the tests run as root")
        for unnamed in [true, false] {
            ReplacementFile.unnamedTemporaryFiles = unnamed
            defer { ReplacementFile.unnamedTemporaryFiles = true }
            try AtomicFile.write("new \(unnamed)", to: path)
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_mode & 0o7777 == 0o640)
            #expect(info.st_gid == 65534 && info.st_uid == geteuid())
            #expect(try text(path) == "new \(unnamed)")
        }
    }

    @Test func aNewFileFollowsTheUmask() throws {
        let previous = umask(0o027)
        defer { umask(previous) }
        try AtomicFile.write("x", to: folder + "/new.txt")
        var info = stat()
        #expect(stat(folder + "/new.txt", &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test func aNameOfMaximalLengthIsWritten() throws {
        // 255 bytes is NAME_MAX; the old temporary name added 42 bytes to the destination's.
        for (unnamed, length) in [(true, 244), (false, 255)] {
            ReplacementFile.unnamedTemporaryFiles = unnamed
            defer { ReplacementFile.unnamedTemporaryFiles = true }
            let name = String(repeating: "g", count: length - 4) + ".svg"
            try AtomicFile.write("<svg/>", to: folder + "/" + name)
            try AtomicFile.write("<svg/>\n", to: folder + "/" + name)
            #expect(try text(folder + "/" + name) == "<svg/>\n")
        }
        #expect(try entries().count == 2)
        #expect(refusal(folder + "/" + String(repeating: "g", count: 256))?.id == .invalidPath)
    }

    @Test func aFolderIsRefused() throws {
        try FileManager.default.createDirectory(atPath: folder + "/charts", withIntermediateDirectories: true)
        #expect(refusal(folder + "/charts")?.id == .outputIsFolder)
        #expect(refusal(folder + "/charts/")?.id == .outputIsFolder)
        #expect(refusal(folder + "/new/")?.id == .outputIsFolder)
        #expect(try entries(folder + "/charts").isEmpty)
    }

    @Test func aMissingFolderIsRefused() throws {
        let failure = refusal(folder + "/missing/out.svg")
        #expect(failure?.id == .outputFolderMissing)
        #expect(failure?.message.contains("does not exist") == true)
        _ = try file("plain", "a file")
        #expect(refusal(folder + "/plain/out.svg")?.id == .outputFolderMissing)
        #expect(try entries() == ["plain"])
    }

    @Test func aPathWithANulByteOrNothingIsRefused() throws {
        #expect(refusal(folder + "/out.svg\0evil")?.id == .invalidPath)
        #expect(refusal("")?.id == .invalidPath)
        #expect(try entries().isEmpty)
    }

    @Test func aSocketIsRefused() throws {
        let path = folder + "/socket"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect(refusal(path)?.id == .outputSpecialFile)
        #expect(kind(path) == S_IFSOCK)
    }
}
