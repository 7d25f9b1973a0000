extension HTMLRenderer {
    static let script = "(function () {\n'use strict';\n" + scriptLayout + scriptDraw + scriptTracking + scriptChunks + scriptPrint + scriptInteraction + "})();\n"

    /// Data, filters and geometry: the same numbers as `GanttLayout` and the same routing as
    /// `GanttRouter`, so the page and the SVG agree.
    static let scriptLayout = EmbeddedAssets.text("gantt/layout.js")
}
