'use strict';
// The page's filters and geometry (layout.js): what the zoom buttons, the critical-path box,
// the role picker and collapsing do to the rows and their coordinates.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

const ids = (rows) => plain(rows.map((row) => row.id));

test('escaping and single lines keep markup and line breaks out of labels', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  assert.equal(page.esc('<a href="x">&\''), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  assert.equal(page.oneLine('a\r\nb\u2028c\td'), 'a b c d');
});

test('filters keep the phases of shown tasks, spanning only those', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  let shown = page.visibleRows();
  assert.deepEqual(ids(shown.rows), ['P', 'design', 'build', 'ship']);
  assert.deepEqual(plain(shown.spans.P), { s: 7, e: 30 });

  page.state.critical = true;
  shown = page.visibleRows();
  assert.deepEqual(ids(shown.rows), ['P', 'build', 'ship']);
  // A milestone reaches to the end of its day.
  assert.deepEqual(plain(shown.spans.P), { s: 14, e: 30 });

  page.state.critical = false;
  page.state.role = 'design';
  shown = page.visibleRows();
  assert.deepEqual(ids(shown.rows), ['P', 'design']);
  assert.deepEqual(plain(shown.spans.P), { s: 7, e: 14 });
});

test('a collapsed phase hides its rows, not itself', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  page.state.collapsed.P = true;
  assert.deepEqual(ids(page.visibleRows().rows), ['P']);
});

test('zoom: day width and padding per scale place bars on their days', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  const widths = {};
  for (const [scale, dw, pad] of [['day', 24, 1], ['week', 9, 3], ['month', 4, 7], ['quarter', 2.2, 7]]) {
    page.state.scale = scale;
    const L = page.layout(page.visibleRows());
    assert.equal(L.dw, dw, scale);
    assert.equal(L.first, 7 - pad, scale);
    assert.equal(L.last, 30 + pad, scale);
    assert.equal(L.x(7), pad * dw, scale);
    // The design task: days 7 to 14 (end exclusive).
    assert.ok(Math.abs(L.geo[1].s - pad * dw) < 1e-9 && Math.abs(L.geo[1].e - (pad + 7) * dw) < 1e-9, scale);
    assert.equal(L.head, scale === 'day' ? 54 : 36, scale);
    assert.equal(L.height, 4 * 22);
    widths[scale] = L.width;
  }
  assert.ok(widths.day > widths.week && widths.week > widths.month && widths.month > widths.quarter, JSON.stringify(widths));
});

test('a milestone is a 14 px diamond in the middle of its day, noted with its date', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  const L = page.layout(page.visibleRows());
  const g = L.geo[3];
  assert.equal(g.s, L.x(29) + 4.5 - 7);
  assert.equal(g.e, L.x(29) + 4.5 + 7);
  assert.deepEqual(plain(g.notes), ['1/19']);
  // Its note is the widest thing: the chart is as wide as it, its gap and the margin.
  assert.equal(L.width, Math.ceil(g.e + 12 + 4 * 5.5 + 7 + 16));
});

test('one-day bars keep the minimum width at every scale', () => {
  const data = sampleData();
  data.rows[1].end = data.rows[1].start + 1;
  const page = load(['text.js', 'layout.js', 'filters.js'], data);
  page.state.scale = 'quarter';
  const L = page.layout(page.visibleRows());
  assert.equal(L.geo[1].e - L.geo[1].s, 7);
});

test('today is placed on its day, or pinned to the edge it lies beyond', () => {
  let page = load(['text.js', 'layout.js', 'filters.js'], sampleData({ today: 10, todayDate: '2026-12-31' }));
  let L = page.layout(page.visibleRows());
  assert.deepEqual(plain(L.today), { x: L.x(10), c: 0 });
  assert.equal(L.head, 36 + 16);
  page = load(['text.js', 'layout.js', 'filters.js'], sampleData({ today: 90, todayDate: '2027-03-21' }));
  L = page.layout(page.visibleRows());
  assert.deepEqual(plain(L.today), { x: L.x(L.last), c: 1 });
});

test('a link column avoids the shapes and notes between its rows, moving to the nearer edge', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  const L = { geo: [{ s: 0, occ: 10 }, { s: 50, occ: 100 }, { s: 0, occ: 10 }] };
  assert.equal(page.freeColumn(L, 20, 1, 2), 20);
  assert.equal(page.freeColumn(L, 60, 1, 2), 47);
  assert.equal(page.freeColumn(L, 95, 1, 2), 103);
  assert.equal(page.freeColumn(L, 60, 1, 1), 60);
});

test('a finish-to-start link is routed as GanttRouter routes it', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  const L = page.layout(page.visibleRows());
  // design ends at x 90 (row 1, middle y 33); build starts at x 90 (row 2, middle y 55).
  assert.equal(page.route(L, 1, 2, 'FS'), 'M90,33 L96,33 L96,44 L84,44 L84,55 L90,55');
  // Start-to-start leaves from the start: a stub to the left.
  assert.match(page.route(L, 1, 2, 'SS'), /^M27,33 L21,33 /);
});
