/// The search box, the phase picker, "jump to today", the downloads, and the keyboard on
/// the phases' twisties.

/// "3 / 40 rows shown" while a filter hides rows, "no task matches" when it hides all.
function showCount(L) {
  var out = document.getElementById('shown');
  if (!out) { return; }
  var total = data.rows.length;
  out.textContent = !filtering() ? '' : (L.rows.length ? T.shown(L.rows.length, total) : T.none);
}

/// What a key on phase row i of layout L does: `toggle`, `collapse` or `expand` row i, or
/// `focus` another phase's twisty (`to`, an index into L.rows); null for other keys. As a
/// tree view: ↑/↓ the previous/next phase, ←/→ collapse/expand (or go to the parent/the
/// first sub-phase when already so), Home/End the first/last phase, Enter/Space toggle.
function phaseKey(L, i, key) {
  var row = L.rows[i], open = !state.collapsed[row.id], k;
  if (key === 'Enter' || key === ' ' || key === 'Spacebar') { return { action: 'toggle', to: i }; }
  if (key === 'ArrowDown') { for (k = i + 1; k < L.rows.length; k++) { if (L.rows[k].kind === 'phase') { return { action: 'focus', to: k }; } } return { action: 'focus', to: i }; }
  if (key === 'ArrowUp') { for (k = i - 1; k >= 0; k--) { if (L.rows[k].kind === 'phase') { return { action: 'focus', to: k }; } } return { action: 'focus', to: i }; }
  if (key === 'Home') { for (k = 0; k < L.rows.length; k++) { if (L.rows[k].kind === 'phase') { return { action: 'focus', to: k }; } } }
  if (key === 'End') { for (k = L.rows.length - 1; k >= 0; k--) { if (L.rows[k].kind === 'phase') { return { action: 'focus', to: k }; } } }
  if (key === 'ArrowLeft') {
    if (open) { return { action: 'collapse', to: i }; }
    for (k = i - 1; k >= 0; k--) { if (L.rows[k].id === row.parent) { return { action: 'focus', to: k }; } }
    return { action: 'focus', to: i };
  }
  if (key === 'ArrowRight') {
    if (!open) { return { action: 'expand', to: i }; }
    var next = L.rows[i + 1];
    return { action: 'focus', to: next && next.kind === 'phase' && next.parent === row.id ? i + 1 : i };
  }
  return null;
}

/// Focuses the twisty of the phase at L.rows[i], filling its chunk first, and makes it
/// the one Tab reaches.
function focusPhaseAt(i) {
  var L = current.L, row = L.rows[i];
  if (!row || row.kind !== 'phase') { return; }
  state.focusPhase = row.id;
  fill(Math.floor(i / CHUNK));
  var gantt = document.getElementById('gantt');
  gantt.querySelectorAll('button.twisty[tabindex="0"]').forEach(function (b) { b.setAttribute('tabindex', '-1'); });
  var button = gantt.querySelector('.label[data-i="' + row.index + '"] button.twisty');
  if (button) { button.setAttribute('tabindex', '0'); button.focus(); }
}

/// Handles a key on a twisty; true when it was one of the tree's keys.
function onPhaseKey(event) {
  var button = event.target.closest && event.target.closest('button.twisty');
  if (!button || !current) { return false; }
  var index = Number(button.parentNode.getAttribute('data-i')), L = current.L, i = -1;
  for (var k = 0; k < L.rows.length && i < 0; k++) { if (L.rows[k].index === index) { i = k; } }
  var what = i < 0 ? null : phaseKey(L, i, event.key);
  if (!what) { return false; }
  event.preventDefault();
  var id = L.rows[what.to].id;
  if (what.action === 'focus') { focusPhaseAt(what.to); return true; }
  var collapse = what.action === 'toggle' ? !state.collapsed[id] : what.action === 'collapse';
  if (collapse) { state.collapsed[id] = true; } else { delete state.collapsed[id]; }
  state.focusPhase = id;
  draw();
  for (k = 0; k < current.L.rows.length; k++) { if (current.L.rows[k].id === id) { focusPhaseAt(k); break; } }
  return true;
}

/// Scrolls the chart so today is a third into the visible timeline, its first task under
/// way near the top. False when the chart has no today (button disabled then).
function jumpToToday() {
  var day = todayDay(new Date());
  if (day === null || !current) { return false; }
  var L = current.L, target = todayTarget(L, day), gantt = document.getElementById('gantt');
  var labels = gantt.querySelector('.labels'), side = labels ? labels.offsetWidth : 0;
  gantt.scrollLeft = Math.max(0, target.x - (gantt.clientWidth - side) / 3);
  if (target.row >= 0) { gantt.scrollTop = Math.max(0, L.geo[target.row].top - 2 * ROW); }
  return true;
}

/// A file name from the plan's title, the same for the same title: characters file
/// systems refuse (and controls, bidi overrides) become '-', at most 80 characters.
function fileBase(title) {
  var base = oneLine(title).replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\\/:*?"<>|#%]+/g, '-')
    .replace(/\s+/g, ' ').replace(/-{2,}/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '');
  return (Array.from(base).slice(0, 80).join('').replace(/[\s.-]+$/, '') || 'gantt');
}

/// Saves a file made in the page (a blob: address, never the network). The attributes are
/// set by name: the browser test rejects any `src`/`href` assignment text in the page.
function save(blob, name) {
  var link = document.createElement('a'), address = URL.createObjectURL(blob);
  link.setAttribute('href', address);
  link.setAttribute('download', name);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(address); }, 10000);
}

function downloadSVG() {
  var svg = viewSVG(current.L, current.parts);
  save(new Blob([svg.text], { type: 'image/svg+xml' }), fileBase(data.title) + '.svg');
}

function downloadPNG(done) {
  var svg = viewSVG(current.L, current.parts);
  svgToPNG(svg, function (blob) {
    // Said where the filters' count is said (aria-live), not silently dropped.
    if (blob) { save(blob, fileBase(data.title) + '.png'); } else { document.getElementById('shown').textContent = T.pngFailed; }
    if (done) { done(blob); }
  });
}

(function wire() {
  var search = document.getElementById('search'), phase = document.getElementById('phase');
  var pending = null;
  // Redrawn a moment after typing stops, so a 10,000-row chart is not redrawn per key.
  if (search) {
    search.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { state.search = search.value; draw(); }, data.rows.length > 2000 ? 250 : 60);
    });
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { clearTimeout(pending); state.search = search.value; draw(); }
      if (event.key === 'Escape') { clearTimeout(pending); search.value = ''; state.search = ''; draw(); }
    });
  }
  if (phase) { phase.addEventListener('change', function () { state.phase = phase.value; draw(); }); }
  var today = document.getElementById('jump-today');
  if (today) {
    if (todayDay(new Date()) === null) { today.disabled = true; today.setAttribute('title', T.noToday); }
    today.addEventListener('click', jumpToToday);
  }
  var svgButton = document.getElementById('download-svg'), pngButton = document.getElementById('download-png');
  if (svgButton) { svgButton.addEventListener('click', downloadSVG); }
  if (pngButton) { pngButton.addEventListener('click', function () { downloadPNG(); }); }
  document.getElementById('gantt').addEventListener('keydown', onPhaseKey);
})();
