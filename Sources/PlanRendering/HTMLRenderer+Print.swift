extension HTMLRenderer {
    /// Printing: on `beforeprint` the current view (scale, filters, collapsed phases) is drawn
    /// again as pages of whole rows, each one SVG with the labels beside the bars and the date
    /// header on top, scaled by the print stylesheet to the paper's width. A page holds as
    /// many rows as fit at the landscape aspect of A4/A3 (about 1.45 : 1), so it fills the
    /// page without shrinking further, and a very wide chart is also cut into time slices,
    /// each with the labels again (as MS Project prints pages across and down); links that
    /// cross a page's edge are cut there.
    static let scriptPrint = EmbeddedAssets.text("gantt/print.js")
}
