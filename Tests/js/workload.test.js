'use strict';
// The workload map under the chart is drawn from the page's numbers only when reached, once,
// as WorkloadChart.svg draws it (Tests/PlanRenderingTests/WorkloadPageDataTests compares
// the two byte for byte; here the rules one by one).
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData } = require('./page.js');

// Two roles over four days from Tuesday 2026-09-08 (WorkloadChart.pageData's shape).
function map(overrides = {}) {
  return Object.assign({
    width: 202, height: 182, labelWidth: 120, cellWidth: 14, rowHeight: 24, top: 64,
    start: '2026-09-08', columns: 8, step: 1, title: '负荷', caption: '已排/可用人天，按日',
    tip: '{name} {when}: {booked}/{available} 人天', over: ' — 超出', week: '',
    legend: [['#b9dec6', '低', 12], ['#15803d', '满', 56], ['#dc2626', '超出 !', 100], ['#eceff3', '不工作', 172]],
    rows: [
      { name: '社群 <运营> & "客服"', a: [[2, 4], 0, 0, 2, 2], b: [1, 1.5, 2, 3.25, 0, 0, 1234.567, 0] },
      { name: '小王', person: true, a: [[1, 8]], b: [[0, 8]] },
    ],
  }, overrides);
}

function page(observer, workload = map()) {
  const section = {
    html: [], style: { minHeight: '182px' },
    insertAdjacentHTML(where, text) { this.html.push([where, text]); },
  };
  const document = {
    documentElement: {}, getElementById(id) { return id === 'workload' ? section : null; },
    querySelectorAll() { return []; }, querySelector() { return null; },
  };
  const window = observer ? { IntersectionObserver: observer } : {};
  const data = sampleData({ workload });
  return { section, context: load(['workload.js'], data, { document, window, data }) };
}

function titles(svg) { return [...svg.matchAll(/<title>(.*?)<\/title>/g)].map((m) => m[1]); }
function fills(svg) { return [...svg.matchAll(/<g><title>.*?<\/title><rect [^>]*fill="([^"]+)"/g)].map((m) => m[1]); }

test('runs expand to their values', () => {
  const { context } = page(null);
  assert.deepEqual(Array.from(context.unrun([[2, 3], 0.5, 1, [0, 2]])), [2, 2, 2, 0.5, 1, 0, 0]);
});

test('figures are formatted as the renderer formats them', () => {
  const { context } = page(null);
  assert.equal(context.grouped(1234.567, 2), '1,234.57');
  assert.equal(context.grouped(3.25, 1), '3.3');
  assert.equal(context.grouped(2.5, 0), '3');
  assert.equal(context.grouped(0.004, 2), '0');
  assert.equal(context.grouped(1.1, 2), '1.1');
  assert.equal(context.grouped(1234567, 0), '1,234,567');
  assert.equal(context.workloadShade(0), '#f0fdf4');
  assert.equal(context.workloadShade(1), '#15803d');
  assert.equal(context.workloadShade(0.25), '#b9dec6');
  assert.equal(context.workloadShade(0.5), '#83bf99');
  assert.equal(context.workloadShade(7), '#15803d');
});

test('every cell has its tooltip, shade and mark; names are escaped', () => {
  const { section } = page(null);
  const svg = section.html[0][1];
  assert.equal(section.style.minHeight, '');
  assert.equal(titles(svg).length, 16);
  assert.deepEqual(titles(svg).slice(0, 5), [
    '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-08: 1/2 人天',
    '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-09: 1.5/2 人天',
    '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-10: 2/2 人天',
    '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-11: 3.25/2 人天 — 超出',
    '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-12: 0/0 人天',
  ]);
  assert.equal(titles(svg)[6], '社群 &lt;运营&gt; &amp; &quot;客服&quot; 2026-09-14: 1,234.57/2 人天 — 超出');
  // Half used, full, over-booked (red), nothing available and nothing booked (grey).
  assert.deepEqual(fills(svg).slice(0, 5), ['#83bf99', '#4c9f6b', '#15803d', '#dc2626', '#eceff3']);
  // Narrow cells: only the over-booked ones carry a mark.
  assert.equal((svg.match(/>!<\/text>/g) || []).length, 2);
  // Column labels: the first day, then Mondays (2026-09-14).
  assert.match(svg, /<text x="121" y="58" font-size="10" fill="#333">09-08<\/text>/);
  assert.match(svg, /<text x="205" y="58" font-size="10" fill="#333">09-14<\/text>/);
  assert.equal((svg.match(/fill="#333"/g) || []).length, 2);
  // A role in bold, a person indented.
  assert.match(svg, /<text x="12" y="80" font-weight="bold">社群 &lt;运营&gt;/);
  assert.match(svg, /<text x="28" y="104">小王<\/text>/);
  assert.match(svg, /<rect x="100" y="136" width="14" height="14" fill="#dc2626"\/><text x="120" y="148">超出 !<\/text>/);
});

test('weekly maps carry the week word and the figures inside wide cells', () => {
  const weekly = map({
    step: 7, columns: 2, cellWidth: 56, week: ' week', tip: '{name} {when}: {booked}/{available} person-days', over: ' — over-booked',
    rows: [{ name: 'Ops', a: [10, 10], b: [3, 12.5] }],
  });
  const svg = page(null, weekly).section.html[0][1];
  assert.deepEqual(titles(svg), ['Ops 2026-09-08 week: 3/10 person-days', 'Ops 2026-09-15 week: 12.5/10 person-days — over-booked']);
  assert.match(svg, /fill="#14532d">3<\/text>/);
  assert.match(svg, /fill="#fff">12\.5!<\/text>/);
  assert.equal((svg.match(/fill="#333"/g) || []).length, 2);
});

test('control characters are escaped as XMLText escapes them', () => {
  const { context } = page(null);
  assert.equal(context.xmlText('a\rb\u0001c\nd\t\uffff\'<'), 'a&#13;bc\nd\t&#39;&lt;');
});

test('with IntersectionObserver the map waits until the section is reached, then is drawn once', () => {
  let callback = null, observed = null, disconnected = false;
  function Observer(fn, options) {
    callback = fn;
    assert.equal(options.rootMargin, '0px 0px -1px 0px');
    this.observe = (target) => { observed = target; };
    this.disconnect = () => { disconnected = true; };
  }
  const { section } = page(Observer);
  assert.equal(observed, section);
  assert.deepEqual(section.html, []);  // not at load
  assert.equal(section.style.minHeight, '182px');
  callback([{ isIntersecting: false }]);
  assert.deepEqual(section.html, []);  // touching the edge is not reaching it
  callback([{ isIntersecting: true }]);
  assert.equal(section.html.length, 1);
  assert.equal(section.html[0][0], 'beforeend');
  assert.match(section.html[0][1], /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="202" height="182"/);
  assert.ok(disconnected);
  callback([{ isIntersecting: true }]);
  assert.equal(section.html.length, 1);
});

test('a page without a workload map is left alone', () => {
  const document = { documentElement: {}, getElementById() { return null; }, querySelectorAll() { return []; }, querySelector() { return null; } };
  assert.doesNotThrow(() => load(['workload.js'], sampleData(), { document, window: {}, data: sampleData() }));
});
