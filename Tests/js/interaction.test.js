'use strict';
// The page's reactions (interaction.js): the driving chain a hovered task lights up, and
// the tooltip's text.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData } = require('./page.js');

function page(data) {
  let draws = 0;
  const context = load(['text.js', 'layout.js', 'filters.js', 'interaction.js'], data, { draw() { draws++; } });
  context.draws = () => draws;
  return context;
}

test('the driving chain follows driving links back to the origin, and only those', () => {
  const data = sampleData();
  // A link that does not drive (float on it) is not part of the chain.
  data.links.push({ from: 'design', to: 'ship', kind: 'FS' });
  const p = page(data);
  const chain = (i) => Object.keys(p.drivingChain(i)).map(Number).sort();
  assert.deepEqual(chain(3), [1, 2, 3]);
  assert.deepEqual(chain(2), [1, 2]);
  assert.deepEqual(chain(1), [1]);
});

test('the driving chain ends on cycles and on links to rows not in the chart', () => {
  const data = sampleData();
  data.links.push({ from: 'ship', to: 'design', kind: 'FS', dr: true }, { from: 'gone', to: 'build', kind: 'FS', dr: true });
  const p = page(data);
  assert.deepEqual(Object.keys(p.drivingChain(2)).map(Number).sort(), [1, 2, 3]);
});

test('the tooltip lists dates, working days, roles by name, float and the critical path', () => {
  const p = page(sampleData());
  assert.equal(p.details(p.data.rows[2]), '开发\n2027-01-04 – 2027-01-17（1 个工作日）\n角色: 研发\n总时差: 0 天（关键路径）');
  const milestone = p.details(p.data.rows[3]);
  assert.ok(milestone.startsWith('上线\n2027-01-19 – 2027-01-19\n'), milestone);
});

test('loading the page draws once', () => {
  assert.equal(page(sampleData()).draws(), 1);
});
