'use strict';
// The page's search box and phase filter (filters.js, used by layout.js's visibleRows):
// which rows a search keeps, what it marks, and how a filter zooms the time axis.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

/// Two phases: P (design, build, ship as in sampleData) and Q with a sub-phase Q1.
function twoPhases() {
  const data = sampleData();
  const base = data.rows[1];
  const row = (fields) => Object.assign({}, base, { roles: [], critical: false }, fields);
  data.rows.push(
    row({ id: 'Q', name: 'Launch 发布', kind: 'phase', parent: null, depth: 0, start: 40, end: 60, startDate: '2027-01-30', finishDate: '2027-02-18' }),
    row({ id: 'ads', name: '投放广告', kind: 'task', parent: 'Q', depth: 1, start: 40, end: 45, roles: ['dev'], people: ['小王'] }),
    row({ id: 'Q1', name: '复盘', kind: 'phase', parent: 'Q', depth: 1, start: 50, end: 60 }),
    row({ id: 'report', name: 'Final Report', kind: 'task', parent: 'Q1', depth: 2, start: 50, end: 60, dl: 62 }),
  );
  data.finish = 62;
  return data;
}

function ids(page) { return plain(page.visibleRows().rows.map((r) => r.id)); }

test('search terms are lower-cased and split on ASCII and full-width spaces', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  assert.deepEqual(plain(page.searchTerms('  Final　REPORT x ')), ['final', 'report', 'x']);
  assert.deepEqual(plain(page.searchTerms('')), []);
});

test('a search finds tasks by name, role id, role name and person, keeping their phases', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], twoPhases());
  page.state.search = '设计稿';
  assert.deepEqual(ids(page), ['P', 'design']);
  page.state.search = '研发';               // the role's name
  assert.deepEqual(ids(page), ['P', 'build', 'Q', 'ads']);
  page.state.search = 'dev';                // the role's id
  assert.deepEqual(ids(page), ['P', 'build', 'Q', 'ads']);
  page.state.search = '小王';               // a person assigned
  assert.deepEqual(ids(page), ['Q', 'ads']);
  page.state.search = 'final report';       // every term, case-insensitive
  assert.deepEqual(ids(page), ['Q', 'Q1', 'report']);
  page.state.search = 'final nothing';
  assert.deepEqual(ids(page), []);
});

test("a phase's name finds all its tasks, sub-phases' too", () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], twoPhases());
  page.state.search = 'launch';
  assert.deepEqual(ids(page), ['Q', 'ads', 'Q1', 'report']);
});

test('the phase filter keeps a phase and its sub-phases, with the phases above, as --phase', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], twoPhases());
  page.state.phase = 'Q1';
  assert.deepEqual(ids(page), ['Q', 'Q1', 'report']);
  page.state.phase = 'Q';
  assert.deepEqual(ids(page), ['Q', 'ads', 'Q1', 'report']);
  page.state.search = '广告';               // filters combine
  assert.deepEqual(ids(page), ['Q', 'ads']);
});

test('a filter zooms the time axis to the shown tasks, their deadlines included; none keeps the whole span', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], twoPhases());
  assert.deepEqual(plain(page.visibleRows().range), { s: 7, e: 62 });
  const whole = page.layout(page.visibleRows());
  page.state.phase = 'Q1';
  const shown = page.visibleRows();
  assert.deepEqual(plain(shown.range), { s: 50, e: 62 });    // the deadline (62) past the bar's end (60)
  const L = page.layout(shown);
  assert.equal(L.first, 50 - 3);                              // week scale pads 3 days
  assert.equal(L.last, 62 + 3);
  assert.ok(L.width < whole.width);
  page.state.phase = '';
  page.state.search = 'nothing matches this';
  const empty = page.visibleRows();
  assert.deepEqual(plain(empty.range), { s: 7, e: 62 });
  assert.equal(empty.rows.length, 0);
});

test('collapsing a phase does not zoom: it still spans its tasks', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], twoPhases());
  page.state.collapsed = { Q: true };
  assert.deepEqual(plain(page.visibleRows().range), { s: 7, e: 62 });
});

test('matches are marked in the label text, escaped, overlapping terms merged', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  assert.equal(page.highlight('A <b> and AB', ['a', 'ab']), '<mark>A</mark> &lt;b&gt; <mark>a</mark>nd <mark>AB</mark>');
  assert.equal(page.highlight('发布会发布', ['发布']), '<mark>发布</mark>会<mark>发布</mark>');
  assert.equal(page.highlight('x<y', []), 'x&lt;y');
});

test("today is --today, else the status date's day, else the reader's date inside the plan", () => {
  let page = load(['text.js', 'layout.js', 'filters.js'], sampleData({ today: 10 }));
  assert.equal(page.todayDay(new Date(2030, 0, 1)), 10);
  page = load(['text.js', 'layout.js', 'filters.js'], sampleData({ status: 21 }));
  assert.equal(page.todayDay(new Date(2030, 0, 1)), 20);
  page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  // origin 2026-12-21: 2027-01-01 is day 11, inside 7…30; 2030 is outside.
  assert.equal(page.todayDay(new Date(2027, 0, 1, 23, 30)), 11);
  assert.equal(page.todayDay(new Date(2030, 0, 1)), null);
});

test('jumping to today aims at its x and the first task under way, else the next to start', () => {
  const page = load(['text.js', 'layout.js', 'filters.js'], sampleData());
  const L = page.layout(page.visibleRows());
  assert.deepEqual(plain(page.todayTarget(L, 16)), { x: L.x(16), row: 2 });    // build runs 14…28
  assert.deepEqual(plain(page.todayTarget(L, 28)), { x: L.x(28), row: 3 });    // ship starts at 29
  assert.deepEqual(plain(page.todayTarget(L, 500)), { x: L.x(L.last), row: 3 });
});
