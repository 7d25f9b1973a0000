extension HTMLRenderer {
    /// The chart's rows in chunks of CHUNK: each chunk of the body is its own SVG over its
    /// stretch of the chart, and its labels a block beside it. A chunk is an empty box of the
    /// right height until it comes near the view (an IntersectionObserver fills it; the ones
    /// in view are filled at once), so the first draw of 10,000 rows builds a few hundred
    /// elements instead of 60,000, and a filled chunk keeps `content-visibility: auto`, so the
    /// browser lays out and paints only what is on screen. A link is drawn in every chunk its
    /// rows reach, each clipping it to its own stretch. Shading is one SVG under the chunks
    /// and the today line one over them, both deaf to the mouse. `fillAll` fills every chunk,
    /// for the self-test's counts.
    static let scriptChunks = EmbeddedAssets.text("gantt/chunks.js")
}
