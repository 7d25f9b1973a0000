var printSlices = 1;
function buildPrint() {
  if (!current) { return 0; }
  var L = current.L, parts = current.parts, LW = data.labelWidth, BAND = 18, WIDEST = 1750;
  // A chart wider than WIDEST px is cut into time slices, so no page shrinks below
  // about 0.6 (A4) or 0.85 (A3) of its size; each slice repeats the labels.
  var slices = Math.max(1, Math.ceil(L.width / Math.max(400, WIDEST - LW)));
  var sliceWidth = Math.ceil(L.width / slices), W = LW + sliceWidth;
  var pageHeight = Math.max(W / 1.45 - 40, L.head + BAND + 12 * ROW);
  function paginate(limit) {
    var list = [], start = 0;
    do {
      var end = start, used = BAND + L.head;
      while (end < L.rows.length && (end === start || used + L.geo[end].h <= limit)) { used += L.geo[end].h; end++; }
      list.push([start, end]);
      start = end;
    } while (start < L.rows.length);
    return list;
  }
  // As many pages as needed, then rows spread evenly over them (no near-empty last page).
  var bands = paginate(pageHeight);
  if (bands.length > 1) { bands = paginate(Math.min(pageHeight, BAND + L.head + L.height / bands.length + 2 * ROW)); }
  var pages = [];
  bands.forEach(function (band) { for (var q = 0; q < slices; q++) { pages.push({ first: band[0], last: band[1], x0: q * sliceWidth }); } });
  var font = "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif\"";
  var out = pages.map(function (page, n) {
    var first = page.first, last = page.last, x0 = page.x0;
    var y0 = first < L.rows.length ? L.geo[first].top : 0;
    var y1 = last > first ? L.geo[last - 1].top + L.geo[last - 1].h : y0;
    var top = BAND + L.head, height = top + (y1 - y0);
    var svg = '<svg class="page" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' + W + ' ' + height + '" font-size="12" ' + font + '>';
    svg += '<text x="4" y="13" font-size="11" fill="#666">' + esc(data.title) + '</text>' +
      '<text x="' + (W - 4) + '" y="13" font-size="11" fill="#666" text-anchor="end">' + T.page(n + 1, pages.length) + '</text>';
    svg += '<defs><clipPath id="p' + n + 'head"><rect x="' + x0 + '" y="0" width="' + sliceWidth + '" height="' + L.head + '"/></clipPath>' +
      '<clipPath id="p' + n + 'clip"><rect x="' + x0 + '" y="' + y0 + '" width="' + sliceWidth + '" height="' + (y1 - y0) + '"/></clipPath></defs>';
    svg += '<g transform="translate(' + (LW - x0) + ',' + BAND + ')" clip-path="url(#p' + n + 'head)">' + headerSVG(L) + todaySVG(L, 0, L.head, true) + statusSVG(L, 0, L.head) + '</g>';
    var body = [backdrop(L, first, last)];
    parts.links.forEach(function (link, k) { if (link.lo < last && link.hi >= first) { body.push(parts.link(k)); } });
    for (var i = first; i < last; i++) { body.push(parts.bar(i)); }
    body.push(todaySVG(L, y0, y1), statusSVG(L, y0, y1));
    svg += '<g class="rows" transform="translate(' + (LW - x0) + ',' + (top - y0) + ')" clip-path="url(#p' + n + 'clip)">' +
      body.join('') + '</g>';
    var labels = ['<g class="labels">'];
    for (var r = first; r < last; r++) {
      var row = L.rows[r], g = L.geo[r], y = top + g.top - y0;
      labels.push('<rect x="0" y="' + y + '" width="' + LW + '" height="' + g.h + '" fill="' + (r % 2 === 1 ? '#fafafa' : '#fff') + '"/>');
      var text = row.label !== undefined ? row.label : oneLine(row.name), lx = 8 + row.depth * 12;
      var body = row.ll ? row.ll.map(function (line, k) { return '<tspan x="' + lx + '" dy="' + (k ? LINE : 0) + '">' + esc(line) + '</tspan>'; }).join('') : esc(row.kind === 'milestone' ? '◆ ' + text : text);
      labels.push('<text x="' + lx + '" y="' + (y + 15) + '"' + (row.kind === 'phase' ? ' font-weight="bold"' : '') +
        (row.critical && row.kind !== 'phase' ? ' fill="#D62728"' : '') + '>' + body + '</text>');
    }
    labels.push('</g>');
    svg += labels.join('');
    svg += '<line x1="' + LW + '" y1="' + BAND + '" x2="' + LW + '" y2="' + height + '" stroke="#999"/>';
    svg += '<line x1="0" y1="' + (top - 0.5) + '" x2="' + W + '" y2="' + (top - 0.5) + '" stroke="#999"/>';
    return svg + '</svg>';
  });
  document.getElementById('print').innerHTML = out.join('');
  printSlices = slices;
  return pages.length;
}
window.addEventListener('beforeprint', buildPrint);
if (window.matchMedia) {
  var printQuery = window.matchMedia('print');
  if (printQuery.addEventListener) { printQuery.addEventListener('change', function (event) { if (event.matches) { buildPrint(); } }); }
}
