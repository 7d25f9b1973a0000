extension HTMLRenderer {
    static let script = "(function () {\n'use strict';\n" + scriptText + scriptLayout + scriptFilters + scriptDraw + scriptTracking + scriptChunks + scriptPrint
        + scriptExport + scriptControls + scriptInteraction + scriptWorkload + "})();\n"

    /// The page's words in 中文 and English, picked by its `lang`.
    static let scriptText = EmbeddedAssets.text("gantt/text.js")
    /// Search, the phase filter, the range a filter zooms to, and what "today" is.
    static let scriptFilters = EmbeddedAssets.text("gantt/filters.js")
    /// The current view as an SVG or PNG file.
    static let scriptExport = EmbeddedAssets.text("gantt/export.js")
    /// The controls' events and the keyboard on the phases.
    static let scriptControls = EmbeddedAssets.text("gantt/controls.js")

    /// Data, filters and geometry: the same numbers as `GanttLayout` and the same routing as
    /// `GanttRouter`, so the page and the SVG agree.
    static let scriptLayout = EmbeddedAssets.text("gantt/layout.js")
}
