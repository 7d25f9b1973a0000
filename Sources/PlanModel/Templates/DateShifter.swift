import PlanYAML

/// Rewrites a plan's text in place — comments, order and layout untouched — to give it a
/// new id and move its schedule dates (start, fixed starts, notBefore, deadlines, target
/// windows) by the distance between the old and the new start.
enum DateShifter {
    private struct Edit {
        var mark: Mark
        var column: Int
        var old: String
        var new: String
    }

    static func rewrite(_ text: String, newID: String, newStart: CivilDate?) throws(TemplateInstantiator.Failure) -> String {
        let document = YAMLParser(bytes: Array(text.utf8)).parse()
        guard case .mapping(let root)? = document.root else { throw .brokenTemplate(Bilingual(zh: "不是 YAML 映射", en: "not a YAML mapping")) }
        guard case .scalar(let start)? = root["start"], let oldStart = CivilDate(start.value) else {
            throw .brokenTemplate(Bilingual(zh: "没有开始日期", en: "no start date"))
        }
        let offset = newStart.map { oldStart.distance(to: $0) } ?? 0
        var edits: [Edit] = []
        func shift(_ node: YAMLNode?) {
            guard case .scalar(let scalar)? = node else { return }
            let parts = scalar.value.split(separator: "..", omittingEmptySubsequences: false)
            let moved = parts.map { part in CivilDate(part).map { $0.advanced(by: offset).description } ?? String(part) }
            let new = moved.joined(separator: "..")
            if new != scalar.value { edits.append(Edit(mark: scalar.mark, column: scalar.contentColumn, old: scalar.value, new: new)) }
        }
        func shiftTargets(_ node: YAMLNode?) {
            guard case .mapping(let targets)? = node else { return }
            for entry in targets.entries { if case .mapping(let body) = entry.value { shift(body["window"]) } }
        }
        func walk(_ items: YAMLNode?) {
            guard case .sequence(let sequence)? = items else { return }
            for item in sequence.items {
                guard case .mapping(let node) = item else { continue }
                for key in ["start", "notBefore", "deadline"] { shift(node[key]) }
                shiftTargets(node["targets"])
                walk(node["tasks"])
                walk(node["phases"])
            }
        }
        shift(root["start"])
        shiftTargets(root["targets"])
        walk(root["phases"])
        walk(root["tasks"])
        if case .scalar(let id)? = root["id"], id.value != newID {
            edits.append(Edit(mark: id.mark, column: id.contentColumn, old: id.value, new: newID))
        }
        return try apply(edits, to: text)
    }

    private static func apply(_ edits: [Edit], to text: String) throws(TemplateInstantiator.Failure) -> String {
        var bytes = Array(text.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        // Aliases share their anchor's mark; edit each place once, from the end backwards.
        var seen = Set<Mark>()
        let unique = edits.filter { seen.insert($0.mark).inserted }
        for edit in unique.sorted(by: { $0.mark > $1.mark }) {
            guard edit.mark.line - 1 < lineStarts.count else { throw .brokenTemplate(Bilingual(zh: "位置 \(edit.mark) 有误", en: "bad mark \(edit.mark)")) }
            var position = lineStarts[edit.mark.line - 1]
            var column = 1
            while column < edit.column, position < bytes.count {
                position += 1
                while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
                column += 1
            }
            let old = Array(edit.old.utf8)
            guard position + old.count <= bytes.count, Array(bytes[position..<position + old.count]) == old else {
                throw .brokenTemplate(Bilingual(zh: "在 \(edit.mark) 找不到 '\(edit.old)'", en: "cannot find '\(edit.old)' at \(edit.mark)"))
            }
            bytes.replaceSubrange(position..<position + old.count, with: Array(edit.new.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
