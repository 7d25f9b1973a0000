extension HTMLRenderer {
    /// Events, and the self-test the browser test reads (`#selftest`): it drives every
    /// control, and hit-tests real screen coordinates with `elementFromPoint`, as a mouse
    /// would, so something drawn over the bars cannot go unnoticed.
    static let scriptInteraction = EmbeddedAssets.text("gantt/interaction.js")
}
