/// A month's or quarter's label with its year where it fits, else without, else none.
function tierLabel(label, width, cell) {
  if (label.replace(/[^\x00-\xff]/g, '  ').length * cell + 6 <= width) { return label; }
  // "2027年1月" → "1月", "Jan 2027" → "Jan" (as GanttText.withoutYear).
  var short = label.indexOf('年') >= 0 ? label.slice(label.indexOf('年') + 1) : (label.indexOf(' ') >= 0 ? label.slice(0, label.indexOf(' ')) : '');
  return short && short.replace(/[^\x00-\xff]/g, '  ').length * cell + 6 <= width ? short : null;
}
/// The ISO 8601 week of the week a Monday starts.
function isoWeek(date) {
  var thursday = new Date(date.getTime() + 3 * 86400000);
  return Math.floor((thursday - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86400000 / 7) + 1;
}
/// Spans of months (or quarters) in view, each with its label.
function spans(L, quarter) {
  var out = [], day = L.first;
  while (day < L.last) {
    var date = dateOf(day), y = date.getUTCFullYear(), m = date.getUTCMonth(), q = Math.floor(m / 3);
    var next = quarter ? Date.UTC(q === 3 ? y + 1 : y, q === 3 ? 0 : q * 3 + 3, 1) : Date.UTC(m === 11 ? y + 1 : y, (m + 1) % 12, 1);
    var end = Math.min(L.last, Math.round((next - originMs) / 86400000));
    out.push({ s: day, e: end, label: quarter ? T.quarterLabel(y, q + 1) : T.monthLabel(y, m + 1) });
    day = end;
  }
  return out;
}
/// Holiday names once each and 班 over make-up days, placed as GanttLayout.dayMarks does.
function dayMarksSVG(L) {
  if (!data.lane) { return ''; }
  var marks = [];
  data.hol.forEach(function (h) {
    if (h[1] <= L.first || h[0] >= L.last) { return; }
    var x0 = L.x(Math.max(h[0], L.first)), x1 = L.x(Math.min(h[1], L.last)), w = h[3] * 5.5, centered = w <= x1 - x0 + 24;
    var x = centered ? (x0 + x1) / 2 : x0 + 2;
    marks.push({ cls: 'holiday-name', text: h[2], x: x, c: centered, l: centered ? x - w / 2 : x, r: centered ? x + w / 2 : x + w });
  });
  data.ban.forEach(function (day) {
    if (day < L.first || day >= L.last) { return; }
    var cx = L.x(day) + L.dw / 2;
    var half = LANG === 'zh' ? 5 : 11;
    marks.push({ cls: 'make-up', text: T.makeUp, x: cx, c: true, l: cx - half, r: cx + half });
  });
  var out = [], placed = [], y = L.tiers + 10;
  marks.forEach(function (m) {
    if (placed.some(function (p) { return m.l < p.r + 2 && p.l < m.r + 2; })) { return; }
    placed.push(m);
    out.push('<text class="' + m.cls + '" x="' + m.x + '" y="' + y + '"' + (m.c ? ' text-anchor="middle"' : '') + ' font-size="10" fill="#A0451A">' + esc(m.text) + '</text>');
  });
  return out.join('');
}

function headerSVG(L) {
  var out = [], day;
  spans(L, L.scale === 'quarter').forEach(function (span) {
    var label = tierLabel(span.label, (span.e - span.s) * L.dw, 6.6);
    if (label) { out.push('<text class="tier1" x="' + (L.x(span.s) + 4) + '" y="14" font-weight="bold">' + label + '</text>'); }
  });
  if (L.scale === 'quarter') {
    spans(L, false).forEach(function (span) {
      var label = tierLabel(span.label, (span.e - span.s) * L.dw, 5.5);
      if (label) { out.push('<text class="tier2" x="' + (L.x(span.s) + 2) + '" y="30" font-size="10" fill="#666">' + label + '</text>'); }
    });
  }
  for (day = L.first; day < L.last; day++) {
    var date = dateOf(day);
    if ((L.scale === 'week' || L.scale === 'month') && date.getUTCDay() === 1) {
      out.push('<text class="tier2" x="' + (L.x(day) + 2) + '" y="30" font-size="10" fill="#666">' + T.weekLabel(isoWeek(date)) + (L.scale === 'week' ? ' ' + (date.getUTCMonth() + 1) + '/' + date.getUTCDate() : '') + '</text>');
    }
    if (L.scale === 'day') {
      var cx = L.x(day) + L.dw / 2, color = nonWorking[day] ? '#AAA' : '#333';
      out.push('<text class="tier2" x="' + cx + '" y="30" text-anchor="middle" font-size="10" fill="' + color + '">' + date.getUTCDate() + '</text>' +
        '<text x="' + cx + '" y="46" text-anchor="middle" font-size="10" fill="' + color + '">' + T.weekdays[date.getUTCDay()] + '</text>');
    }
  }
  out.push(dayMarksSVG(L));
  if (L.today) {
    var mark = T.todayMark + ' ' + data.todayDate;
    var label = L.today.c > 0 ? mark + ' →' : (L.today.c < 0 ? '← ' + mark : mark);
    var anchor = L.today.c > 0 || (L.today.c === 0 && L.today.x + 90 > L.width) ? 'end' : 'start';
    var tx = anchor === 'end' ? L.today.x - 4 : L.today.x + 3;
    out.push('<text class="today" x="' + tx + '" y="' + (L.head - 5) + '" text-anchor="' + anchor + '" font-size="10" fill="#D62728">' + label + '</text>');
  }
  out.push(statusLabelSVG(L));
  out.push('<line x1="0" y1="' + (L.head - 0.5) + '" x2="' + L.width + '" y2="' + (L.head - 0.5) + '" stroke="#999"/>');
  return out.join('');
}

function stripes(L, first, last) {
  var out = [];
  for (var r = first; r < last; r++) { if (r % 2 === 1) { out.push('<rect x="0" y="' + L.geo[r].top + '" width="' + L.width + '" height="' + L.geo[r].h + '" fill="#000" fill-opacity="0.02"/>'); } }
  return out.join('');
}

/// The days off in `off` as grey runs from y0 to y1.
function offRuns(L, off, y0, y1, out) {
  for (var day = L.first; day < L.last; day++) {
    if (!off[day]) { continue; }
    var run = day; while (run + 1 < L.last && off[run + 1]) { run++; }
    out.push('<rect class="off" x="' + L.x(day) + '" y="' + y0 + '" width="' + (run - day + 1) * L.dw + '" height="' + (y1 - y0) + '" fill="#EBEBEB"/>');
    day = run;
  }
}

/// Where the days off are shaded between y0 and y1: one band on one calendar; for plans on
/// different calendars, one band per run of shown rows on the same plan's calendar, so each
/// plan's weekends and holidays lie behind its own rows only (the SVG's calendarBands).
function calendarBands(L, y0, y1) {
  if (!calendars.length) { return [{ off: nonWorking, top: y0, bottom: y1 }]; }
  var bands = [];
  for (var r = 0; r < L.rows.length; r++) {
    var g = L.geo[r], top = Math.max(g.top, y0), bottom = Math.min(g.top + g.h, y1);
    if (bottom <= top) { continue; }
    var off = calendars[L.rows[r].cal || 0], last = bands[bands.length - 1];
    if (last && last.off === off && last.bottom === top) { last.bottom = bottom; } else { bands.push({ off: off, top: top, bottom: bottom }); }
  }
  return bands;
}

/// Non-working days, month and week lines, the past, between y0 and y1.
function shading(L, y0, y1) {
  var h = y1 - y0, out = [], day;
  calendarBands(L, y0, y1).forEach(function (band) { offRuns(L, band.off, band.top, band.bottom, out); });
  for (day = L.first; day < L.last; day++) {
    var date = dateOf(day);
    if (date.getUTCDate() === 1) { out.push('<line x1="' + L.x(day) + '" y1="' + y0 + '" x2="' + L.x(day) + '" y2="' + y1 + '" stroke="#ccc"/>'); }
    else if ((L.scale === 'day' || L.scale === 'week') && date.getUTCDay() === 1) { out.push('<line x1="' + L.x(day) + '" y1="' + y0 + '" x2="' + L.x(day) + '" y2="' + y1 + '" stroke="#e4e4e4"/>'); }
  }
  if (L.today && L.today.c >= 0 && L.today.x > 0) { out.push('<rect class="past" x="0" y="' + y0 + '" width="' + L.today.x + '" height="' + h + '" fill="url(#past)"/>'); }
  // A today outside the chart: marked at its edge, under the notes that may run past it.
  if (L.today && L.today.c !== 0) { out.push(todaySVG(L, y0, y1, true)); }
  return out.join('');
}

/// Everything that only shades rows first..last-1, deaf to the mouse (print pages).
function backdrop(L, first, last) {
  var y0 = first < L.geo.length ? L.geo[first].top : L.height, y1 = last > first ? L.geo[last - 1].top + L.geo[last - 1].h : y0;
  return '<g class="shading" pointer-events="none">' + shading(L, y0, y1) + stripes(L, first, last) + '</g>';
}

function barSVG(L, row, i) {
  var g = L.geo[i], top = g.top, out = '<g class="bar ' + row.kind + '" data-i="' + row.index + '">' + ghostSVG(L, row, g);
  var dlColor = row.late ? '#D62728' : '#2E7D32';
  // The deadline's dashed line under the shape, its arrowhead (and a pin) over it, as the SVG.
  if (row.dl !== undefined) { out += '<line class="deadline" pointer-events="none" x1="' + L.x(row.dl) + '" y1="' + (top + 5) + '" x2="' + L.x(row.dl) + '" y2="' + (top + ROW) + '" stroke="' + dlColor + '" stroke-width="1.5" stroke-dasharray="3 2"/>'; }
  if (row.kind === 'phase') {
    var e = Math.max(g.e, g.s + 10);
    out += '<path class="shape" d="M' + g.s + ',' + (top + 6) + ' H' + e + ' v9 l-5,-5 H' + (g.s + 5) + ' l-5,5 z" fill="' + (row.critical ? '#D62728' : '#333') + '"/>';
  } else if (row.kind === 'milestone') {
    var mx = (g.s + g.e) / 2;
    out += '<path class="shape" d="M' + mx + ',' + (top + ROW / 2 - 7) + ' l7,7 l-7,7 l-7,-7 z" fill="' + (row.critical ? '#D62728' : '#222') + '"/>';
  } else {
    out += '<rect class="shape' + (row.critical ? ' crit' : '') + '" x="' + (g.s + 0.5) + '" y="' + (top + 5) + '" width="' + Math.max(g.e - g.s - 1, 3) + '" height="12" fill="' + (colors[colorRole(row)] || '#8C8C8C') + '"' + (row.pc === undefined ? '' : ' fill-opacity="' + REMAINING + '"') + '/>';
  }
  out += progressSVG(L, row, g);
  if (row.dl !== undefined) { out += '<path class="deadline-mark" d="M' + (L.x(row.dl) - 4) + ',' + top + ' h8 l-4,5 z" fill="' + dlColor + '"/>'; }
  if (row.pin !== undefined) {
    var px = row.kind === 'milestone' ? L.x(row.pin) + L.dw / 2 : L.x(row.pin);
    out += '<g class="pin"><line x1="' + px + '" y1="' + (top + 3) + '" x2="' + px + '" y2="' + (top + 19) + '" stroke="#444444" stroke-width="1.5"/><circle cx="' + px + '" cy="' + (top + 3) + '" r="3" fill="#444444"/></g>';
  }
  // Styled by class (see the style sheet): 10,000 notes would repeat the same attributes.
  var style = row.kind === 'phase' ? 'n nt' : (row.kind === 'milestone' ? 'n nm' : 'n');
  g.notes.forEach(function (note, line) {
    var text = esc(note);
    if (line === 0 && row.lt) { text = '<tspan class="late" fill="#D62728" font-weight="bold">' + esc(row.lt[0]) + '</tspan>' + esc(note.slice(row.lt[0].length)); }
    out += '<text class="' + style + '" x="' + (g.e + GAP) + '" y="' + (top + 15 + line * LINE) + '">' + text + '</text>';
  });
  return out + '</g>';
}

/// Every piece of the body with the rows it touches, made when first asked for: a link
/// is routed and a bar written only when its chunk comes into view (or for printing).
function pieces(L) {
  var index = {};
  L.rows.forEach(function (row, i) { index[row.id] = i; });
  var links = [], bars = new Array(L.rows.length);
  data.links.forEach(function (link) {
    var a = index[link.from], b = index[link.to];
    if (a === undefined || b === undefined || a === b) { return; }
    links.push({ a: a, b: b, kind: link.kind, dr: !!link.dr, lo: Math.min(a, b), hi: Math.max(a, b), svg: null });
  });
  var columns = trunks(L, links);
  var big = L.rows.length > 60;
  return {
    links: links,
    link: function (k) {
      var l = links[k];
      if (l.svg === null) {
        var critical = L.rows[l.a].critical && L.rows[l.b].critical;
        var d = route(L, l.a, l.b, l.kind, columns[k]);
        l.svg = '<path class="' + (critical ? 'lc' : 'l') + '" data-f="' + L.rows[l.a].index + '" data-t="' + L.rows[l.b].index + '"' +
          (l.dr ? ' data-d=""' : '') + (big && !critical && longLink(d, l) ? ' stroke-opacity="0.4"' : '') + ' d="' + d + '"/>';
      }
      return l.svg;
    },
    bar: function (i) { return bars[i] || (bars[i] = barSVG(L, L.rows[i], i)); },
  };
}

/// The column each link runs down when links leave one side of a row for several rows on
/// one side of it (as GanttRouter's trunks): the one free for the farthest of them, nearest
/// the leftmost entry, so N successors make one vertical line, not N side by side. Each
/// link keeps its whole path here (hovering a task lights each of its links whole); they
/// lie exactly on one another. Critical and other links keep trunks of their own.
function trunks(L, links) {
  var groups = {}, columns = new Array(links.length);
  links.forEach(function (l, k) {
    var B = L.geo[l.b], entersStart = l.kind === 'FS' || l.kind === 'SS';
    var ix = entersStart ? B.s - STUB : B.e + STUB;
    var key = l.a + ':' + (l.kind === 'SS' || l.kind === 'SF') + ':' + (l.b > l.a) + ':' + (L.rows[l.a].critical && L.rows[l.b].critical);
    var g = groups[key] || (groups[key] = { far: l.b, want: ix, members: [] });
    if (Math.abs(l.b - l.a) > Math.abs(g.far - l.a)) { g.far = l.b; }
    g.want = Math.min(g.want, ix);
    g.members.push(k);
  });
  Object.keys(groups).forEach(function (key) {
    var g = groups[key];
    if (g.members.length < 2) { return; }
    var a = links[g.members[0]].a;
    var col = freeColumn(L, g.want, Math.min(a, g.far) + 1, Math.max(a, g.far));
    g.members.forEach(function (k) { columns[k] = col; });
  });
  return columns;
}

/// A link that runs more than 400 px across or through more than 40 rows (faded on a big chart).
function longLink(d, l) {
  var across = 0, last = null;
  d.slice(1).split(' L').forEach(function (p) {
    var x = parseFloat(p);
    if (last !== null) { across += Math.abs(x - last); }
    last = x;
  });
  return across > 400 || Math.abs(l.b - l.a) > 40;
}

function todaySVG(L, y0, y1, edge) {
  if (!L.today || (L.today.c !== 0 && !edge)) { return ''; }
  return '<line class="today" pointer-events="none" x1="' + L.today.x + '" y1="' + y0 + '" x2="' + L.today.x + '" y2="' + y1 + '" stroke="#D62728"' +
    (L.today.c ? ' stroke-width="3"' : '') + ' stroke-dasharray="4 3"/>';
}

function legendHTML(rows) {
  var used = {};
  rows.forEach(function (row) { if (row.kind === 'task') { var role = colorRole(row); if (role) { used[role] = true; } } });
  var out = '<span><i style="border:2px solid #D62728"></i>' + T.critical + '</span><span>◆ ' + T.milestone + '</span><span><i style="background:#333;height:4px"></i>' + T.phaseBar + '</span>' +
    '<span><i style="background:#EBEBEB;border:1px solid #ccc"></i>' + T.nonWorking + '</span>';
  if (data.today !== null) { out += '<span><i class="past-swatch"></i>' + T.past + '</span>'; }
  if (rows.some(function (row) { return row.dl !== undefined; })) { out += '<span><i style="border-left:2px dashed #2E7D32;width:0"></i>' + T.deadline + '</span>'; }
  if (rows.some(function (row) { return row.pin !== undefined; })) { out += '<span><i style="border-left:2px solid #444444;width:0"></i>' + T.pin + '</span>'; }
  out += trackingLegendHTML();
  data.roles.forEach(function (role) { if (used[role.id]) { out += '<span class="role"><i style="background:' + role.color + '"></i>' + esc(role.name) + '</span>'; } });
  return out;
}
