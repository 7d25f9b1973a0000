function details(row) {
  var text = row.name + '\n' + row.startDate + ' – ' + row.finishDate;
  if (row.kind !== 'milestone') { text += T.paren(T.workingDays(row.workingDays)); }
  if (row.roles.length) { text += '\n' + T.rolesField + row.roles.map(function (id) { return names[id] || id; }).join(T.listSep); }
  text += '\n' + T.floatField + T.days(row.totalFloat) + (row.critical ? T.paren(T.criticalNote) : '');
  if (row.leveledDelay > 0) { text += '\n' + T.leveled(row.leveledDelay) + (row.delayedBy ? T.paren(row.delayedBy) : ''); }
  if (row.deadlineDate) { text += '\n' + T.deadlineField + row.deadlineDate + T.paren(row.lt ? row.lt[0] : T.onTime); }
  if (row.pinDate) { text += '\n' + T.pinField + row.pinDate; }
  row.targets.forEach(function (target) { text += '\n' + T.targetField + target; });
  if (row.notes) { text += '\n' + row.notes; }
  return text + (row.tt || '');
}

var tip = document.getElementById('tip'), gantt = document.getElementById('gantt');
/// Pointing at (or clicking) a task lights its links and the chain of links that drive
/// it back to its origin, and dims the rest; a click keeps it until the next click.
var drivers = {}, focused = null, pinned = false;
data.links.forEach(function (link) {
  if (link.dr && byId[link.from] && byId[link.to]) { (drivers[byId[link.to].index] = drivers[byId[link.to].index] || []).push(byId[link.from].index); }
});
/// Row i and every row whose driving links lead to it, link by link: index → true.
function drivingChain(i) {
  var chain = {}, stack = [i];
  chain[i] = true;
  while (stack.length) { (drivers[stack.pop()] || []).forEach(function (p) { if (!chain[p]) { chain[p] = true; stack.push(p); } }); }
  return chain;
}
function focusOn(i) {
  if (focused === i && gantt.classList.contains('focus')) { return; }
  clearFocus();
  focused = i;
  var chain = drivingChain(i);
  gantt.querySelectorAll('path[data-f]').forEach(function (path) {
    var f = Number(path.getAttribute('data-f')), t = Number(path.getAttribute('data-t'));
    if (f === i || t === i || (chain[f] && chain[t] && path.hasAttribute('data-d'))) { path.classList.add('hl'); chain[f] = chain[f] || 'link'; chain[t] = chain[t] || 'link'; }
  });
  gantt.querySelectorAll('g.bar[data-i], .label[data-i]').forEach(function (el) { if (chain[Number(el.getAttribute('data-i'))]) { el.classList.add('hl'); } });
  gantt.classList.add('focus');
}
function clearFocus() {
  focused = null;
  gantt.classList.remove('focus');
  gantt.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
}
gantt.addEventListener('mousemove', function (event) {
  var target = event.target.closest('[data-i]');
  if (!pinned) { if (target && target.matches('g.bar.task, g.bar.milestone')) { focusOn(Number(target.getAttribute('data-i'))); } else if (focused !== null) { clearFocus(); } }
  if (!target) { tip.hidden = true; return; }
  tip.textContent = details(data.rows[Number(target.getAttribute('data-i'))]);
  tip.hidden = false;
  tip.style.left = Math.max(0, Math.min(event.clientX + 14, window.innerWidth - 430)) + 'px';
  tip.style.top = (event.clientY + 14) + 'px';
});
gantt.addEventListener('mouseleave', function () { tip.hidden = true; if (!pinned) { clearFocus(); } });
gantt.addEventListener('click', function (event) {
  var bar = event.target.closest('g.bar.task, g.bar.milestone');
  if (bar) { var i = Number(bar.getAttribute('data-i')); pinned = !(pinned && focused === i); if (pinned) { clearFocus(); focusOn(i); } else { clearFocus(); } return; }
  var label = event.target.closest('.label.phase');
  if (!label) { return; }
  var id = data.rows[Number(label.getAttribute('data-i'))].id;
  state.collapsed[id] = !state.collapsed[id];
  draw();
});
document.querySelectorAll('.controls [data-scale]').forEach(function (button) {
  button.addEventListener('click', function () { state.scale = button.getAttribute('data-scale'); draw(); });
});
document.getElementById('critical').addEventListener('change', function (event) { state.critical = event.target.checked; draw(); });
document.getElementById('role').addEventListener('change', function (event) { state.role = event.target.value; draw(); });
document.getElementById('collapse-all').addEventListener('click', function () {
  data.rows.forEach(function (row) { if (row.kind === 'phase' && row.depth === 0) { state.collapsed[row.id] = true; } });
  draw();
});
document.getElementById('expand-all').addEventListener('click', function () { state.collapsed = {}; draw(); });
draw();

