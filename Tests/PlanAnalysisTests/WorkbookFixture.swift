import Foundation
import ZIPFoundation

/// Small workbooks written in the tests, hostile ones included: the parts of a minimal
/// .xlsx, zipped by ZIPFoundation, and byte patches on the result.
struct WorkbookFixture {
    var parts: [(path: String, bytes: [UInt8])]

    /// A workbook of one sheet (`日报`) with the given `<sheetData>` rows and extra XML after
    /// it (merges), and shared strings.
    init(rows: String, after: String = "", strings: [String] = [], sheetName: String = "日报") {
        let sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData>" + after + "</worksheet>"
        self.init(sheet: Array(sheet.utf8), strings: strings, sheets: [sheetName])
    }

    init(sheet: [UInt8], strings: [String] = [], sheets: [String] = ["日报"]) {
        let names = sheets.enumerated().map { index, name in
            #"<sheet name="\#(Self.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        let workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"# + names + "</sheets></workbook>"
        let relations = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
            + "</Relationships>"
        let shared = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + strings.map { "<si><t>\(Self.escape($0))</t></si>" }.joined() + "</sst>"
        parts = [("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(relations.utf8)),
                 ("xl/sharedStrings.xml", Array(shared.utf8)), ("xl/worksheets/sheet1.xml", sheet)]
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The zipped workbook, every part deflated.
    func zipped() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<min(bytes.count, Int(position) + size)])
            }
        }
        return [UInt8](archive.data ?? Data())
    }
}

/// Where an entry's records are in a ZIP archive, to patch them.
struct ZipLayout {
    let bytes: [UInt8]

    /// Offset of the central directory record of `name`.
    func central(_ name: String) -> Int? { record(0x01, 0x02, name, nameAt: 46, lengthAt: 28) }

    /// Offset of the local header of `name`.
    func local(_ name: String) -> Int? { record(0x03, 0x04, name, nameAt: 30, lengthAt: 26) }

    /// The byte range of `name`'s compressed data.
    func data(_ name: String) -> Range<Int>? {
        guard let local = local(name), let central = central(name) else { return nil }
        let start = local + 30 + Int(u16(local + 26)) + Int(u16(local + 28))
        return start..<(start + Int(u32(central + 20)))
    }

    private func record(_ a: UInt8, _ b: UInt8, _ name: String, nameAt: Int, lengthAt: Int) -> Int? {
        let wanted = Array(name.utf8)
        var index = 0
        while index + nameAt + wanted.count <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == a, bytes[index + 3] == b,
               Int(u16(index + lengthAt)) == wanted.count, Array(bytes[(index + nameAt)..<(index + nameAt + wanted.count)]) == wanted {
                return index
            }
            index += 1
        }
        return nil
    }

    func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
}

extension Array where Element == UInt8 {
    /// Writes a little-endian UInt32 at `at`.
    mutating func put32(_ value: UInt32, at: Int) {
        for index in 0..<4 { self[at + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}
