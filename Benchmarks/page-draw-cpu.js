'use strict';
// CPU time of the HTML chart's draw() without a browser (benchmark tooling for
// docs/benchmarks.md section 3b; not a test): the page's script files run in node against
// Tests/js/page.js's stub DOM with the chart data of PAGE, so what is timed is the script's
// own work (filters, layout, the strings it writes), not layout or paint; a busy host moves
// it less than a browser's wall clock. With BEFORE_DIR (e.g. a `main` checkout's
// Sources/PlanRendering/Assets/gantt), draws with those files and these interleaved.
//
// usage: node Benchmarks/page-draw-cpu.js PAGE.html [BEFORE_DIR]
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { load } = require('../Tests/js/page.js');

const html = fs.readFileSync(process.argv[2], 'utf8');
const data = JSON.parse(html.match(/<script id="gantt-data" type="application\/json">([\s\S]*?)<\/script>/)[1]);
const HERE = path.join(__dirname, '..', 'Sources', 'PlanRendering', 'Assets', 'gantt');
// Page order (HTMLRenderer.script); files a directory lacks are skipped.
const ORDER = ['text.js', 'layout.js', 'filters.js', 'draw.js', 'tracking.js', 'chunks.js', 'print.js', 'export.js', 'controls.js', 'interaction.js'];

function page(dir) {
  const context = load([], data, { __BASELINE_COLOR__: '#999', __LATE_COLOR__: '#c00', __STATUS_DATE_COLOR__: '#1F6FB4' });
  for (const file of ORDER) {
    const file_ = path.join(dir, file);
    if (fs.existsSync(file_)) { vm.runInContext(fs.readFileSync(file_, 'utf8'), context, { filename: file }); }
  }
  return context;
}
function cpu(fn) { const t = process.cpuUsage(); fn(); const u = process.cpuUsage(t); return (u.user + u.system) / 1000; }
function median(list) { const v = [...list].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; }

const pages = { after: page(HERE) };
if (process.argv[3]) { pages.before = page(process.argv[3]); }
const times = {};
for (let run = 0; run < 15; run++) {
  for (const name of Object.keys(pages)) { (times[name] = times[name] || []).push(cpu(() => pages[name].draw())); }
}
for (const name of Object.keys(times)) {
  console.log(`${name}: draw() of ${data.rows.length} rows, median ${median(times[name]).toFixed(1)} ms CPU (min ${Math.min(...times[name]).toFixed(1)}) over 15`);
}
const p = pages.after;
if (p.searchTerms) {
  p.state.search = process.env.SEARCH || '落地页';
  const search = cpu(() => p.draw());
  console.log(`search '${p.state.search}': ${search.toFixed(1)} ms CPU, ${p.current.L.rows.length} rows shown`);
  p.state.search = '';
  const phase = data.rows.filter((row) => row.kind === 'phase')[Math.floor(data.rows.filter((row) => row.kind === 'phase').length / 2)];
  if (phase) { p.state.phase = phase.id; console.log(`phase ${phase.id}: ${cpu(() => p.draw()).toFixed(1)} ms CPU, ${p.current.L.rows.length} rows shown`); p.state.phase = ''; }
  p.draw();
  let svg = null;
  const time = cpu(() => { svg = p.viewSVG(p.current.L, p.current.parts); });
  console.log(`download SVG of the whole view: ${time.toFixed(0)} ms CPU, ${(svg.text.length / 1e6).toFixed(1)} M characters, ${svg.width} × ${svg.height} px, PNG at ${p.pngScale(svg.width, svg.height).toFixed(3)}×`);
}