// Counts what a reader scrolling through would see: every chunk filled first.
function count(selector) { fillAll(); return document.querySelectorAll(selector).length; }

/// Points at the middle of bars as the mouse would: the element on top there must be
/// the bar (or its group), and a mouse move there must show that bar's details.
function hitTest(limit) {
  fillAll();
  var bars = document.querySelectorAll('#gantt svg.body g.bar'), step = Math.max(1, Math.ceil(bars.length / limit));
  var result = { tested: 0, missed: [], pastTested: 0, tooltipWrong: [] };
  var todayX = current.L.today && current.L.today.c === 0 ? current.L.today.x : null;
  for (var i = 0; i < bars.length; i += step) {
    var shape = bars[i].querySelector('.shape'), row = data.rows[Number(bars[i].getAttribute('data-i'))];
    shape.scrollIntoView({ block: 'center', inline: 'center' });
    // A phase bracket is solid only along its top 4 px.
    var box = shape.getBoundingClientRect(), x = box.left + box.width / 2, y = row.kind === 'phase' ? box.top + 2 : box.top + box.height / 2;
    var hit = document.elementFromPoint(x, y), owner = hit && hit.closest('[data-i]');
    result.tested++;
    if (todayX !== null && shape.getBBox().x + shape.getBBox().width / 2 < todayX) { result.pastTested++; }
    if (owner !== bars[i]) { result.missed.push(row.id + ' → ' + (hit ? hit.tagName + '.' + (hit.getAttribute('class') || '') : 'nothing')); continue; }
    hit.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }));
    if (tip.hidden || tip.textContent.indexOf(row.startDate) < 0) { result.tooltipWrong.push(row.id); }
  }
  gantt.scrollTop = 0; gantt.scrollLeft = 0; window.scrollTo(0, 0);
  clearFocus();
  return result;
}

/// Where a screenshot of the page as first shown must have which color: the middle of
/// task bars in view (clear of the sticky labels and header), and the first label.
function probes() {
  var out = { bars: [], label: null }, labels = document.querySelector('#gantt .labels').getBoundingClientRect();
  var head = document.querySelector('#gantt .headsvg').getBoundingClientRect();
  document.querySelectorAll('#gantt svg.body g.bar.task').forEach(function (bar) {
    if (out.bars.length >= 12) { return; }
    var shape = bar.querySelector('.shape'), box = shape.getBoundingClientRect();
    if (box.width < 6 || box.left < labels.right + 2 || box.top < head.bottom + 2 || box.right > window.innerWidth - 2 || box.bottom > window.innerHeight - 2) { return; }
    // Beside the today line and the stroke of a critical bar.
    out.bars.push({ x: Math.round(box.left + box.width / 2 + (box.width > 10 ? 2 : 0)), y: Math.round(box.top + box.height / 2), color: shape.getAttribute('fill') });
  });
  var label = document.querySelector('#gantt .label:not(.phase)');
  if (label) { var r = label.getBoundingClientRect(); out.label = { x: Math.round(r.left), y: Math.round(r.top), w: Math.round(Math.min(r.width, 200)), h: Math.round(r.height) }; }
  return out;
}

