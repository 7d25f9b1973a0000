'use strict';
// Loads the HTML chart's scripts (Sources/PlanRendering/Assets/gantt/*.js) into a fresh
// V8 context, as the page concatenates them, with the chart's data and just enough of a
// document for their top-level statements. The files are the ones the binary embeds, run
// unchanged: their top-level `var`s and functions become properties of the context, so a
// test calls `page.layout(...)` or sets `page.state.critical` as the page's own code does.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ASSETS = path.join(__dirname, '..', '..', 'Sources', 'PlanRendering', 'Assets', 'gantt');

// An element that accepts what the scripts do to it at load time and records listeners.
function element() {
  const listeners = {};
  return {
    listeners,
    hidden: true,
    textContent: '',
    innerHTML: '',
    style: {},
    classList: { add() {}, remove() {}, toggle() {}, contains() { return false; } },
    addEventListener(type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    setAttribute() {},
    getAttribute() { return null; },
    querySelectorAll() { return []; },
    // A chunk to fill: any element will do, the test reads what was drawn elsewhere.
    querySelector() { return element(); },
  };
}

/// `files`: names under Assets/gantt in page order; `data`: the embedded chart JSON;
/// `globals`: anything else the files reach (stubs for functions of files not loaded).
function load(files, data, globals = {}) {
  const elements = { 'gantt-data': Object.assign(element(), { textContent: JSON.stringify(data) }) };
  const document = {
    documentElement: element(),
    getElementById(id) { return elements[id] || (elements[id] = element()); },
    querySelectorAll() { return []; },
    querySelector() { return null; },
  };
  const context = Object.assign({
    document,
    elements,
    window: { addEventListener() {}, innerWidth: 1280, innerHeight: 800 },
    location: { hash: '' },
    performance: { now: () => 0 },
    requestAnimationFrame() {},
    setTimeout() {},
    // tracking.js's placeholders, filled by HTMLRenderer.scriptTracking in the binary.
    __REMAINING_OPACITY__: 0.45, __GHOST_OFFSET__: 18, __GHOST_HEIGHT__: 3, __TRACKING_LEGEND__: '',
  }, globals);
  vm.createContext(context);
  for (const file of files) {
    vm.runInContext(fs.readFileSync(path.join(ASSETS, file), 'utf8'), context, { filename: file });
  }
  return context;
}

/// A small chart: phase P (design → build, build critical) and a milestone, days counted
/// from `origin` as HTMLRenderer.embeddedJSON counts them (origin = start − 7).
function sampleData(overrides = {}) {
  const row = (fields) => Object.assign({
    parent: null, depth: 0, workingDays: 1, totalFloat: 0, critical: false, roles: [], targets: [],
    notes: null, leveledDelay: 0, delayedBy: null,
  }, fields);
  return Object.assign({
    title: '样例', origin: '2026-12-21', scale: 'week', labelWidth: 200,
    start: 7, finish: 30, today: null, todayDate: null, status: null, statusDate: null,
    nonWorking: [12, 13, 19, 20, 26, 27], focusRole: null, lane: false, hol: [], ban: [],
    roles: [{ id: 'design', name: '设计', color: '#4E79A7' }, { id: 'dev', name: '研发', color: '#F28E2B' }],
    rows: [
      row({ id: 'P', name: '阶段', kind: 'phase', start: 7, end: 30, startDate: '2026-12-28', finishDate: '2027-01-19', critical: true }),
      row({ id: 'design', name: '设计稿', kind: 'task', parent: 'P', depth: 1, start: 7, end: 14, startDate: '2026-12-28', finishDate: '2027-01-03', roles: ['design'], totalFloat: 3 }),
      row({ id: 'build', name: '开发', kind: 'task', parent: 'P', depth: 1, start: 14, end: 28, startDate: '2027-01-04', finishDate: '2027-01-17', roles: ['dev'], critical: true }),
      row({ id: 'ship', name: '上线', kind: 'milestone', parent: 'P', depth: 1, start: 29, end: 29, startDate: '2027-01-19', finishDate: '2027-01-19', critical: true }),
    ],
    links: [{ from: 'design', to: 'build', kind: 'FS', dr: true }, { from: 'build', to: 'ship', kind: 'FS', dr: true }],
  }, overrides);
}

/// A value from the page's context as a plain value of this one: arrays made in another
/// context have another Array prototype, which assert.deepStrictEqual tells apart.
function plain(value) { return JSON.parse(JSON.stringify(value)); }

module.exports = { load, sampleData, plain };
