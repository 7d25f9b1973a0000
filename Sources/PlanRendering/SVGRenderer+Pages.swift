import PlanModel

extension SVGRenderer {
    /// The chart as printed on `chart.paper`: one SVG sized to the paper when it fits with
    /// its smallest text at `GanttOptions.minimumFontPoints` or more (as `render` writes it),
    /// else one SVG per page of `GanttPagination`, each a whole landscape sheet.
    ///
    /// - Complexity: O(pages × (rows of a page + days + Σ link spans)).
    public func renderPages(_ chart: GanttChart) -> [String] {
        guard let split = Self.pagination(of: chart), let paper = chart.paper else { return [render(chart)] }
        let (layout, pagination) = split
        let pages = pagination.pages
        return pages.enumerated().map { number, page in
            renderPage(layout, page, number: number + 1, of: pages.count, paper: paper, scale: pagination.millimetresPerPixel)
        }
    }

    /// The page layout (no headers repeated inside it) and the split, or `nil` when the chart
    /// prints on one sheet (or has no paper).
    public static func pagination(of chart: GanttChart) -> (GanttLayout, GanttPagination)? {
        guard let paper = chart.paper else { return nil }
        let whole = GanttLayout(chart: chart)
        let layout = GanttLayout(chart: chart, repeatingHeaders: false)
        let pageWidth = paper.printable.width / GanttPagination.minimumScale
        let legend = GanttLegendLayout(chart: chart, width: pageWidth)
        guard let pagination = GanttPagination(
            paper: paper, chartWidth: whole.width, chartHeight: whole.height, labelWidth: layout.labelWidth,
            timelineWidth: layout.timelineRight - layout.labelWidth, drawnWidth: layout.width - layout.labelWidth, dayWidth: layout.dayWidth, weekAligned: layout.scale == .week,
            headerHeight: layout.headerHeight, rowHeights: layout.rowHeights, footer: legend.height + 4) else { return nil }
        return (layout, pagination)
    }

    /// A sheet: the title strip, the date header and the label column (each a window on the
    /// same drawing, defined once and shown through nested `<svg>` viewports, which clip), the
    /// page's rows and days, and the legend.
    private func renderPage(_ layout: GanttLayout, _ page: GanttPagination.Page, number: Int, of count: Int,
                            paper: GanttOptions.Paper, scale: Double) -> String {
        let chart = layout.chart
        let sheetWidth = paper.sheet.width / scale, sheetHeight = paper.sheet.height / scale
        let margin = GanttOptions.Paper.margin / scale
        let contentWidth = paper.printable.width / scale
        let rowsTop = layout.rowTops[page.rows.lowerBound]
        let rowsHeight = layout.rowTops[page.rows.upperBound - 1] + layout.rowHeights[page.rows.upperBound - 1] - rowsTop
        let header = layout.headerHeight, strip = GanttPagination.titleStrip
        let label = layout.labelWidth
        var out = ""
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(svgNumber(paper.sheet.width))mm\" height=\"\(svgNumber(paper.sheet.height))mm\" viewBox=\"0 0 \(svgNumber(sheetWidth)) \(svgNumber(sheetHeight))\" "
        out += "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif\" font-size=\"12\">\n"
        let title = XMLText.escape(GanttLayoutText.singleLine(chart.title))
        out += "<title>\(title) — \(chart.text.page(number, of: count))</title>\n"
        out += SVGRenderer.definitions
        out += "<defs>\n<g id=\"s\">"
        renderShading(layout, rows: page.rows, into: &out)
        renderGrid(layout, into: &out)
        out += "</g>\n<g id=\"h\">"
        renderHeader(layout, top: layout.headerTop, band: false, into: &out)
        out += "</g>\n<g id=\"l\">"
        renderLabels(layout, rows: page.rows, into: &out)
        out += "</g>\n<g id=\"b\">"
        renderLinks(layout, rows: page.rows, into: &out)
        renderBars(layout, rows: page.rows, into: &out)
        renderToday(layout, into: &out)
        renderStatusDate(layout, into: &out)
        out += "</g>\n</defs>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += "<g transform=\"translate(\(svgNumber(margin)),\(svgNumber(margin)))\">\n"
        out += "<text x=\"12\" y=\"23\" font-size=\"16\" font-weight=\"bold\">\(title)</text>\n"
        let first = layout.firstDay.advanced(by: Int(((page.x - label) / layout.dayWidth).rounded()))
        let last = min(first.advanced(by: max(Int((page.width / layout.dayWidth).rounded()) - 1, 0)), layout.lastDay.advanced(by: -1))
        let caption = "\(chart.text.page(number, of: count)) · \(chart.text.rows(page.rows.lowerBound + 1, page.rows.upperBound)) · \(first) – \(last)"
        out += "<text class=\"page\" x=\"\(svgNumber(contentWidth - 12))\" y=\"23\" text-anchor=\"end\" fill=\"#666\">\(caption)</text>\n"
        func window(x: Double, y: Double, width: Double, height: Double, viewX: Double, viewY: Double, _ groups: String...) {
            out += "<svg class=\"window\" x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\" "
            out += "viewBox=\"\(svgNumber(viewX)) \(svgNumber(viewY)) \(svgNumber(width)) \(svgNumber(height))\">"
            for group in groups { out += "<use href=\"#\(group)\"/>" }
            out += "</svg>\n"
        }
        window(x: 0, y: strip, width: label, height: header, viewX: 0, viewY: layout.headerTop, "h")
        window(x: label, y: strip, width: page.width, height: header, viewX: page.x, viewY: layout.headerTop, "h", "b")
        window(x: 0, y: strip + header, width: label, height: rowsHeight, viewX: 0, viewY: rowsTop, "s", "l")
        window(x: label, y: strip + header, width: page.width, height: rowsHeight, viewX: page.x, viewY: rowsTop, "s", "b")
        // The month (or quarter) a later slice begins inside, named at its left edge.
        if page.x > label + 0.5 {
            let spans = layout.scale == .quarter ? layout.quarters : layout.months
            if let span = spans.first(where: { layout.x($0.start) < page.x - 0.5 && page.x < layout.x($0.end) - 0.5 }),
               let text = GanttLayout.monthLabel(span.label, width: min(layout.x(span.end), page.x + page.width) - page.x) {
                // Over whatever of the month's own label the window shows cut at its edge.
                let cover = Double(DisplayWidth.of(text)) * 6.6 + 8
                out += "<rect x=\"\(svgNumber(label + 1))\" y=\"\(svgNumber(strip + 1))\" width=\"\(svgNumber(cover))\" height=\"18\" fill=\"#FFFFFF\"/>"
                out += "<text class=\"tier1\" x=\"\(svgNumber(label + 4))\" y=\"\(svgNumber(strip + 14))\" font-weight=\"bold\" fill=\"#333\">\(text)</text>\n"
            }
        }
        let bottom = strip + header + rowsHeight
        out += "<line x1=\"\(svgNumber(label))\" y1=\"\(svgNumber(strip))\" x2=\"\(svgNumber(label))\" y2=\"\(svgNumber(bottom))\" stroke=\"#999\"/>\n"
        out += "<rect x=\"0\" y=\"\(svgNumber(strip))\" width=\"\(svgNumber(label + page.width))\" height=\"\(svgNumber(bottom - strip))\" fill=\"none\" stroke=\"#999\"/>\n"
        renderLegend(GanttLegendLayout(chart: chart, width: contentWidth), top: bottom + 4, into: &out)
        out += "</g>\n</svg>\n"
        return out
    }
}