/// Each shown phase spans exactly its shown tasks.
function phaseSpansMatch() {
  var ok = true;
  current.L.rows.forEach(function (row, i) {
    if (row.kind !== 'phase') { return; }
    var lo = Infinity, hi = -Infinity;
    current.L.rows.forEach(function (other, j) {
      if (other.kind === 'phase' || ancestors(other).indexOf(row.id) < 0) { return; }
      var g = current.L.geo[j];
      lo = Math.min(lo, other.kind === 'milestone' ? current.L.x(other.start) : g.s);
      hi = Math.max(hi, other.kind === 'milestone' ? current.L.x(other.start + 1) : g.e);
    });
    var g = current.L.geo[i];
    if (lo !== Infinity && (Math.abs(g.s - lo) > 0.01 || Math.abs(g.e - Math.max(hi, lo + MINBAR)) > 0.01)) { ok = false; }
  });
  return ok;
}

function selfTest() {
  var started = performance.now();
  var result = { rows: data.rows.length, tasks: data.rows.filter(function (r) { return r.kind !== 'phase'; }).length };
  result.barsShown = count('#gantt svg.body g.bar');
  result.labelsShown = count('#gantt .label');
  result.probes = probes();
  result.todayInside = !!(current.L.today && current.L.today.c === 0);
  result.hits = hitTest(300);
  document.getElementById('critical').click();
  result.criticalBars = count('#gantt svg.body g.bar');
  result.criticalExpected = data.rows.filter(function (r) { return r.critical; }).length;
  result.criticalSpans = phaseSpansMatch();
  document.getElementById('critical').click();
  var firstPhase = document.querySelector('#gantt .label.phase');
  if (firstPhase) { firstPhase.click(); result.afterCollapse = count('#gantt .label'); firstPhase = document.querySelector('#gantt .label.phase'); firstPhase.click(); }
  result.afterExpand = count('#gantt .label');
  var widths = {}, headerTexts = {};
  ['day', 'week', 'month'].forEach(function (scale) {
    document.querySelector('[data-scale="' + scale + '"]').click();
    widths[scale] = Number(document.querySelector('#gantt svg.body').getAttribute('width'));
    headerTexts[scale] = count('#gantt svg.headsvg text');
    if (scale === 'month') { result.monthOffDays = count('#gantt svg.under rect.off'); }
  });
  result.widths = widths;
  result.headerTexts = headerTexts;
  result.dayCount = data.finish - data.start + 2;
  document.querySelector('[data-scale="' + data.scale + '"]').click();
  var select = document.getElementById('role');
  if (select.options.length > 1) {
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
    result.roleBars = count('#gantt svg.body g.bar:not(.phase)');
    result.roleExpected = data.rows.filter(function (r) { return r.kind !== 'phase' && r.roles.indexOf(select.value) >= 0; }).length;
    result.roleSpans = phaseSpansMatch();
    result.roleLegend = count('#legend span.role');
    select.value = '';
    select.dispatchEvent(new Event('change'));
  }
  result.notes = count('#gantt svg.body g.bar text');
  result.printPages = buildPrint();
  result.printSlices = printSlices;
  result.printBars = count('#print g.rows g.bar');
  result.printLabels = count('#print g.labels text');
  document.getElementById('print').innerHTML = '';
  result.tooltip = result.hits.tested > result.hits.tooltipWrong.length ? 'shown' : '';
  result.errors = errors;
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}

// Milliseconds from navigation until the first draw has been laid out and painted
// (the second animation frame after it): readyMilliseconds; drawnMilliseconds is the
// end of the draw, before layout and paint. The self-test starts then, or after 1.5 s
// if no frame comes (Chromium on a busy machine may dump the DOM before one does), so
// it never goes missing and never counts its own run as the page's start-up.
var drawnAt = Math.round(performance.now()), readyAt = null, tested = false;
function runSelfTest() {
  if (tested || location.hash !== '#selftest') { return; }
  tested = true;
  var output = document.getElementById('selftest-result'), report;
  try { report = selfTest(); } catch (error) { report = { failure: String(error) + ' ' + (error.stack || ''), errors: errors }; }
  report.drawnMilliseconds = drawnAt;
  report.readyMilliseconds = readyAt;
  output.textContent = JSON.stringify(report);
  output.hidden = false;
}
requestAnimationFrame(function () {
  requestAnimationFrame(function () {
    readyAt = Math.round(performance.now());
    document.documentElement.setAttribute('data-ready', String(readyAt));
    runSelfTest();
  });
});
if (location.hash === '#selftest') { setTimeout(runSelfTest, 1500); }
