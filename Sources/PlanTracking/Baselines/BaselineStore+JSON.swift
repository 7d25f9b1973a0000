import Foundation
import PlanModel

extension BaselineStore {
    /// The file's contract (docs/tracking.md): keys in a fixed order, baselines in the order
    /// saved, entries sorted by id, numbers as the shortest text that reads back the same.
    public var json: JSONValue {
        .object([
            ("cycleplanBaselines", .int(1)),
            ("baselines", .array(baselines.map { baseline in
                .object([
                    ("name", .string(baseline.name)),
                    ("savedAt", .string(baseline.savedAt)),
                    ("revision", .string(baseline.revision)),
                    ("start", .string(baseline.start.description)),
                    ("finish", .string(baseline.finish.description)),
                    ("entries", .array(baseline.entries.map { entry in
                        .object([
                            ("id", .string(entry.id)),
                            ("kind", .string(entry.kind.rawValue)),
                            ("start", .string(entry.start.description)),
                            ("finish", .string(entry.finish.description)),
                            ("work", .number(entry.work)),
                            ("duration", .int(entry.duration)),
                        ])
                    })),
                ])
            })),
        ])
    }

    /// A problem with a baselines file, with the file as its place.
    public struct LoadFailure: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    /// Baselines files are small (a few hundred bytes per task); this keeps a wrong path from
    /// taking the machine's memory.
    public static let maximumBytes = 256 << 20

    /// Person-days (and working days) an entry may hold: far beyond any plan (10,000-day
    /// tasks × 100,000 people), low enough that sums stay exact enough to print.
    static let maximumWork = 1e9

    /// Reads the baselines of a plan; no file is no baselines.
    public static func load(path: String) throws(LoadFailure) -> BaselineStore {
        guard FileManager.default.fileExists(atPath: path) else { return BaselineStore() }
        func failure(_ message: Bilingual) -> LoadFailure {
            LoadFailure(diagnostic: Diagnostic(.error, .baselineInvalid, message, at: SourceLocation(file: path, line: 1, column: 1),
                                               hint: Bilingual(zh: "这个文件由 'cycleplan baseline save' 写出；请从版本库恢复它",
                                                               en: "the file is written by 'cycleplan baseline save'; restore it from version control")))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw failure(Bilingual(zh: "'\(path)' 有 \(size >> 20) MB；基线文件最大 \(maximumBytes >> 20) MB",
                                    en: "'\(path)' is \(size >> 20) MB; a baselines file is at most \(maximumBytes >> 20) MB"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure(Bilingual(zh: "无法读取 '\(path)'", en: "cannot read '\(path)'")) }
        if let store = BaselineFileShape.store(from: data) { return store }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw failure(Bilingual(zh: "'\(path)' 不是 JSON 对象", en: "'\(path)' is not a JSON object"))
        }
        guard root["cycleplanBaselines"] as? Int == 1 else {
            throw failure(Bilingual(zh: "'\(path)' 不是本版本的基线文件（缺少 'cycleplanBaselines: 1'）",
                                    en: "'\(path)' is not a baselines file of this version ('cycleplanBaselines: 1' missing)"))
        }
        guard let list = root["baselines"] as? [Any] else { throw failure(Bilingual(zh: "'\(path)' 没有 'baselines' 列表", en: "'\(path)' has no 'baselines' list")) }
        var baselines: [Baseline] = []
        for (position, item) in list.enumerated() {
            let place = Bilingual(zh: "'\(path)' 的第 \(position + 1) 个基线", en: "baseline \(position + 1) of '\(path)'")
            guard let object = item as? [String: Any], let name = object["name"] as? String, !name.isEmpty,
                  let savedAt = object["savedAt"] as? String, let revision = object["revision"] as? String,
                  let start = (object["start"] as? String).flatMap(CivilDate.init), let finish = (object["finish"] as? String).flatMap(CivilDate.init),
                  let rawEntries = object["entries"] as? [Any] else {
                throw failure(Bilingual(zh: "\(place.zh) 缺少 name、savedAt、revision、start、finish 或 entries",
                                        en: "\(place.en) lacks a name, savedAt, revision, start, finish or entries"))
            }
            var entries: [BaselineEntry] = []
            entries.reserveCapacity(rawEntries.count)
            for (number, raw) in rawEntries.enumerated() {
                guard let entry = raw as? [String: Any], let id = entry["id"] as? String,
                      let kind = (entry["kind"] as? String).flatMap(BaselineEntry.Kind.init(rawValue:)),
                      let first = (entry["start"] as? String).flatMap(CivilDate.init),
                      let last = (entry["finish"] as? String).flatMap(CivilDate.init),
                      let work = (entry["work"] as? NSNumber)?.doubleValue, work.isFinite, work >= 0, work <= maximumWork,
                      let duration = entry["duration"] as? Int, duration >= 0, Double(duration) <= maximumWork else {
                    throw failure(Bilingual(zh: "\(place.zh) 的第 \(number + 1) 项不是 id、kind、start、finish、work 和 duration",
                                            en: "entry \(number + 1) of \(place.en) is not an id, kind, start, finish, work and duration"))
                }
                entries.append(BaselineEntry(id: id, kind: kind, start: first, finish: last, work: work, duration: duration))
            }
            if baselines.contains(where: { $0.name == name }) { throw failure(Bilingual(zh: "\(place.zh)：名称 '\(name)' 用了两次", en: "\(place.en): the name '\(name)' is used twice")) }
            baselines.append(Baseline(name: name, savedAt: savedAt, revision: revision, start: start, finish: finish, entries: entries))
        }
        return BaselineStore(baselines: baselines)
    }

    /// Writes the file completely or not at all.
    public func save(path: String) throws(OutputFailure) {
        try AtomicFile.write(json.serializedBytes(), to: path)
    }
}
