'use strict';
// Plans with different calendars charted together (draw.js calendarBands, issue #12): each
// plan's days off are shaded behind its own rows, not only the days no plan works.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

/// The sample's phase and first two tasks on the plan's calendar (weekends 12, 13, 19, 20 …),
/// the milestone on a second plan's that works every day but day 19.
function twoCalendars() {
  const data = sampleData({ nonWorking: [19], cals: [[12, 13, 19, 20, 26, 27], [19]] });
  data.rows[3].cal = 1;
  return data;
}

/// The `class="off"` rectangles a shading draws, as [x, y, width, height].
function offs(svg) {
  return [...svg.matchAll(/<rect class="off" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
}

test('each plan\'s days off lie behind its own rows', () => {
  const page = load(['text.js', 'layout.js', 'filters.js', 'draw.js'], twoCalendars());
  page.state.scale = 'day';
  const L = page.layout(page.visibleRows());
  const bands = plain(page.calendarBands(L, 0, L.height).map((b) => [b.top, b.bottom]));
  const split = L.geo[3].top;
  assert.deepEqual(bands, [[0, split], [split, L.height]]);
  const rects = offs(page.shading(L, 0, L.height));
  const at = (day) => rects.filter(([x, , w]) => x <= L.x(day) && L.x(day) < x + w);
  // Day 12 (a weekend of the first plan): behind the first three rows only.
  assert.deepEqual(at(12).map(([, y, , h]) => [y, y + h]), [[0, split]]);
  // Day 19: off in both plans, so behind every row, band by band.
  assert.deepEqual(at(19).map(([, y, , h]) => [y, y + h]), [[0, split], [split, L.height]]);
});

test('one calendar keeps one band over the whole height', () => {
  const page = load(['text.js', 'layout.js', 'filters.js', 'draw.js'], sampleData());
  const L = page.layout(page.visibleRows());
  assert.deepEqual(plain(page.calendarBands(L, 5, 40).map((b) => [b.top, b.bottom])), [[5, 40]]);
  assert.ok(offs(page.shading(L, 0, L.height)).every(([, y, , h]) => y === 0 && h === L.height));
});

test('a print page\'s rows are cut to its own slice', () => {
  const page = load(['text.js', 'layout.js', 'filters.js', 'draw.js'], twoCalendars());
  const L = page.layout(page.visibleRows());
  const y0 = L.geo[1].top, y1 = L.geo[3].top + L.geo[3].h;
  assert.deepEqual(plain(page.calendarBands(L, y0, y1).map((b) => [b.top, b.bottom])), [[y0, L.geo[3].top], [L.geo[3].top, y1]]);
});
