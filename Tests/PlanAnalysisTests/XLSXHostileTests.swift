import Foundation
import Testing
@testable import PlanAnalysis

/// Hostile and damaged workbooks (issue #9): each is read correctly or refused with its
/// place, never trapped on, looped on, or inflated without bound.
@Suite("XLSX: hostile workbooks")
struct XLSXHostileTests {
    static let header = #"<row r="1"><c r="A1" t="str"><v>日期</v></c><c r="B1" t="str"><v>访客数</v></c></row>"#

    static func row(_ number: Int, _ date: String, _ visitors: String) -> String {
        #"<row r="\#(number)"><c r="A\#(number)" t="str"><v>\#(date)</v></c><c r="B\#(number)"><v>\#(visitors)</v></c></row>"#
    }

    func read(_ fixture: WorkbookFixture, limits: XLSXLimits = .standard) throws -> SheetTable {
        try XLSXReader.read(fixture.zipped(), limits: limits)
    }

    /// The failure reading `bytes` gives, `nil` when it reads.
    func failure(_ bytes: [UInt8], limits: XLSXLimits = .standard) -> XLSXReader.Failure? {
        do {
            _ = try XLSXReader.read(bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func failure(_ fixture: WorkbookFixture, limits: XLSXLimits = .standard) throws -> XLSXReader.Failure? {
        failure(try fixture.zipped(), limits: limits)
    }

    func imported(_ table: SheetTable) throws -> ImportReport {
        let mapping = try #require(ActualsMapping.infer(header: table.header, metrics: [(id: "visitors", name: "访客数")]))
        return ActualsImporter().read(table, file: "x.xlsx", mapping: mapping).report
    }

    // #3, #11: a shared string that does not exist is an unreadable cell of its row, reported.
    @Test(arguments: ["-1", "7", "99999999999999999999", "x"])
    func aMissingSharedStringIsAnIssueWithItsPlace(index: String) throws {
        let rows = Self.header + Self.row(2, "2026-09-01", "5")
            + #"<row r="3"><c r="A3" t="str"><v>2026-09-02</v></c><c r="B3" t="s"><v>\#(index)</v></c></row>"#
            + Self.row(4, "2026-09-03", "7")
        let table = try read(WorkbookFixture(rows: rows, strings: ["门店"]))
        #expect(table.rowNumbers == [2, 4])
        let report = try imported(table)
        #expect(report.rowsRead == 3)
        #expect(report.rowsUsed == 2)
        #expect(report.rowsRejected == 1)
        let issue = try #require(report.issues.first)
        #expect(report.issues.count == 1)
        #expect(issue.kind == .unreadableCell)
        #expect((issue.row, issue.column) == (3, 2))
        #expect(issue.message.contains("日报!B3"))
    }

    // #3: row numbers and references that trapped (negative, overflowing, past the last row).
    @Test(arguments: [
        (#"<row r="0"><c t="str"><v>x</v></c></row>"#, "row number '0'"),
        (#"<row r="-5"><c t="str"><v>x</v></c></row>"#, "row number '-5'"),
        (#"<row r="99999999999999999999999"><c t="str"><v>x</v></c></row>"#, "row number"),
        (#"<row r="2"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2" t="str"><v>x</v></c></row>"#, "past XFD1048576"),
        (#"<row r="2"><c r="A999999999999999999999999999" t="str"><v>x</v></c></row>"#, "past XFD1048576"),
        (#"<row r="1048576"><c t="str"><v>x</v></c></row><row><c t="str"><v>y</v></c></row>"#, "a row after row 1048576"),
        (#"<row r="3"><c t="str"><v>x</v></c></row><row r="2"><c t="str"><v>y</v></c></row>"#, "rows must be in order"),
        (#"<row r="2"><c r="B2" t="str"><v>x</v></c><c r="A2" t="str"><v>y</v></c></row>"#, "cells must be in order"),
        (#"<row r="2"><c r="A5" t="str"><v>x</v></c></row>"#, "inside row 2"),
    ])
    func badPlacesAreRefusedWithTheirPlace(rows: String, message: String) throws {
        let found = try #require(try failure(WorkbookFixture(rows: Self.header + rows)))
        #expect(found.description.contains(message), "\(found)")
    }

    @Test func anUnnumberedRowTakesItsNumberFromItsCells() throws {
        let rows = Self.header + #"<row><c r="A2" t="str"><v>2026-09-01</v></c><c r="B2"><v>5</v></c></row>"#
            + #"<row><c r="A5" t="str"><v>2026-09-02</v></c><c r="B5"><v>6</v></c></row>"#
        let table = try read(WorkbookFixture(rows: rows))
        #expect(table.rowNumbers == [2, 5])
        #expect(table.rows == [["2026-09-01", "5"], ["2026-09-02", "6"]])
    }

    // #3: a reversed merge is the same rectangle.
    @Test func aReversedMergeIsItsRectangle() throws {
        let rows = Self.header + #"<row r="2"><c r="A2" t="str"><v>2026-09-01</v></c><c r="B2"><v>5</v></c></row>"#
            + #"<row r="3"><c r="B3"><v>6</v></c></row>"#
        let table = try read(WorkbookFixture(rows: rows, after: #"<mergeCells count="1"><mergeCell ref="A3:A2"/></mergeCells>"#))
        #expect(table.rows == [["2026-09-01", "5"], ["2026-09-01", "6"]])
    }

    // #6: a cell or merge far out costs what it holds, not the rectangle up to it.
    @Test(arguments: [
        (#"<row r="2"><c r="ZZZZZZ2" t="str"><v>x</v></c></row>"#, "past XFD1048576"),
        (#"<row r="300000000"><c r="B300000000" t="str"><v>x</v></c></row>"#, "row 300000000 is past row 1048576"),
    ])
    func cellsPastExcelsLimitsAreRefused(rows: String, message: String) throws {
        let found = try #require(try failure(WorkbookFixture(rows: Self.header + rows)))
        guard case .tooLarge = found else { Issue.record("\(found)"); return }
        #expect(found.description.contains(message), "\(found)")
    }

    @Test func aMergeOverTheWholeSheetSpreadsOnlyOverTheTable() throws {
        let rows = #"<row r="1"><c r="A1" t="str"><v>月报</v></c></row>"# + Self.header.replacingOccurrences(of: "1", with: "2")
            + Self.row(3, "2026-09-01", "5") + #"<row r="1048576"><c r="B1048576"><v>9</v></c></row>"#
        let table = try read(WorkbookFixture(rows: rows, after: #"<mergeCells><mergeCell ref="A1:XFD1"/><mergeCell ref="A3:XFD1048576"/></mergeCells>"#))
        #expect(table.header == ["日期", "访客数"])
        #expect(table.headerRecord == 2)
        // The merge from A3 spreads its date over the rows the sheet has, within the header's columns.
        #expect(table.rows == [["2026-09-01", "5"], ["2026-09-01", "9"]])
        #expect(table.rowNumbers == [3, 1_048_576])
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["A1:XFD1", "A2:XFD1048576", "A3:XFD1048576"])
    func overlappingMergesAreRefusedNotWalked(range: String) throws {
        // The header reaches XFD, so each range would be walked 16,384 cells wide, 5,000 times.
        let header = #"<row r="2"><c r="A2" t="str"><v>日期</v></c><c r="XFD2" t="str"><v>备注</v></c></row>"#
        let rows = #"<row r="1"><c r="A1" t="str"><v>月报</v></c></row>"# + header
            + (3...40).map { #"<row r="\#($0)"><c r="A\#($0)" t="str"><v>2026-09-01</v></c><c r="XFD\#($0)" t="str"><v>x</v></c></row>"# }.joined()
        let merges = "<mergeCells>" + String(repeating: #"<mergeCell ref="\#(range)"/>"#, count: 5_000) + "</mergeCells>"
        let found = try #require(try failure(WorkbookFixture(rows: rows, after: merges)))
        #expect(found.description.contains("overlaps another"), "\(found)")
    }

    @Test func aFewCellsFarApartDoNotMakeAVastTable() throws {
        // The header reaches XFD, and each row has one cell there: 16,384 cells a row.
        let header = #"<row r="1"><c r="A1" t="str"><v>日期</v></c><c r="XFD1" t="str"><v>备注</v></c></row>"#
        let rows = (2...200).map { #"<row r="\#($0)"><c r="XFD\#($0)" t="str"><v>x</v></c></row>"# }.joined()
        let found = try #require(try failure(WorkbookFixture(rows: header + rows)))
        guard case .tooLarge(let why) = found else { Issue.record("\(found)"); return }
        #expect(why.en.contains("more than 1050184 cells (199 rows up to 16384 columns, from 201 cells"), "\(why)")
    }

    // #4: an invalid UTF-8 byte in an attribute name is refused with the entry and byte.
    @Test func anInvalidByteIsRefusedBeforeTheParserSeesIt() throws {
        var sheet = Array(#"<worksheet><sheetData><row r="1"><c rX="A1"/></row></sheetData></worksheet>"#.utf8)
        let at = try #require(sheet.firstIndex(of: UInt8(ascii: "X")))
        sheet[at] = 0xFF
        let found = try #require(try failure(WorkbookFixture(sheet: sheet)))
        #expect(found.description == "the workbook is damaged: xl/worksheets/sheet1.xml: byte \(at) is not UTF-8 (workbook parts are UTF-8 XML)")
    }

    @Test func aDTDIsRefused() throws {
        let sheet = #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData/></worksheet>"#
        let found = try #require(try failure(WorkbookFixture(sheet: Array(sheet.utf8))))
        #expect(found.description.contains("DTD"), "\(found)")
        // After the root element a DTD is no DTD, but malformed XML: refused as well.
        let late = #"<worksheet><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><sheetData/></worksheet>"#
        #expect(try failure(WorkbookFixture(sheet: Array(late.utf8))) != nil)
    }

    // #7: zip bombs stop at the budget, declared or not.
    @Test func anEntryDeclaringMoreThanTheBudgetIsRefusedUpFront() throws {
        let fixture = WorkbookFixture(rows: Self.header + Self.row(2, "2026-09-01", "5"))
        // Room for every part but half the sheet.
        let budget = fixture.parts.dropLast().reduce(0) { $0 + $1.bytes.count } + (fixture.parts.last?.bytes.count ?? 0) / 2
        let limits = XLSXLimits(maxFileBytes: 1 << 30, inflatedPerFileByte: 1, minInflatedBytes: budget, maxInflatedBytes: budget,
                                maxTableCells: 1 << 20, tableCellsPerStoredCell: 8, minTableCells: 1 << 10)
        let found = try #require(try failure(fixture, limits: limits))
        guard case .tooLarge(let why) = found else { Issue.record("\(found)"); return }
        #expect(why.en.hasPrefix("xl/worksheets/sheet1.xml declares"), "\(why)")
    }

    @Test func anEntryInflatingPastItsDeclaredSizeIsStopped() throws {
        // 4 MB of rows, declared as 1,000 bytes: reading stops at byte 1,000.
        let rows = Self.header + String(repeating: #"<row><c t="str"><v>2026-09-01</v></c><c><v>5</v></c></row>"#, count: 70_000)
        var bytes = try WorkbookFixture(rows: rows).zipped()
        let layout = ZipLayout(bytes: bytes)
        bytes.put32(1_000, at: try #require(layout.central("xl/worksheets/sheet1.xml")) + 24)
        #expect(failure(bytes)?.description == "the workbook is damaged: xl/worksheets/sheet1.xml: it inflates past its declared size of 1000 bytes")
    }

    @Test func theBudgetCountsEveryEntry() throws {
        // Each entry fits, together they do not.
        let rows = Self.header + String(repeating: Self.row(2, "2026-09-01", "5").replacingOccurrences(of: " r=\"2\"", with: "")
            .replacingOccurrences(of: " r=\"A2\"", with: "").replacingOccurrences(of: " r=\"B2\"", with: ""), count: 200)
        let fixture = WorkbookFixture(rows: rows)
        let sheetSize = try #require(fixture.parts.last?.bytes.count)
        let limits = XLSXLimits(maxFileBytes: 1 << 30, inflatedPerFileByte: 1, minInflatedBytes: sheetSize + 100,
                                maxInflatedBytes: sheetSize + 100, maxTableCells: 1 << 20, tableCellsPerStoredCell: 8, minTableCells: 1 << 10)
        let found = try #require(try failure(fixture, limits: limits))
        guard case .tooLarge = found else { Issue.record("\(found)"); return }
        #expect(try read(fixture).rows.count == 200)
    }

    // #8: a corrupt deflate stream is an error, whichever byte is flipped; none hangs.
    @Test(.timeLimit(.minutes(1))) func everyFlippedByteOfTheSheetIsReadOrRefused() throws {
        let rows = Self.header + (2...40).map { Self.row($0, "2026-09-\(10 + $0 % 20)", "\($0 * 37)") }.joined()
        let original = try WorkbookFixture(rows: rows).zipped()
        let expected = try XLSXReader.read(original).rows
        let range = try #require(ZipLayout(bytes: original).data("xl/worksheets/sheet1.xml"))
        var refused = 0
        for offset in range {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var bytes = original
                bytes[offset] ^= flip
                do {
                    #expect(try XLSXReader.read(bytes).rows == expected)
                } catch {
                    refused += 1
                    guard case .damaged(let why) = error else { Issue.record("\(error)"); continue }
                    #expect(why.en.hasPrefix("xl/worksheets/sheet1.xml") && why.zh.hasPrefix("xl/worksheets/sheet1.xml"), "\(why)")
                }
            }
        }
        #expect(refused > range.count)
    }

    @Test func aCorruptChecksumIsRefused() throws {
        var bytes = try WorkbookFixture(rows: Self.header + Self.row(2, "2026-09-01", "5")).zipped()
        let central = try #require(ZipLayout(bytes: bytes).central("xl/worksheets/sheet1.xml"))
        bytes[central + 16] ^= 0x55
        #expect(failure(bytes)?.description == "the workbook is damaged: xl/worksheets/sheet1.xml: its CRC-32 does not match: the data is corrupt")
    }

    @Test func compressedDataPastTheArchiveIsRefused() throws {
        var bytes = try WorkbookFixture(rows: Self.header + Self.row(2, "2026-09-01", "5")).zipped()
        let central = try #require(ZipLayout(bytes: bytes).central("xl/worksheets/sheet1.xml"))
        bytes.put32(UInt32(bytes.count), at: central + 20)
        let found = try #require(failure(bytes))
        #expect(found.description.contains("runs past the entries"), "\(found)")
    }

    // #10: a sheet cut short is an error, never its first half.
    @Test(arguments: [0.5, 0.9, 0.99])
    func aTruncatedSheetIsAnError(fraction: Double) throws {
        let rows = Self.header + (2...60).map { Self.row($0, "2026-09-01", "\($0)") }.joined()
        var fixture = WorkbookFixture(rows: rows)
        let sheet = fixture.parts[3].bytes
        fixture.parts[3].bytes = Array(sheet.prefix(Int(Double(sheet.count) * fraction)))
        let found = try #require(try failure(fixture))
        #expect(found.description.contains("xl/worksheets/sheet1.xml"), "\(found)")
        #expect(found.description.contains("truncated"), "\(found)")
    }

    @Test func aTruncatedFileIsAnError() throws {
        let bytes = try WorkbookFixture(rows: Self.header + Self.row(2, "2026-09-01", "5")).zipped()
        #expect(failure(Array(bytes.prefix(bytes.count / 2))) != nil)
        #expect(failure(Array(bytes.prefix(bytes.count - 10))) != nil)
    }

    @Test func malformedXMLIsAnErrorWithItsLine() throws {
        let found = try #require(try failure(WorkbookFixture(rows: Self.header + "<row><c><v>1</c></row>")))
        #expect(found.description.contains("xl/worksheets/sheet1.xml:1:"), "\(found)")
    }

    // #18: a workbook of 50,000 sheets names 20 of them.
    @Test func aMissingSheetListsTwentyNames() throws {
        let names = (1...50_000).map { "表\($0)" }
        let bytes = try WorkbookFixture(sheet: Array("<worksheet/>".utf8), sheets: names).zipped()
        do {
            _ = try XLSXReader.read(bytes, sheet: "nope")
            Issue.record("read a sheet that does not exist")
        } catch {
            #expect(error == .noSuchSheet("nope", available: names))
            #expect(error.description.hasSuffix("表19, 表20, … and 49980 more)"))
            #expect(error.description.count < 300)
        }
    }

    // #10 item 6: issues carry the sheet's own row numbers, blank rows and all.
    @Test func issuesCarryTheSheetsRowNumbers() throws {
        let rows = Self.header + Self.row(2, "2026-09-01", "5") + #"<row r="3"><c r="A3" t="str"><v> </v></c></row>"#
            + Self.row(61, "2026-09-02", "五个")
        let table = try read(WorkbookFixture(rows: rows))
        #expect(table.rowNumbers == [2, 3, 61])
        let report = try imported(table)
        // Row 3 holds only a space: a blank row, counted apart, not a rejected one.
        #expect(report.issues.map(\.row) == [61])
        #expect(report.blankRows == 1)
        #expect(report.issues.last?.kind == .unparseableNumber)
    }
}
