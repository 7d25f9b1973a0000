/// The page's filters beyond role and critical path: the search box and the phase picker,
/// the time range the filtered rows need, and the day "today" means.

/// The search text as lower-case terms, split on spaces (full-width ones too).
function searchTerms(text) {
  return String(text || '').toLowerCase().split(/[\s\u3000]+/).filter(function (term) { return term.length > 0; });
}

/// What a row is found by: its name, its roles (id and name) and the people assigned.
function searchText(row) {
  if (row.st === undefined) {
    var parts = [row.name];
    row.roles.forEach(function (id) { parts.push(id, names[id] || ''); });
    (row.people || []).forEach(function (person) { parts.push(person); });
    row.st = parts.join('\n').toLowerCase();
  }
  return row.st;
}

/// A task is found when every term occurs in its own text or in the name of a phase
/// above it (searching a phase's name finds its tasks), each term anywhere.
/// - Complexity: O(terms × (text + depth)).
function rowMatches(row, terms) {
  if (!terms.length) { return true; }
  var texts = [searchText(row)];
  ancestors(row).forEach(function (id) { if (byId[id]) { texts.push(byId[id].name.toLowerCase()); } });
  return terms.every(function (term) { return texts.some(function (text) { return text.indexOf(term) >= 0; }); });
}

/// As the CLI's `--phase`: the phase's own tasks and those of its sub-phases.
function inPhase(row, phase) {
  return !phase || ancestors(row).indexOf(phase) >= 0;
}

/// Whether any filter hides rows (collapsing does not: a collapsed phase still spans its tasks).
function filtering() {
  return state.critical || !!state.role || !!state.phase || searchTerms(state.search).length > 0;
}

/// The days the shown tasks need (bars, baselines, deadlines, pins), end exclusive; the
/// whole chart's span when nothing is filtered or nothing is left.
/// - Complexity: O(rows).
function shownRange(rows) {
  var s = Infinity, e = -Infinity;
  if (filtering()) {
    rows.forEach(function (row) {
      if (row.kind === 'phase') { return; }
      var end = row.kind === 'milestone' ? row.start + 1 : row.end;
      s = Math.min(s, row.start); e = Math.max(e, end);
      if (row.dl !== undefined) { e = Math.max(e, row.dl); }
      if (row.pin !== undefined) { s = Math.min(s, row.pin); e = Math.max(e, row.pin + 1); }
      if (row.bs !== undefined) { s = Math.min(s, row.bs); e = Math.max(e, row.be + (row.kind === 'milestone' ? 1 : 0)); }
    });
  }
  return s === Infinity ? { s: data.start, e: data.finish } : { s: s, e: e };
}

/// The chart's day for "today": `--today`, else the status date, else the calendar date of
/// `now` (the reader's clock) when it falls inside the plan; null otherwise.
function todayDay(now) {
  if (data.today !== null) { return data.today; }
  if (data.status !== null) { return data.status - 1; }
  var day = Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - originMs) / 86400000);
  return day >= data.start && day < data.finish ? day : null;
}

/// Where "jump to today" scrolls in layout L: the x of the day (held inside the drawn
/// days) and the first shown task under way that day, else the first to start after it,
/// else the last row.
function todayTarget(L, day) {
  var x = L.x(Math.min(Math.max(day, L.first), L.last)), row = -1;
  for (var i = 0; i < L.rows.length && row < 0; i++) {
    var r = L.rows[i];
    if (r.kind !== 'phase' && r.start <= day && day < Math.max(r.end, r.start + 1)) { row = i; }
  }
  for (i = 0; i < L.rows.length && row < 0; i++) { if (L.rows[i].kind !== 'phase' && L.rows[i].start >= day) { row = i; } }
  return { x: x, row: row < 0 ? L.rows.length - 1 : row };
}

/// Each search term's places in `text` as [from, to) ranges, merged, for highlighting.
function matchRanges(text, terms) {
  var lower = String(text).toLowerCase(), ranges = [];
  terms.forEach(function (term) {
    for (var at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) { ranges.push([at, at + term.length]); }
  });
  ranges.sort(function (a, b) { return a[0] - b[0]; });
  var out = [];
  ranges.forEach(function (r) { var top = out[out.length - 1]; if (top && r[0] <= top[1]) { top[1] = Math.max(top[1], r[1]); } else { out.push(r); } });
  return out;
}

/// `text` escaped for HTML with each match of the terms in `<mark>`.
function highlight(text, terms) {
  var ranges = terms.length ? matchRanges(text, terms) : [], out = '', at = 0;
  ranges.forEach(function (r) { out += esc(text.slice(at, r[0])) + '<mark>' + esc(text.slice(r[0], r[1])) + '</mark>'; at = r[1]; });
  return out + esc(text.slice(at));
}
