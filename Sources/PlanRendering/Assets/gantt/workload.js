/// The workload map under the chart travels as numbers in the page's data (`data.workload`,
/// WorkloadChart.pageData) and is drawn here, as the same SVG `cycleplan load -o x.svg`
/// writes (WorkloadChart.svg), only when the reader scrolls to it: ten years of twenty roles
/// are 80,000 cells, 8 MB as SVG text the browser had to read before the chart was ready.
/// The section keeps the map's height meanwhile, so the page scrolls as it will look.

/// Escapes as XMLText.escape does: markup, CR as `&#13;`, other control characters and
/// U+FFFE/U+FFFF dropped.
function xmlText(text) {
  return String(text).replace(/[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, function (c) {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case "'": return '&#39;';
      case '\r': return '&#13;';
      default: return '';
    }
  });
}

/// A row's figures from their runs: `[value, count]` stands for `count` times `value`.
function unrun(list) {
  var out = [];
  list.forEach(function (item) {
    if (Array.isArray(item)) { for (var i = 0; i < item[1]; i++) { out.push(item[0]); } } else { out.push(item); }
  });
  return out;
}

/// As ValueFormatter.grouped: at most `fraction` decimals, trailing zeros dropped, thousands
/// grouped with commas. Person-days stay far below 10^15, where that switches to 1.23×10^n.
function grouped(value, fraction) {
  if (!isFinite(value)) { return '\u2014'; }
  var scale = Math.pow(10, fraction);
  var units = Math.round(Math.abs(value) * scale);
  var whole = String(Math.floor(units / scale));
  var decimals = fraction ? String(units % scale) : '';
  if (decimals) {
    while (decimals.length < fraction) { decimals = '0' + decimals; }
    decimals = decimals.replace(/0+$/, '');
  }
  var text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (decimals ? '.' + decimals : '');
  return (value < 0 && text !== '0' ? '-' : '') + text;
}

/// Light to dark green as the use goes from 0 to 100 % (WorkloadChart.shade).
function workloadShade(use) {
  var t = Math.min(Math.max(use, 0), 1);
  var from = [240, 253, 244], to = [21, 128, 61];
  return '#' + from.map(function (a, i) {
    var c = Math.round(a + (to[i] - a) * t);
    return (c < 16 ? '0' : '') + c.toString(16);
  }).join('');
}

/// The map as SVG markup, element for element as WorkloadChart.svg writes it.
function workloadSVG(map) {
  var w = map.width, h = map.height, cw = map.cellWidth, rh = map.rowHeight, top = map.top;
  var first = map.start.split('-').map(Number), firstMs = Date.UTC(first[0], first[1] - 1, first[2]);
  function date(column) { return new Date(firstMs + column * map.step * 86400000); }
  function iso(d) { return d.toISOString().slice(0, 10); }
  var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h + '" '
    + 'font-family="\'PingFang SC\',\'Microsoft YaHei\',\'Noto Sans CJK SC\',\'Noto Sans SC\',sans-serif" font-size="12">\n'
    + '<rect width="' + w + '" height="' + h + '" fill="#ffffff"/>\n'
    + '<text x="12" y="22" font-size="16" font-weight="bold">' + xmlText(map.title) + '</text>\n'
    + '<text x="12" y="40" fill="#555">' + xmlText(map.caption) + '</text>\n'];
  var template = xmlText(map.tip), overText = xmlText(map.over), labels = [];
  for (var column = 0; column < map.columns; column++) {
    var d = date(column);
    labels.push(iso(d));
    // Daily: every Monday (and the first day); weekly: every week.
    if (map.step === 7 || column === 0 || d.getUTCDay() === 1) {
      out.push('<text x="' + (map.labelWidth + column * cw + 1) + '" y="' + (top - 6) + '" font-size="10" fill="#333">' + labels[column].slice(5) + '</text>\n');
    }
  }
  map.rows.forEach(function (row, index) {
    var y = top + index * rh, name = xmlText(row.name);
    var available = unrun(row.a), booked = unrun(row.b);
    out.push('<text x="' + (12 + (row.person ? 16 : 0)) + '" y="' + (y + 16) + '"' + (row.person ? '' : ' font-weight="bold"') + '>' + name + '</text>\n');
    for (var c = 0; c < map.columns; c++) {
      var x = map.labelWidth + c * cw, b = booked[c], a = available[c];
      var over = b > a + 1e-9;
      var fill = a < 1e-9 && b < 1e-9 ? '#eceff3' : (over ? '#dc2626' : workloadShade(a > 0 ? b / a : 0));
      var values = { name: name, when: labels[c] + map.week, booked: grouped(b, 2), available: grouped(a, 2) };
      var tip = template.replace(/\{(name|when|booked|available)\}/g, function (_, key) { return values[key]; });
      var cell = '<g><title>' + tip + (over ? overText : '') + '</title>'
        + '<rect x="' + x + '" y="' + (y + 2) + '" width="' + (cw - 1) + '" height="' + (rh - 4) + '" fill="' + fill + '"/>';
      if (cw >= 26 && b > 1e-9) {
        cell += '<text x="' + (x + Math.floor(cw / 2)) + '" y="' + (y + 16) + '" text-anchor="middle" font-size="10" fill="'
          + (over || b / Math.max(a, 1e-9) > 0.6 ? '#fff' : '#14532d') + '">' + grouped(b, 1) + (over ? '!' : '') + '</text>';
      } else if (over) {
        cell += '<text x="' + (x + Math.floor(cw / 2)) + '" y="' + (y + 16) + '" text-anchor="middle" font-size="10" fill="#fff">!</text>';
      }
      out.push(cell + '</g>\n');
    }
  });
  var ly = top + map.rows.length * rh + 24;
  map.legend.forEach(function (item) {
    out.push('<rect x="' + item[2] + '" y="' + ly + '" width="14" height="14" fill="' + item[0] + '"/>'
      + '<text x="' + (item[2] + 20) + '" y="' + (ly + 12) + '">' + xmlText(item[1]) + '</text>\n');
  });
  out.push('</svg>\n');
  return out.join('');
}

function showWorkload() {
  var section = document.getElementById('workload');
  if (!section || !data.workload) { return; }
  var drawn = false;
  function insert() {
    if (drawn) { return; }
    drawn = true;
    section.insertAdjacentHTML('beforeend', workloadSVG(data.workload));
    section.style.minHeight = '';
  }
  if (!window.IntersectionObserver) { insert(); return; }
  // The section starts where the window ends (the chart fills it): a negative bottom margin
  // so that merely touching the window's edge does not count as being reached.
  var watch = new window.IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) { watch.disconnect(); insert(); }
  }, { rootMargin: '0px 0px -1px 0px' });
  watch.observe(section);
}
showWorkload();
