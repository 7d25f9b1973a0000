var errors = [];
window.addEventListener('error', function (event) { errors.push(String(event.message)); });
var data = JSON.parse(document.getElementById('gantt-data').textContent);
var ROW = 22, LINE = 14, DAY = { day: 24, week: 9, month: 4, quarter: 2.2 }, MINBAR = 7, GAP = 12, STUB = 6, CLEAR = 3;
var state = { scale: data.scale, critical: false, role: '', phase: '', search: '', collapsed: {} };
var colors = {}, names = {};
data.roles.forEach(function (role) { colors[role.id] = role.color; names[role.id] = role.name; });
var nonWorking = {};
data.nonWorking.forEach(function (day) { nonWorking[day] = true; });
// Plans on different calendars charted together: each plan's days off, by a row's `cal`.
var calendars = (data.cals || []).map(function (days) {
  var set = {}; days.forEach(function (day) { set[day] = true; }); return set;
});
var byId = {};
data.rows.forEach(function (row, index) { row.index = index; byId[row.id] = row; });
var origin = data.origin.split('-').map(Number);
var originMs = Date.UTC(origin[0], origin[1] - 1, origin[2]);
var current = null;

function dateOf(day) { return new Date(originMs + day * 86400000); }
function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
function oneLine(text) { return String(text).replace(/[\r\n\t\u2028\u2029\u0085\u000b\u000c]+/g, ' '); }
function ancestors(row) {
  var list = [];
  for (var parent = row.parent; parent; parent = byId[parent] && byId[parent].parent) { list.push(parent); }
  return list;
}
function colorRole(row) {
  var focus = state.role || data.focusRole;
  if (focus && row.roles.indexOf(focus) >= 0) { return focus; }
  return row.roles[0];
}

/// Rows to show: filters first (a phase stays when it holds a shown task, and spans
/// only those, as the CLI's filters do), then collapsing; `range` the days the filtered
/// tasks need, so a filter zooms the time axis to what it shows (filters.js).
function visibleRows() {
  var keep = {}, spans = {}, kept = [], terms = searchTerms(state.search);
  data.rows.forEach(function (row) {
    if (row.kind === 'phase') { return; }
    if (state.critical && !row.critical) { return; }
    if (state.role && row.roles.indexOf(state.role) < 0) { return; }
    if (!inPhase(row, state.phase) || !rowMatches(row, terms)) { return; }
    keep[row.id] = true;
    kept.push(row);
    var end = row.kind === 'milestone' ? row.start + 1 : row.end;
    ancestors(row).forEach(function (id) {
      keep[id] = true;
      var span = spans[id] || (spans[id] = { s: row.start, e: end });
      span.s = Math.min(span.s, row.start); span.e = Math.max(span.e, end);
    });
  });
  var rows = data.rows.filter(function (row) {
    return keep[row.id] && !ancestors(row).some(function (id) { return state.collapsed[id]; });
  });
  return { rows: rows, spans: spans, range: shownRange(kept) };
}

