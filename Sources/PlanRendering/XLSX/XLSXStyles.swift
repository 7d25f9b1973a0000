/// The workbook's style sheet, built as cells ask for styles: each distinct `XLSXStyle`
/// becomes one `cellXfs` entry, its font, fill, border and number format deduplicated
/// below it. Index 0 is the default style, as SpreadsheetML requires.
struct XLSXStyles {
    private struct Font: Hashable { var bold: Bool; var color: String? }
    private struct Border: Hashable { var edges: [XLSXStyle.Edge]; var color: String? }

    private var index: [XLSXStyle: Int] = [XLSXStyle(): 0]
    private var order: [XLSXStyle] = [XLSXStyle()]

    /// - Complexity: O(1) amortised.
    mutating func id(_ style: XLSXStyle) -> Int {
        if let known = index[style] { return known }
        index[style] = order.count
        order.append(style)
        return order.count - 1
    }

    /// `xl/styles.xml`.
    ///
    /// - Complexity: O(styles).
    var xml: String {
        var formats: [String: Int] = [:]
        var fonts: [Font: Int] = [Font(bold: false, color: nil): 0]
        var fontList = [Font(bold: false, color: nil)]
        // Fills 0 and 1 are reserved (none, gray125) whatever a writer puts there.
        var fills: [String: Int] = [:]
        var fillList: [String] = []
        var borders: [Border: Int] = [Border(edges: [], color: nil): 0]
        var borderList = [Border(edges: [], color: nil)]
        var xfs = ""
        for style in order {
            var numFmt = 0
            if let code = style.numberFormat {
                if let known = formats[code] { numFmt = known } else { numFmt = 164 + formats.count; formats[code] = numFmt }
            }
            let font = Font(bold: style.bold, color: style.fontColor)
            let fontID = fonts[font] ?? { fonts[font] = fontList.count; fontList.append(font); return fontList.count - 1 }()
            var fillID = 0
            if let fill = style.fill {
                fillID = fills[fill] ?? { fills[fill] = 2 + fillList.count; fillList.append(fill); return 1 + fillList.count }()
            }
            let edges = [XLSXStyle.Edge.left, .right, .top, .bottom].filter { style.border.contains($0) }
            let border = Border(edges: edges, color: edges.isEmpty ? nil : style.borderColor)
            let borderID = borders[border] ?? { borders[border] = borderList.count; borderList.append(border); return borderList.count - 1 }()
            xfs += "<xf numFmtId=\"\(numFmt)\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"\(borderID)\" xfId=\"0\""
            xfs += numFmt != 0 ? " applyNumberFormat=\"1\"" : ""
            xfs += fontID != 0 ? " applyFont=\"1\"" : ""
            xfs += fillID != 0 ? " applyFill=\"1\"" : ""
            xfs += borderID != 0 ? " applyBorder=\"1\"" : ""
            if style.indent > 0 || style.alignment != .general || style.wrap {
                xfs += " applyAlignment=\"1\"><alignment"
                xfs += style.alignment != .general ? " horizontal=\"\(style.alignment.rawValue)\"" : ""
                xfs += style.indent > 0 ? " indent=\"\(style.indent)\"" : ""
                xfs += style.wrap ? " wrapText=\"1\"" : ""
                xfs += " vertical=\"center\"/></xf>"
            } else {
                xfs += "/>"
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !formats.isEmpty {
            out += "<numFmts count=\"\(formats.count)\">"
            for (code, id) in formats.sorted(by: { $0.value < $1.value }) {
                out += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(SpreadsheetText.escape(code))\"/>"
            }
            out += "</numFmts>"
        }
        out += "<fonts count=\"\(fontList.count)\">"
        for font in fontList {
            out += "<font>" + (font.bold ? "<b/>" : "") + "<sz val=\"11\"/>"
            out += font.color.map { "<color rgb=\"\(XLSXStyle.argb($0))\"/>" } ?? ""
            out += "<name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        }
        out += "</fonts><fills count=\"\(2 + fillList.count)\"><fill><patternFill patternType=\"none\"/></fill>"
        out += "<fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fillList {
            out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(XLSXStyle.argb(fill))\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        out += "</fills><borders count=\"\(borderList.count)\">"
        for border in borderList {
            out += "<border>"
            for edge in [XLSXStyle.Edge.left, .right, .top, .bottom] {
                let name = "\(edge)"
                if border.edges.contains(edge) {
                    out += "<\(name) style=\"medium\"><color rgb=\"\(XLSXStyle.argb(border.color ?? "#000000"))\"/></\(name)>"
                } else {
                    out += "<\(name)/>"
                }
            }
            out += "<diagonal/></border>"
        }
        out += "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(order.count)\">" + xfs + "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        out += "</styleSheet>"
        return out
    }
}
