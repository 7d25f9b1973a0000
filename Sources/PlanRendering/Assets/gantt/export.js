/// The current view (scale, filters, collapsed phases) as one standalone SVG file, drawn by
/// the same functions as the screen (header, shading, links, bars, today and status lines)
/// with the labels beside the bars as the print pages have them; and that SVG as a PNG,
/// drawn by the browser into a canvas. Nothing leaves the page: both are saved as files.

var PNG_SIDE = 16384, PNG_AREA = 40e6, EXPORT_BAND = 22;
/// The screen's style sheet rules the drawn SVG relies on (its classes), for a file that
/// has no page around it.
var EXPORT_STYLE = 'text.n{font-size:10px;fill:#777;stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}' +
  'text.nm{fill:#333}text.nt{font-size:11px;fill:#7A4B00}path.l{fill:none;stroke:#888;marker-end:url(#an)}' +
  'path.lc{fill:none;stroke:#D62728;stroke-width:1.5px;marker-end:url(#ac)}rect.shape{rx:2px}rect.shape.crit{stroke:#D62728;stroke-width:2px}';

/// The page's arrowheads and past-hatching pattern, as XML.
function exportDefs() {
  var defs = document.querySelector('svg.defs defs');
  return defs ? new XMLSerializer().serializeToString(defs) : '';
}

/// The SVG text of layout L with its pieces: { text, width, height }.
/// - Complexity: O(rows + links + days) of the view.
function viewSVG(L, parts) {
  var LW = data.labelWidth, W = Math.ceil(LW + L.width), top = EXPORT_BAND + L.head, H = Math.ceil(top + L.height), n = L.rows.length;
  var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + W + '" height="' + H + '" viewBox="0 0 ' + W + ' ' + H + '" font-size="12" ' +
    "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif\">"];
  out.push('<title>' + esc(data.title) + '</title><style>' + EXPORT_STYLE + '</style>' + exportDefs());
  out.push('<rect width="100%" height="100%" fill="#fff"/>');
  out.push('<text x="4" y="15" font-size="13" font-weight="bold" fill="#222">' + esc(data.title) + '</text>');
  out.push('<g transform="translate(' + LW + ',' + EXPORT_BAND + ')">' + headerSVG(L) + todaySVG(L, 0, L.head, true) + statusSVG(L, 0, L.head) + '</g>');
  var body = [backdrop(L, 0, n)];
  parts.links.forEach(function (link, k) { body.push(parts.link(k)); });
  for (var i = 0; i < n; i++) { body.push(parts.bar(i)); }
  body.push(todaySVG(L, 0, L.height), statusSVG(L, 0, L.height));
  out.push('<g class="rows" transform="translate(' + LW + ',' + top + ')">' + body.join('') + '</g>');
  out.push('<g class="labels">');
  for (var r = 0; r < n; r++) {
    var row = L.rows[r], g = L.geo[r], y = top + g.top, lx = 8 + row.depth * 12;
    out.push('<rect x="0" y="' + y + '" width="' + LW + '" height="' + g.h + '" fill="' + (r % 2 === 1 ? '#fafafa' : '#fff') + '"/>');
    var text = row.label !== undefined ? row.label : oneLine(row.name);
    var inner = row.ll ? row.ll.map(function (line, k) { return '<tspan x="' + lx + '" dy="' + (k ? LINE : 0) + '">' + esc(line) + '</tspan>'; }).join('') :
      esc(row.kind === 'milestone' ? '◆ ' + text : (row.kind === 'phase' ? (state.collapsed[row.id] ? '▸ ' : '▾ ') + text : text));
    out.push('<text x="' + lx + '" y="' + (y + 15) + '"' + (row.kind === 'phase' ? ' font-weight="bold"' : '') +
      (row.critical && row.kind !== 'phase' ? ' fill="#D62728"' : '') + '>' + inner + '</text>');
  }
  out.push('</g>');
  out.push('<line x1="' + LW + '" y1="' + EXPORT_BAND + '" x2="' + LW + '" y2="' + H + '" stroke="#999"/>');
  out.push('</svg>\n');
  // Characters XML 1.0 does not allow (a name may hold them) would make the file unreadable.
  return { text: out.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''), width: W, height: H };
}

/// The scale a PNG of w × h is drawn at: 2 (sharp on high-density screens), less when the
/// canvas would pass what browsers allow (16,384 px a side, 40 M pixels).
function pngScale(w, h) {
  return Math.min(2, PNG_SIDE / w, PNG_SIDE / h, Math.sqrt(PNG_AREA / (w * h)));
}

/// The SVG drawn into a canvas (white ground) and encoded as PNG: calls back with the
/// Blob, or null when the browser cannot draw it.
function svgToPNG(svg, callback) {
  var scale = pngScale(svg.width, svg.height), image = new Image();
  image.onload = function () {
    var canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(svg.width * scale));
    canvas.height = Math.max(1, Math.round(svg.height * scale));
    var context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(function (blob) { callback(blob, canvas); }, 'image/png');
  };
  image.onerror = function () { callback(null); };
  image.setAttribute('src', 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.text));
}