/// Where everything goes at the current scale: the drawn days, each row's top, height,
/// shape and note, the width that holds the notes.
function layout(shown) {
  var scale = state.scale, dw = DAY[scale];
  var pad = scale === 'day' ? 1 : (scale === 'week' ? 3 : 7);
  var range = shown.range || { s: data.start, e: data.finish };
  var L = { scale: scale, dw: dw, first: range.s - pad, last: range.e + pad, rows: shown.rows, geo: [] };
  L.tiers = scale === 'day' ? 54 : 36;
  L.head = L.tiers + (data.lane ? 14 : 0) + (data.today === null && data.status === null ? 0 : 16);
  L.x = function (day) { return (day - L.first) * dw; };
  var y = 0, right = L.x(L.last);
  shown.rows.forEach(function (row, i) {
    var g = { top: y, lines: 1, notes: [], cells: 0 };
    if (row.kind === 'milestone') {
      var c = L.x(row.start) + dw / 2; g.s = c - 7; g.e = c + 7;
      var d = dateOf(row.start); g.notes = [(d.getUTCMonth() + 1) + '/' + d.getUTCDate()];
      g.cells = g.notes[0].length;
    } else {
      var span = row.kind === 'phase' ? (shown.spans[row.id] || { s: row.start, e: row.end }) : { s: row.start, e: row.end };
      g.s = L.x(span.s); g.e = Math.max(L.x(span.e), g.s + MINBAR);
      if (row.kind === 'phase' && row.tl) { g.notes = row.tl.map(function (l) { return l[0]; }); g.cells = Math.max.apply(null, row.tl.map(function (l) { return l[1]; })); g.lines = row.tl.length; }
      if (row.kind === 'task' && row.rl && scale !== 'month' && scale !== 'quarter') { g.notes = [row.rl[0]]; g.cells = row.rl[1]; }
    }
    // A missed deadline leads the note (in red): a line of its own above a phase's targets.
    if (row.lt) {
      if (row.kind === 'phase') { g.notes = [row.lt[0]].concat(g.notes); g.cells = Math.max(g.cells, row.lt[1]); g.lines = g.notes.length; }
      else { g.cells = row.lt[1] + (g.notes.length ? 2 + g.cells : 0); g.notes = [row.lt[0] + (g.notes.length ? '  ' + g.notes[0] : '')]; }
    }
    if (row.ll) { g.lines = Math.max(g.lines, row.ll.length); }
    g.h = ROW + (g.lines - 1) * LINE;
    g.mid = y + ROW / 2;
    g.occ = g.e + (g.cells ? GAP + g.cells * (row.kind === 'phase' ? 6 : 5.5) : 0);
    right = Math.max(right, g.occ + 7);
    L.geo.push(g);
    y += g.h;
  });
  L.height = y;
  L.width = Math.ceil(right + 16);
  if (data.today !== null) {
    L.today = data.today < L.first ? { x: L.x(L.first), c: -1 } : (data.today > L.last ? { x: L.x(L.last), c: 1 } : { x: L.x(data.today), c: 0 });
  }
  if (data.status !== null) { L.status = L.x(Math.min(Math.max(data.status, L.first), L.last)); }
  return L;
}

/// The x nearest to `want` that no shape or note of rows first..last-1 covers.
function freeColumn(L, want, first, last) {
  if (first >= last) { return want; }
  // Usually nothing is in the way: one pass without sorting.
  var blocked = false;
  for (var k = first; k < last && !blocked; k++) { blocked = L.geo[k].s - CLEAR < want && want < L.geo[k].occ + CLEAR; }
  if (!blocked) { return want; }
  var spans = [];
  for (var r = first; r < last; r++) { spans.push([L.geo[r].s - CLEAR, L.geo[r].occ + CLEAR]); }
  spans.sort(function (a, b) { return a[0] - b[0]; });
  var merged = [];
  spans.forEach(function (s) {
    var top = merged[merged.length - 1];
    if (top && s[0] <= top[1]) { top[1] = Math.max(top[1], s[1]); } else { merged.push([s[0], s[1]]); }
  });
  for (var i = 0; i < merged.length; i++) {
    var m = merged[i];
    if (m[0] < want && want < m[1]) { return m[0] > 2 && want - m[0] <= m[1] - want ? m[0] : m[1]; }
  }
  return want;
}

/// A link as GanttRouter routes it: stub out of the side its type names, along the row
/// gap, down a free column (`col` when it shares a trunk, see `trunks`), along the
/// successor's gap, into its side.
function route(L, a, b, kind, shared) {
  var A = L.geo[a], B = L.geo[b];
  var leavesStart = kind === 'SS' || kind === 'SF', entersStart = kind === 'FS' || kind === 'SS';
  var sx = leavesStart ? A.s : A.e, ox = leavesStart ? sx - STUB : sx + STUB;
  var tx = entersStart ? B.s : B.e, ix = entersStart ? tx - STUB : tx + STUB;
  var down = b > a;
  var g1 = down ? A.top + A.h : A.top, g2 = down ? B.top : B.top + B.h;
  var col = shared === undefined ? freeColumn(L, ix, Math.min(a, b) + 1, Math.max(a, b)) : shared;
  var p = [[sx, A.mid], [ox, A.mid], [ox, g1]];
  if (col !== ox) { p.push([col, g1]); }
  if (g2 !== g1) { p.push([col, g2]); }
  if (ix !== col) { p.push([ix, g2]); }
  p.push([ix, B.mid]); p.push([tx, B.mid]);
  var out = [];
  p.forEach(function (q) {
    var n = out.length;
    if (n && out[n - 1][0] === q[0] && out[n - 1][1] === q[1]) { return; }
    if (n >= 2 && ((out[n - 2][0] === out[n - 1][0] && out[n - 1][0] === q[0]) || (out[n - 2][1] === out[n - 1][1] && out[n - 1][1] === q[1]))) { out[n - 1] = q; return; }
    out.push(q);
  });
  return 'M' + out.map(function (q) { return Math.round(q[0] * 10) / 10 + ',' + Math.round(q[1] * 10) / 10; }).join(' L');
}
