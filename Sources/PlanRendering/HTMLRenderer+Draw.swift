extension HTMLRenderer {
    /// Drawing: the header, the body (shading that ignores the mouse first, then links, then
    /// bars with their notes, then the today line), the label column and the legend.
    static let scriptDraw = EmbeddedAssets.text("gantt/draw.js")
}
