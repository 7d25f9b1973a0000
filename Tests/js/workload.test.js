'use strict';
// The workload map under the chart is inserted from its inert text only when reached, once.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, sampleData } = require('./page.js');

function page(observer) {
  const section = {
    html: [], removed: [], style: { minHeight: '642px' },
    insertAdjacentHTML(where, text) { this.html.push([where, text]); },
    removeChild(child) { this.removed.push(child); child.parentNode = null; },
  };
  const source = { textContent: '<svg><g><title>社群 2026-09-10: 1/2 人天</title></g></svg>', parentNode: section };
  const document = {
    documentElement: {}, getElementById(id) { return id === 'workload-svg' ? source : null; },
    querySelectorAll() { return []; }, querySelector() { return null; },
  };
  const window = observer ? { IntersectionObserver: observer } : {};
  return { section, source, context: load(['workload.js'], sampleData(), { document, window }) };
}

test('without IntersectionObserver the map is inserted at once', () => {
  const { section, source } = page(null);
  assert.deepEqual(section.html, [['beforeend', source.textContent]]);
  assert.deepEqual(section.removed, [source]);
  assert.equal(section.style.minHeight, '');
});

test('with IntersectionObserver the map waits until the section is reached, then is inserted once', () => {
  let callback = null, observed = null, disconnected = false;
  function Observer(fn, options) {
    callback = fn;
    assert.equal(options.rootMargin, '0px 0px -1px 0px');
    this.observe = (target) => { observed = target; };
    this.disconnect = () => { disconnected = true; };
  }
  const { section, source } = page(Observer);
  assert.equal(observed, section);
  assert.deepEqual(section.html, []);  // not at load
  callback([{ isIntersecting: false }]);
  assert.deepEqual(section.html, []);  // touching the edge is not reaching it
  callback([{ isIntersecting: true }]);
  assert.deepEqual(section.html, [['beforeend', source.textContent]]);
  assert.ok(disconnected);
  callback([{ isIntersecting: true }]);
  assert.equal(section.html.length, 1);
});

test('a page without a workload map is left alone', () => {
  const document = { documentElement: {}, getElementById() { return null; }, querySelectorAll() { return []; }, querySelector() { return null; } };
  assert.doesNotThrow(() => load(['workload.js'], sampleData(), { document, window: {} }));
});
