/// How a cell looks: a number format, its font, fill, border and alignment. Equal styles
/// share one `cellXfs` entry (`XLSXStyles`).
struct XLSXStyle: Hashable, Sendable {
    enum Edge: Hashable, Sendable { case left, right, top, bottom }
    enum Alignment: String, Hashable, Sendable { case general, left, center, right }

    /// A format code such as `yyyy-mm-dd`; nil is General.
    var numberFormat: String?
    var bold = false
    /// `RRGGBB`.
    var fontColor: String?
    var fill: String?
    /// Medium borders in `borderColor` on these edges.
    var border: Set<Edge> = []
    var borderColor: String?
    var indent = 0
    var alignment = Alignment.general
    var wrap = false

    init(numberFormat: String? = nil, bold: Bool = false, fontColor: String? = nil, fill: String? = nil,
         border: Set<Edge> = [], borderColor: String? = nil, indent: Int = 0, alignment: Alignment = .general,
         wrap: Bool = false) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.fontColor = fontColor
        self.fill = fill
        self.border = border
        self.borderColor = borderColor
        self.indent = indent
        self.alignment = alignment
        self.wrap = wrap
    }

    /// `#4E79A7` → `FF4E79A7`, as SpreadsheetML writes ARGB.
    static func argb(_ color: String) -> String {
        "FF" + color.drop { $0 == "#" }.uppercased()
    }
}
