/// How a chart is split over sheets of paper when it would print with its smallest text
/// under `GanttOptions.minimumFontPoints` on one sheet (`--paper`).
///
/// The scale is then fixed at exactly that size: the chart's smallest text (10 px) prints at
/// 6 pt, so 1 px is 6 × 25.4 / 72 / 10 ≈ 0.2117 mm (0.8 of its natural size on screen).
/// Each page repeats the title strip, the date header and the label column; the rest of the
/// printable area holds whole rows (stacked top to bottom, never cut) and whole days of the
/// timeline (whole weeks at week scale). Pages go row band by row band, each band's time
/// slices left to right, as the HTML page prints.
public struct GanttPagination: Sendable {
    /// One page: the rows it shows and the slice of the timeline (chart x, from the label
    /// column's right edge).
    public struct Page: Sendable, Equatable {
        public var rows: Range<Int>
        public var x: Double
        public var width: Double
    }

    /// The smallest text a chart draws, in px (dates, notes).
    public static let smallestFontPixels = 10.0
    /// Height of the title strip on every page, px.
    public static let titleStrip = 34.0

    /// Millimetres per chart px on the page.
    public let millimetresPerPixel: Double
    /// Rows of each page band.
    public let rowBands: [Range<Int>]
    /// Timeline slices: chart x of each slice's left edge, and its width.
    public let slices: [(x: Double, width: Double)]
    /// Days of the timeline a full slice holds.
    public let daysPerSlice: Int

    public var pages: [Page] {
        rowBands.flatMap { rows in slices.map { Page(rows: rows, x: $0.x, width: $0.width) } }
    }

    /// Millimetres per px at which the smallest text prints at `minimumFontPoints`.
    public static var minimumScale: Double { GanttOptions.minimumFontPoints * 25.4 / 72 / smallestFontPixels }

    /// The scale a chart of this size prints at on one sheet: fitted in both directions and
    /// never enlarged past its natural size (1 px = 1/96 inch).
    public static func fittedScale(width: Double, height: Double, paper: GanttOptions.Paper) -> Double {
        let area = paper.printable
        return min(area.width / width, area.height / height, 25.4 / 96)
    }

    /// - Parameters:
    ///   - chartWidth, chartHeight: the whole chart's size in px, as drawn on one sheet.
    ///   - labelWidth: the label column, repeated on every page.
    ///   - timelineWidth: px of days right of the label column.
    ///   - drawnWidth: px right of the label column that hold anything (the notes after the
    ///     last bars run past the days): the last slice shows them as far as the page allows,
    ///     rather than giving them pages of their own.
    ///   - dayWidth: px per day; `weekAligned` cuts slices at whole weeks.
    ///   - headerHeight: the date header, repeated on every page.
    ///   - rowHeights: each row's height.
    ///   - footer: px under the rows on every page (the legend).
    /// - Returns: `nil` when the chart fits one sheet with its text at or above the minimum.
    /// - Complexity: O(rows + slices).
    public init?(paper: GanttOptions.Paper, chartWidth: Double, chartHeight: Double, labelWidth: Double, timelineWidth: Double,
                 drawnWidth: Double? = nil, dayWidth: Double, weekAligned: Bool, headerHeight: Double, rowHeights: [Double], footer: Double) {
        let minimum = Self.minimumScale
        guard Self.fittedScale(width: chartWidth, height: chartHeight, paper: paper) < minimum else { return nil }
        millimetresPerPixel = minimum
        let area = paper.printable
        let pageWidth = area.width / minimum, pageHeight = area.height / minimum
        var days = max(Int(((pageWidth - labelWidth) / dayWidth).rounded(.down)), 1)
        if weekAligned, days >= 7 { days -= days % 7 }
        daysPerSlice = days
        let sliceWidth = Double(days) * dayWidth
        var slices: [(x: Double, width: Double)] = []
        var x = 0.0
        let drawn = max(drawnWidth ?? timelineWidth, timelineWidth)
        repeat {
            slices.append((labelWidth + x, min(sliceWidth, drawn - x)))
            x += sliceWidth
        } while x < timelineWidth - 0.5
        self.slices = slices
        let body = pageHeight - Self.titleStrip - headerHeight - footer
        var bands: [Range<Int>] = []
        var start = 0, used = 0.0
        for (index, height) in rowHeights.enumerated() {
            // Whole rows only; a page holds at least one, however tall.
            if index > start, used + height > body {
                bands.append(start..<index)
                start = index
                used = 0
            }
            used += height
        }
        bands.append(start..<rowHeights.count)
        rowBands = bands
    }


    /// The file of each page when pages are separate files: `plan.svg` → `plan-1.svg`,
    /// `plan-2.svg`, …; a name without an extension gets the number at its end.
    public static func pagePaths(_ path: String, count: Int) -> [String] {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let dot = name.lastIndex(of: ".").flatMap { $0 > name.startIndex ? $0 : nil } ?? path.endIndex
        return (1...count).map { String(path[..<dot]) + "-\($0)" + String(path[dot...]) }
    }
}
