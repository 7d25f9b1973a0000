extension HTMLRenderer {
    /// Screen: a sticky header row and label column over a scrolling timeline, the legend
    /// above the chart (a 500-row chart would push a footer out of sight). Print: only the
    /// title, the legend and `#print` (pages the script draws on `beforeprint`), landscape,
    /// each page fitted to the paper the user picks.
    static let styles = """
        :root { --row: 22px; --label: 300px; --crit: #D62728; font-family: 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif; font-size: 12px; color: #222; }
        body { margin: 0; background: #fff; }
        header { display: flex; align-items: baseline; gap: 16px; padding: 10px 14px 4px; }
        header h1 { font-size: 18px; margin: 0; }
        header .span { color: #666; }
        .controls { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; padding: 6px 14px 8px; }
        .controls button { font: inherit; padding: 3px 10px; border: 1px solid #bbb; background: #f7f7f7; border-radius: 3px; cursor: pointer; }
        .controls button.on { background: #333; color: #fff; border-color: #333; }
        .controls .group button { border-radius: 0; margin-right: -1px; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 4px 14px 8px; border-bottom: 1px solid #ddd; font-size: 11px; }
        .legend i.past-swatch { background: repeating-linear-gradient(45deg, rgba(91,127,166,.35) 0 2px, rgba(91,127,166,.07) 2px 6px); border: 1px solid #ccc; }
        #gantt.focus g.bar:not(.hl), #gantt.focus .label:not(.hl) { opacity: .25; }
        #gantt.focus path.l:not(.hl), #gantt.focus path.lc:not(.hl) { opacity: .1; }
        #gantt.focus path.hl { stroke-width: 2.5px; }
        .legend i { display: inline-block; width: 16px; height: 10px; margin-right: 4px; vertical-align: middle; border-radius: 2px; }
        #gantt { display: grid; grid-template-columns: var(--label) max-content; overflow: auto; max-height: calc(100vh - 120px); }
        #gantt .labels { position: sticky; left: 0; background: #fff; z-index: 2; border-right: 1px solid #999; }
        #gantt .labels .head { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #999; z-index: 3; }
        #gantt .label { height: var(--row); line-height: var(--row); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-right: 6px; box-sizing: border-box; }
        #gantt .label .ll { display: inline-block; vertical-align: top; line-height: 14px; padding-top: 4px; white-space: nowrap; }
        #gantt .label.phase { font-weight: bold; cursor: pointer; }
        #gantt .label.crit { color: var(--crit); }
        #gantt .label .twisty { display: inline-block; width: 12px; color: #666; }
        #gantt .label.odd { background: #fafafa; }
        #gantt .timeline { position: relative; }
        #gantt .timeline svg { display: block; }
        #gantt .timeline svg.under, #gantt .timeline svg.over { position: absolute; left: 0; pointer-events: none; }
        #gantt .timeline svg.over { z-index: 1; }
        #gantt .chunk, #gantt .lchunk { content-visibility: auto; position: relative; }
        svg.defs { position: absolute; width: 0; height: 0; }
        text.n { font-size: 10px; fill: #777; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
        text.nm { fill: #333; }
        text.nt { font-size: 11px; fill: #7A4B00; }
        path.l { fill: none; stroke: #888; marker-end: url(#an); }
        path.lc { fill: none; stroke: #D62728; stroke-width: 1.5px; marker-end: url(#ac); }
        rect.shape { rx: 2px; }
        rect.shape.crit { stroke: #D62728; stroke-width: 2px; }
        #gantt .timeline .headsvg { position: sticky; top: 0; z-index: 1; background: #fff; }
        #tip { position: fixed; pointer-events: none; background: #fff; border: 1px solid #999; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 8px; white-space: pre-line; max-width: 420px; z-index: 10; }
        #print { display: none; }
        @media print {
          @page { size: landscape; margin: 10mm; }
          header { padding: 0 0 2mm; }
          .controls, #gantt, #tip { display: none; }
          .legend { padding: 0 0 2mm; border: none; }
          #print { display: block; }
          #print svg { display: block; width: 100%; height: auto; max-height: calc(100vh - 22mm); break-after: page; }
          #print svg:last-child { break-after: auto; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
