'use strict';
// The keyboard on the phases' twisties, the page's words in both languages, the file
// names and the SVG a download writes (text.js, controls.js, export.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

const ALL = ['text.js', 'layout.js', 'filters.js', 'draw.js', 'tracking.js', 'chunks.js', 'print.js', 'export.js', 'controls.js', 'interaction.js'];

/// Phases P (tasks a, b) and Q with sub-phase Q1 (task c), then task d of Q.
function nested() {
  const data = sampleData();
  const base = data.rows[1];
  const row = (fields) => Object.assign({}, base, { roles: [], critical: false }, fields);
  data.rows = [
    row({ id: 'P', name: 'P', kind: 'phase', parent: null, depth: 0 }),
    row({ id: 'a', name: 'a', parent: 'P', depth: 1 }),
    row({ id: 'b', name: 'b', parent: 'P', depth: 1 }),
    row({ id: 'Q', name: 'Q', kind: 'phase', parent: null, depth: 0 }),
    row({ id: 'Q1', name: 'Q1', kind: 'phase', parent: 'Q', depth: 1 }),
    row({ id: 'c', name: 'c', parent: 'Q1', depth: 2 }),
    row({ id: 'd', name: 'd', parent: 'Q', depth: 1 }),
  ];
  data.links = [];
  return data;
}

test('tree keys on a phase: Enter/Space toggle, arrows move between phases and collapse/expand, Home/End', () => {
  const page = load(['text.js', 'layout.js', 'filters.js', 'controls.js'], nested());
  const L = page.layout(page.visibleRows());
  const key = (i, k) => plain(page.phaseKey(L, i, k));
  assert.deepEqual(key(0, 'Enter'), { action: 'toggle', to: 0 });
  assert.deepEqual(key(0, ' '), { action: 'toggle', to: 0 });
  assert.deepEqual(key(0, 'ArrowDown'), { action: 'focus', to: 3 });
  assert.deepEqual(key(3, 'ArrowDown'), { action: 'focus', to: 4 });
  assert.deepEqual(key(4, 'ArrowDown'), { action: 'focus', to: 4 });      // the last phase stays
  assert.deepEqual(key(4, 'ArrowUp'), { action: 'focus', to: 3 });
  assert.deepEqual(key(0, 'ArrowUp'), { action: 'focus', to: 0 });
  assert.deepEqual(key(4, 'Home'), { action: 'focus', to: 0 });
  assert.deepEqual(key(0, 'End'), { action: 'focus', to: 4 });
  assert.deepEqual(key(3, 'ArrowLeft'), { action: 'collapse', to: 3 });    // open: collapse it
  assert.deepEqual(key(3, 'ArrowRight'), { action: 'focus', to: 4 });      // open: to its first sub-phase
  assert.deepEqual(key(0, 'ArrowRight'), { action: 'focus', to: 0 });      // no sub-phase first
  assert.equal(page.phaseKey(L, 0, 'a'), null);
  page.state.collapsed = { Q1: true };
  const C = page.layout(page.visibleRows());
  assert.deepEqual(plain(page.phaseKey(C, 4, 'ArrowRight')), { action: 'expand', to: 4 });
  assert.deepEqual(plain(page.phaseKey(C, 4, 'ArrowLeft')), { action: 'focus', to: 3 }); // closed: to its parent
});

test('a key on a twisty changes the collapsed state, redraws, and keeps the focus on that phase', () => {
  const page = load(ALL, nested());
  const focused = [];
  // The stub page's twisty for any query: records what was focused.
  page.elements.gantt.querySelector = () => ({ setAttribute() {}, focus() { focused.push(page.state.focusPhase); } });
  const button = { closest: () => button, parentNode: { getAttribute: () => '3' } };
  let prevented = 0;
  const press = (key) => page.onPhaseKey({ key, target: button, preventDefault() { prevented++; } });
  assert.equal(press('Enter'), true);
  assert.deepEqual(plain(page.state.collapsed), { Q: true });
  assert.deepEqual(plain(page.current.L.rows.map((r) => r.id)), ['P', 'a', 'b', 'Q']);
  assert.equal(press('ArrowRight'), true);
  assert.deepEqual(plain(page.state.collapsed), {});
  assert.equal(press('x'), false);
  assert.equal(prevented, 2);
  assert.deepEqual(focused, ['Q', 'Q']);
});

test('a phase twisty is a button with aria-expanded and a label; one of them is in the tab order', () => {
  const page = load(ALL, nested());
  const labels = [0, 3, 4].map((i) => page.labelHTML(page.current.L, i));
  assert.match(labels[0], /<button type="button" class="twisty" aria-expanded="true" aria-label="折叠 P" tabindex="0">▾<\/button>/);
  assert.match(labels[1], /aria-expanded="true" aria-label="折叠 Q" tabindex="-1"/);
  page.state.collapsed = { Q1: true };
  page.state.focusPhase = 'Q1';
  page.draw();
  assert.match(page.labelHTML(page.current.L, 4), /aria-expanded="false" aria-label="展开 Q1" tabindex="0">▸/);
  assert.match(page.labelHTML(page.current.L, 0), /tabindex="-1"/);
  assert.doesNotMatch(page.labelHTML(page.current.L, 1), /<button/);
});

test('search matches are marked in labels', () => {
  const page = load(ALL, sampleData());
  page.state.search = '设计';
  page.draw();
  assert.equal(page.current.L.rows.length, 2);
  assert.match(page.labelHTML(page.current.L, 1), /<mark>设计<\/mark>稿/);
});

