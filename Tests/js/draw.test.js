'use strict';
// The header's date arithmetic (draw.js): ISO weeks, month and quarter spans, labels that fit.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

const page = load(['text.js', 'layout.js', 'filters.js', 'draw.js'], sampleData());

test('ISO 8601 week numbers across a year with 53 weeks', () => {
  assert.equal(page.isoWeek(new Date(Date.UTC(2026, 11, 28))), 53);
  assert.equal(page.isoWeek(new Date(Date.UTC(2027, 0, 4))), 1);
  assert.equal(page.isoWeek(new Date(Date.UTC(2026, 0, 5))), 2);
  assert.equal(page.isoWeek(new Date(Date.UTC(2026, 9, 12))), 42);
});

test('month and quarter spans carry the year and meet at the first of the month', () => {
  // Days 4..33 from 2026-12-21: 2026-12-25 to 2027-01-23; 1 January is day 11.
  const L = { first: 4, last: 33 };
  assert.deepEqual(plain(page.spans(L, false).map((s) => [s.s, s.e, s.label])), [[4, 11, '2026年12月'], [11, 33, '2027年1月']]);
  assert.deepEqual(plain(page.spans(L, true).map((s) => [s.s, s.e, s.label])), [[4, 11, '2026年第4季度'], [11, 33, '2027年第1季度']]);
});

test('a month label keeps its year where it fits, else drops it, else is left out', () => {
  // '2027年1月' is 9 cells (CJK counts two): 9 × 6.6 + 6 = 65.4 px.
  assert.equal(page.tierLabel('2027年1月', 66, 6.6), '2027年1月');
  assert.equal(page.tierLabel('2027年1月', 65, 6.6), '1月');
  assert.equal(page.tierLabel('2027年1月', 20, 6.6), null);
});

test('the header at week scale numbers each Monday with its ISO week', () => {
  const local = load(['text.js', 'layout.js', 'filters.js', 'draw.js', 'tracking.js'], sampleData());
  local.state.scale = 'week';
  const svg = local.headerSVG(local.layout(local.visibleRows()));
  assert.match(svg, />53周 12\/28</);
  assert.match(svg, />1周 1\/4</);
  assert.match(svg, />2027年1月</);
});
