var REMAINING = __REMAINING_OPACITY__, GHOST_Y = __GHOST_OFFSET__, GHOST_H = __GHOST_HEIGHT__;

/// The baseline under a bar, or a hollow diamond where a slipped milestone was due.
function ghostSVG(L, row, g) {
  if (row.bs === undefined) { return ''; }
  if (row.kind === 'milestone') {
    if (row.bs === row.start) { return ''; }
    var cx = L.x(row.bs) + L.dw / 2, cy = g.top + ROW / 2;
    return '<path class="ghost" d="M' + cx + ',' + (cy - 6) + ' l6,6 l-6,6 l-6,-6 z" fill="#FFF" stroke="__BASELINE_COLOR__" stroke-width="1.5"/>';
  }
  var s = L.x(row.bs), e = Math.max(L.x(row.be), s + MINBAR);
  return '<rect class="ghost" x="' + (s + 0.5) + '" y="' + (g.top + GHOST_Y) + '" width="' + Math.max(e - s - 1, 3) + '" height="' + GHOST_H + '" fill="__BASELINE_COLOR__"/>';
}

/// The done part of a task's bar in full color, and the late mark beside its end.
function progressSVG(L, row, g) {
  if (row.pc === undefined) { return ''; }
  var out = '';
  if (row.kind === 'task' && row.pc > 0) {
    var end = g.s + (g.e - g.s) * row.pc;
    out += '<rect class="done" x="' + (g.s + 0.5) + '" y="' + (g.top + 5) + '" width="' + Math.max(end - g.s - 1, 1) + '" height="12" rx="2" fill="' + (colors[colorRole(row)] || '#8C8C8C') + '"/>';
  }
  if (row.late && row.kind !== 'phase') { out += '<circle class="late" cx="' + (g.e + 5) + '" cy="' + (g.top + 6) + '" r="3" fill="__LATE_COLOR__"/>'; }
  return out;
}

function statusSVG(L, y0, y1) {
  if (L.status === undefined) { return ''; }
  return '<line class="status-date" pointer-events="none" x1="' + L.status + '" y1="' + y0 + '" x2="' + L.status + '" y2="' + y1 + '" stroke="__STATUS_DATE_COLOR__" stroke-width="1.5"/>';
}

function statusLabelSVG(L) {
  if (L.status === undefined) { return ''; }
  var fits = L.status - 100 >= 0;
  return '<text class="status-date" x="' + (fits ? L.status - 3 : L.status + 3) + '" y="' + (L.head - 5) + '" text-anchor="' + (fits ? 'end' : 'start') + '" font-size="10" fill="__STATUS_DATE_COLOR__">' + T.statusDate + ' ' + esc(data.statusDate) + '</text>';
}

function trackingLegendHTML() {
  return data.status === null ? '' : __TRACKING_LEGEND__;
}
