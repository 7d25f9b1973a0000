'use strict';
// The page in English (<html lang="en">): the header, the tooltip and the page captions the
// script writes take the English words, with no Chinese left but the plan's names.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData, plain } = require('./page.js');

/// The page's files loaded into a document whose <html lang> is `lang`.
function page(lang, files, data) {
  const base = load(['text.js'], data);
  const document = Object.assign({}, base.document, { documentElement: Object.assign({}, base.document.documentElement, { getAttribute: () => lang }) });
  // interaction.js calls draw(), which draw.js defines: a stub where it is not loaded.
  return load(files, data, files.includes('draw.js') ? { document } : { document, draw() {} });
}

const CJK = /[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]/;

test('English month, quarter and week labels, and labels without their year', () => {
  const p = page('en', ['text.js', 'layout.js', 'filters.js', 'draw.js', 'tracking.js'], sampleData());
  assert.equal(p.LANG, 'en');
  const L = { first: 4, last: 33 };
  assert.deepEqual(plain(p.spans(L, false).map((s) => s.label)), ['Dec 2026', 'Jan 2027']);
  assert.deepEqual(plain(p.spans(L, true).map((s) => s.label)), ['Q4 2026', 'Q1 2027']);
  assert.equal(p.tierLabel('Jan 2027', 20 * 6.6, 6.6), 'Jan 2027');
  assert.equal(p.tierLabel('Jan 2027', 40, 6.6), 'Jan');
  p.state.scale = 'week';
  const svg = p.headerSVG(p.layout(p.visibleRows()));
  assert.match(svg, />W53 12\/28</);
  assert.ok(!CJK.test(svg), svg);
});

test('the English tooltip has the English words and the plan names only', () => {
  const data = sampleData();
  const names = new Set(data.rows.map((row) => row.name).concat(data.roles.map((role) => role.name)));
  const p = page('en', ['text.js', 'layout.js', 'filters.js', 'interaction.js'], data);
  const text = p.details(p.data.rows[2]);
  assert.ok(text.includes('(1 working day)') && text.includes('\nRoles: ') && text.includes('\nTotal float: 0 d (critical path)'), text);
  // What Chinese is left is a name from the plan.
  let rest = text;
  for (const name of names) { rest = rest.split(name).join(''); }
  assert.ok(!CJK.test(rest), rest);
});

test('the Chinese page keeps its words', () => {
  const p = page('zh-CN', ['text.js', 'layout.js', 'filters.js', 'interaction.js'], sampleData());
  assert.equal(p.LANG, 'zh');
  assert.ok(p.details(p.data.rows[2]).includes('（1 个工作日）'));
});
