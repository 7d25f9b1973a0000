'use strict';
// Every asset parses as JavaScript on its own, and the page's script — the files in page
// order inside HTMLRenderer.script's strict-mode wrapper — parses and loads with the chart's
// data, so a file no other test loads (chunks.js, print.js) cannot ship broken.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { load, sampleData } = require('./page.js');

const ASSETS = path.join(__dirname, '..', '..', 'Sources', 'PlanRendering', 'Assets', 'gantt');
// The order of HTMLRenderer.script.
const ORDER = ['text.js', 'layout.js', 'filters.js', 'draw.js', 'tracking.js', 'chunks.js', 'print.js', 'export.js', 'controls.js', 'interaction.js', 'workload.js'];

test('every script file of the page is in the page, and parses alone', () => {
  const files = fs.readdirSync(ASSETS).filter((name) => name.endsWith('.js')).sort();
  assert.deepEqual(files, [...ORDER].sort());
  for (const file of files) {
    assert.doesNotThrow(() => new vm.Script(fs.readFileSync(path.join(ASSETS, file), 'utf8'), { filename: file }), file);
  }
});

test('the whole script parses in strict mode and loads, drawing into the stub page', () => {
  const body = ORDER.map((file) => fs.readFileSync(path.join(ASSETS, file), 'utf8')).join('');
  assert.doesNotThrow(() => new vm.Script("(function () {\n'use strict';\n" + body + '})();\n'));
  // Loaded file by file (top-level declarations stay reachable), the real draw() runs once.
  const page = load(ORDER, sampleData());
  assert.equal(page.current.L.rows.length, 4);
  assert.match(page.elements.gantt.innerHTML, /class="headsvg"/);
});
