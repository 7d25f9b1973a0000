'use strict';
// Less clutter (issue #13): links from one task to several successors share one trunk in
// the page as in the SVG (GanttRouter), and long links on a big chart are faded.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData } = require('./page.js');

const task = (id, start, end) => ({
  id, name: id, kind: 'task', parent: null, depth: 0, start, end, startDate: '2026-12-28', finishDate: '2026-12-28',
  workingDays: 1, totalFloat: 1, critical: false, roles: [], targets: [], notes: null, leveledDelay: 0, delayedBy: null,
});

// The vertical runs of a path "Mx,y Lx,y …", as [x, y0, y1].
function verticals(d) {
  const points = d.slice(1).split(' L').map((p) => p.split(',').map(Number));
  const runs = [];
  for (let i = 1; i < points.length; i++) {
    if (points[i][0] === points[i - 1][0]) { runs.push([points[i][0], Math.min(points[i][1], points[i - 1][1]), Math.max(points[i][1], points[i - 1][1])]); }
  }
  return runs;
}

test('links from one task to three successors below run down one column', () => {
  const rows = [task('a', 7, 10), task('x', 7, 8), task('b', 10, 12), task('y', 7, 8), task('c', 12, 14), task('d', 11, 13)];
  const links = ['b', 'c', 'd'].map((to) => ({ from: 'a', to, kind: 'FS' }));
  const page = load(['filters.js', 'layout.js', 'draw.js'], sampleData({ rows, links }));
  const L = page.layout(page.visibleRows());
  const parts = page.pieces(L);
  assert.equal(parts.links.length, 3);
  const paths = parts.links.map((_, k) => parts.link(k).match(/ d="([^"]+)"/)[1]);
  // The long runs (through other rows) all lie on one x: one trunk, not three.
  const trunkXs = new Set(paths.flatMap(verticals).filter((v) => v[2] - v[1] > 22).map((v) => v[0]));
  assert.equal(trunkXs.size, 1, JSON.stringify(paths));
  // Unshared, each would run down the column in front of its own successor.
  const alone = new Set(parts.links.map((l) => page.route(L, l.a, l.b, l.kind)).flatMap(verticals).filter((v) => v[2] - v[1] > 22).map((v) => v[0]));
  assert.equal(alone.size, 3);
  assert.ok(paths.every((d) => !/stroke-opacity/.test(d)));
});

test('a long link that is not critical is faded on a chart of more than 60 rows, not on a small one', () => {
  const rows = [];
  for (let i = 0; i < 70; i++) { rows.push(task('t' + i, 7 + (i % 5), 9 + (i % 5))); }
  rows[69] = task('t69', 120, 122);
  const links = [{ from: 't0', to: 't69', kind: 'FS' }, { from: 't1', to: 't2', kind: 'FS' }];
  const page = load(['filters.js', 'layout.js', 'draw.js'], sampleData({ rows, links, finish: 130 }));
  const parts = page.pieces(page.layout(page.visibleRows()));
  assert.match(parts.link(0), /stroke-opacity="0.4"/);
  assert.doesNotMatch(parts.link(1), /stroke-opacity/);
});