test('both languages have the same words, English when the page is in English', () => {
  const page = load(['text.js'], sampleData());
  assert.deepEqual(Object.keys(page.TEXTS.en).sort(), Object.keys(page.TEXTS.zh).sort());
  assert.equal(page.LANG, 'zh');
  assert.equal(page.T.today, '回到今天');
  assert.equal(page.T.shown(3, 40), '显示 3 / 40 项');
  const english = load(['text.js'], sampleData(), {});
  english.document.documentElement.getAttribute = () => 'en';
  // text.js reads the language at load: load it again into a page whose <html lang> is en.
  const en = load(['text.js'], sampleData(), { document: Object.assign({}, english.document) });
  assert.equal(en.LANG, 'en');
  assert.equal(en.T.today, 'Jump to today');
  assert.equal(en.T.shown(3, 40), '3 of 40 rows shown');
});

test('applyTexts writes each marked element its words and attributes', () => {
  const page = load(['text.js'], sampleData());
  const made = [];
  const el = (attr, key) => { const e = { attrs: { [attr]: key }, textContent: '', getAttribute(n) { return this.attrs[n]; }, setAttribute(n, v) { this.attrs[n] = v; } }; made.push(e); return e; };
  const button = el('data-t', 'downloadSVG'), box = el('data-t-placeholder', 'searchPlaceholder'), unknown = el('data-t', 'nope');
  page.applyTexts({ querySelectorAll: (sel) => made.filter((e) => e.attrs[sel.slice(1, -1)] !== undefined) });
  assert.equal(button.textContent, '下载 SVG');
  assert.equal(box.attrs.placeholder, '任务、角色或人员');
  assert.equal(unknown.textContent, '');
});

test('download file names come from the title, the same each time, safe on every file system', () => {
  const page = load(['text.js', 'layout.js', 'filters.js', 'controls.js'], sampleData());
  assert.equal(page.fileBase('双十一 大促 2026'), '双十一 大促 2026');
  assert.equal(page.fileBase('a/b\\c:d*e?"f"<g>|h'), 'a-b-c-d-e-f-g-h');
  assert.equal(page.fileBase('\u202egpj.exe'), 'gpj.exe');
  assert.equal(page.fileBase('...'), 'gantt');
  assert.equal(page.fileBase(''), 'gantt');
  assert.equal(Array.from(page.fileBase('长'.repeat(200))).length, 80);
});

test('the downloaded SVG holds the view: every shown bar and label, the title, no page classes missing', () => {
  const page = load(ALL, sampleData({ title: 'A & <B>' }));
  let svg = page.viewSVG(page.current.L, page.current.parts);
  assert.match(svg.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
  assert.equal((svg.text.match(/<g class="bar /g) || []).length, 4);
  assert.equal((svg.text.match(/<g class="labels">/g) || []).length, 1);
  assert.match(svg.text, /<title>A &amp; &lt;B&gt;<\/title>/);
  assert.match(svg.text, /<style>[^<]*path\.l\{/);
  assert.equal(svg.width, Math.ceil(200 + page.current.L.width));
  // The current view: a role filter leaves its tasks only, with their phase.
  page.state.role = 'dev';
  page.draw();
  svg = page.viewSVG(page.current.L, page.current.parts);
  assert.equal((svg.text.match(/<g class="bar /g) || []).length, 2);
  assert.match(svg.text, />▾ 阶段</);
  assert.doesNotMatch(svg.text, /设计稿/);
});

test('the SVG drops characters XML forbids, which a name may hold', () => {
  const data = sampleData();
  data.rows[1].name = 'bad\u0001name';
  const page = load(ALL, data);
  const svg = page.viewSVG(page.current.L, page.current.parts);
  assert.match(svg.text, /badname/);
  assert.doesNotMatch(svg.text, /\u0001/);
});

test('the PNG is drawn at 2x, less when a side or the area would pass what browsers allow', () => {
  const page = load(ALL, sampleData());
  assert.equal(page.pngScale(1000, 800), 2);
  assert.equal(page.pngScale(20000, 100), 16384 / 20000);
  assert.ok(Math.abs(page.pngScale(4000, 10000) * page.pngScale(4000, 10000) * 4e7 - 40e6) < 1);
});

test('an English page writes its legend in English', () => {
  // The stub document of a page with this data, its <html lang> set to English.
  const data = sampleData({ today: 10, todayDate: '2026-12-31' });
  const base = load(['text.js'], data);
  const document = Object.assign({}, base.document, { documentElement: { getAttribute: () => 'en', setAttribute() {} } });
  const page = load(ALL, data, { document });
  const legend = page.legendHTML(page.current.L.rows);
  for (const word of ['Critical path', 'Milestone', 'Phase', 'Non-working day', 'Past']) { assert.ok(legend.includes(word), word); }
  assert.doesNotMatch(legend, /关键路径|里程碑|非工作日/);
  const chinese = load(ALL, sampleData()).legendHTML([]);
  assert.match(chinese, /关键路径/);
});

test('a PNG the browser cannot draw is reported, not dropped silently', () => {
  const page = load(ALL, sampleData());
  page.svgToPNG = (svg, callback) => callback(null);
  let reported = null;
  page.downloadPNG((blob) => { reported = blob; });
  assert.equal(reported, null);
  assert.match(page.elements.shown.textContent, /PNG/);
});
