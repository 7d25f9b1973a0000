extension HTMLRenderer {
    /// Screen: a sticky header row and label column over a scrolling timeline, the legend
    /// above the chart (a 500-row chart would push a footer out of sight). Print: only the
    /// title, the legend and `#print` (pages the script draws on `beforeprint`), landscape,
    /// each page fitted to the paper the user picks.
    static let styles = EmbeddedAssets.text("gantt/page.css")
}
