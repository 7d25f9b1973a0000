var CHUNK = 100, observer = null;

function chunkRange(L, c) {
  var first = c * CHUNK, last = Math.min(first + CHUNK, L.rows.length);
  var y0 = first < L.rows.length ? L.geo[first].top : 0, y1 = last > first ? L.geo[last - 1].top + L.geo[last - 1].h : y0;
  return { first: first, last: last, y0: y0, h: y1 - y0 };
}

/// A row's label. A phase's twisty is a button (Tab reaches one of them, arrow keys the
/// others: controls.js) with aria-expanded; search matches are marked.
function labelHTML(L, i) {
  var row = L.rows[i], terms = current && current.terms || [];
  var twisty = '<span class="twisty"></span>';
  if (row.kind === 'phase') {
    var open = !state.collapsed[row.id];
    twisty = '<button type="button" class="twisty" aria-expanded="' + open + '" aria-label="' + esc((open ? T.collapse : T.expand) + ' ' + oneLine(row.name)) +
      '" tabindex="' + (row.id === L.firstPhase ? 0 : -1) + '">' + (open ? '▾' : '▸') + '</button>';
  }
  var classes = 'label ' + row.kind + (row.critical ? ' crit' : '') + (i % 2 ? ' odd' : '');
  var height = L.geo[i].h !== ROW ? 'height:' + L.geo[i].h + 'px;' : '';
  // No title attribute: hovering a label shows the row's details, full name first.
  return '<div class="' + classes + '" data-i="' + row.index + '" style="' + height + 'padding-left:' + (6 + row.depth * 12) + 'px">' +
    twisty + (row.ll ? '<span class="ll">' + row.ll.map(function (line) { return highlight(line, terms); }).join('<br>') + '</span>' :
      (row.kind === 'milestone' ? '◆ ' : '') + highlight(oneLine(row.name), terms)) + '</div>';
}

function fill(c) {
  if (!current || current.filled[c]) { return; }
  current.filled[c] = true;
  var L = current.L, parts = current.parts, r = chunkRange(L, c), body = [stripes(L, r.first, r.last)], labels = [];
  current.buckets[c].forEach(function (k) { body.push(parts.link(k)); });
  for (var i = r.first; i < r.last; i++) { body.push(parts.bar(i)); labels.push(labelHTML(L, i)); }
  var box = gantt.querySelector('.chunk[data-c="' + c + '"]'), side = gantt.querySelector('.lchunk[data-c="' + c + '"]');
  box.innerHTML = '<svg class="body" width="' + L.width + '" height="' + r.h + '" viewBox="0 ' + r.y0 + ' ' + L.width + ' ' + r.h + '" font-size="12">' + body.join('') + '</svg>';
  side.innerHTML = labels.join('');
}

function fillAll() { if (current) { for (var c = 0; c < current.buckets.length; c++) { fill(c); } } }

function draw() {
  var shown = visibleRows(), L = layout(shown), parts = pieces(L);
  var count = Math.max(1, Math.ceil(L.rows.length / CHUNK)), buckets = [], bodies = [], sides = [];
  for (var c = 0; c < count; c++) {
    var r = chunkRange(L, c);
    buckets.push([]);
    bodies.push('<div class="chunk" data-c="' + c + '" style="height:' + r.h + 'px;contain-intrinsic-size:' + L.width + 'px ' + r.h + 'px"></div>');
    sides.push('<div class="lchunk" data-c="' + c + '" style="height:' + r.h + 'px"></div>');
  }
  parts.links.forEach(function (link, k) {
    for (var c = Math.floor(link.lo / CHUNK); c <= Math.floor(link.hi / CHUNK); c++) { buckets[c].push(k); }
  });
  var top = gantt.scrollTop;
  gantt.innerHTML =
    '<div class="labels"><div class="head" style="height:' + L.head + 'px"></div>' + sides.join('') + '</div>' +
    '<div class="timeline"><svg class="headsvg" width="' + L.width + '" height="' + L.head + '" font-size="12">' + headerSVG(L) + todaySVG(L, 0, L.head, true) + statusSVG(L, 0, L.head) + '</svg>' +
    '<svg class="under" width="' + L.width + '" height="' + L.height + '" style="top:' + L.head + 'px">' + shading(L, 0, L.height) + '</svg>' +
    bodies.join('') +
    '<svg class="over" width="' + L.width + '" height="' + L.height + '" style="top:' + L.head + 'px">' + todaySVG(L, 0, L.height) + statusSVG(L, 0, L.height) + '</svg></div>';
  current = { L: L, parts: parts, buckets: buckets, filled: {}, terms: searchTerms(state.search) };
  // The phase whose twisty Tab reaches: the one last used while it is shown, else the first.
  for (c = 0; c < L.rows.length; c++) {
    if (L.rows[c].kind !== 'phase') { continue; }
    if (L.firstPhase === undefined) { L.firstPhase = L.rows[c].id; }
    if (L.rows[c].id === state.focusPhase) { L.firstPhase = state.focusPhase; break; }
  }
  // The chunks in view (and one screen around) at once, so the first paint is whole.
  var from = top - 800, to = top + (gantt.clientHeight || window.innerHeight) + 800;
  for (c = 0; c < count; c++) {
    var range = chunkRange(L, c);
    if (range.y0 + range.h >= from && range.y0 <= to) { fill(c); }
  }
  if (observer) { observer.disconnect(); }
  if (window.IntersectionObserver) {
    observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { if (entry.isIntersecting) { fill(Number(entry.target.getAttribute('data-c'))); } });
    }, { root: gantt, rootMargin: '800px 0px' });
    gantt.querySelectorAll('.chunk').forEach(function (box) { observer.observe(box); });
  } else {
    fillAll();
  }
  document.getElementById('legend').innerHTML = legendHTML(L.rows);
  showCount(L);
  document.querySelectorAll('.controls [data-scale]').forEach(function (button) {
    button.classList.toggle('on', button.getAttribute('data-scale') === state.scale);
  });
  document.getElementById('print').innerHTML = '';
}
