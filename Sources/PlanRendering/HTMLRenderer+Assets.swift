extension HTMLRenderer {
    static let styles = """
        :root { --row: 22px; --label: 300px; --crit: #D62728; font-family: 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif; font-size: 12px; color: #222; }
        body { margin: 0; background: #fff; }
        header { display: flex; align-items: baseline; gap: 16px; padding: 10px 14px 4px; }
        header h1 { font-size: 18px; margin: 0; }
        header .span { color: #666; }
        .controls { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; padding: 6px 14px 10px; border-bottom: 1px solid #ddd; }
        .controls button { font: inherit; padding: 3px 10px; border: 1px solid #bbb; background: #f7f7f7; border-radius: 3px; cursor: pointer; }
        .controls button.on { background: #333; color: #fff; border-color: #333; }
        .controls .group button { border-radius: 0; margin-right: -1px; }
        #gantt { display: grid; grid-template-columns: var(--label) 1fr; overflow: auto; max-height: calc(100vh - 96px); }
        #gantt .labels { position: sticky; left: 0; background: #fff; z-index: 2; border-right: 1px solid #999; }
        #gantt .labels .head { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #999; }
        #gantt .label { height: var(--row); line-height: var(--row); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-right: 6px; }
        #gantt .label.phase { font-weight: bold; cursor: pointer; }
        #gantt .label.crit { color: var(--crit); }
        #gantt .label .twisty { display: inline-block; width: 12px; color: #666; }
        #gantt .label:nth-child(even) { background: #fafafa; }
        #gantt .timeline svg { display: block; }
        #gantt .timeline .headsvg { position: sticky; top: 0; z-index: 1; background: #fff; }
        #tip { position: fixed; pointer-events: none; background: #fff; border: 1px solid #999; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 8px; white-space: pre-line; max-width: 420px; z-index: 10; }
        .legend { display: flex; flex-wrap: wrap; gap: 12px; padding: 10px 14px; border-top: 1px solid #ddd; }
        .legend i { display: inline-block; width: 16px; height: 10px; margin-right: 4px; vertical-align: middle; }
        @media print {
          @page { size: A3 landscape; margin: 10mm; }
          .controls, #tip { display: none; }
          #gantt { max-height: none; overflow: visible; }
          #gantt .labels, #gantt .labels .head, #gantt .timeline .headsvg { position: static; }
        }

        """

    static let script = #"""
        (function () {
          'use strict';
          var errors = [];
          window.addEventListener('error', function (event) { errors.push(String(event.message)); });
          var data = JSON.parse(document.getElementById('gantt-data').textContent);
          var ROW = 22, HEAD = 40, DAY = { day: 24, week: 9, month: 3.2 };
          var state = { scale: data.scale, critical: false, role: '', collapsed: {} };
          var colors = {}, names = {};
          data.roles.forEach(function (role) { colors[role.id] = role.color; names[role.id] = role.name; });
          var nonWorking = {};
          data.nonWorking.forEach(function (day) { nonWorking[day] = true; });
          var byId = {};
          data.rows.forEach(function (row, index) { row.index = index; byId[row.id] = row; });
          var origin = data.origin.split('-').map(Number);
          var originMs = Date.UTC(origin[0], origin[1] - 1, origin[2]);

          function dateOf(day) { return new Date(originMs + day * 86400000); }
          function esc(text) {
            return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
          }
          function ancestors(row) {
            var list = [];
            for (var parent = row.parent; parent; parent = byId[parent] && byId[parent].parent) { list.push(parent); }
            return list;
          }

          /// Rows to show: filters first (phases stay when they hold a shown task), then collapsing.
          function visibleRows() {
            var keep = {};
            data.rows.forEach(function (row) {
              if (row.kind === 'phase') { return; }
              if (state.critical && !row.critical) { return; }
              if (state.role && row.roles.indexOf(state.role) < 0) { return; }
              keep[row.id] = true;
              ancestors(row).forEach(function (id) { keep[id] = true; });
            });
            return data.rows.filter(function (row) {
              return keep[row.id] && !ancestors(row).some(function (id) { return state.collapsed[id]; });
            });
          }

          function draw() {
            var rows = visibleRows();
            var dayWidth = DAY[state.scale];
            var first = data.start - (state.scale === 'day' ? 1 : 7), last = data.finish + (state.scale === 'day' ? 1 : 7);
            // Room right of the last bar for the targets written after phase bars.
            var width = (last - first) * dayWidth + 360, height = rows.length * ROW;
            function x(day) { return (day - first) * dayWidth; }
            var head = [], body = [];
            // Header: months, Monday ticks, days at day scale.
            for (var day = first; day < last; day++) {
              var date = dateOf(day);
              if (date.getUTCDate() === 1 || day === first) {
                var monthEnd = day + 1; while (monthEnd < last && dateOf(monthEnd).getUTCDate() !== 1) { monthEnd++; }
                if ((monthEnd - day) * dayWidth > 80) {
                  head.push('<text x="' + (x(day) + 4) + '" y="14" font-weight="bold">' + date.getUTCFullYear() + '年' + (date.getUTCMonth() + 1) + '月</text>');
                }
                body.push('<line x1="' + x(day) + '" y1="0" x2="' + x(day) + '" y2="' + height + '" stroke="#ccc"/>');
              }
              if (state.scale !== 'month' && date.getUTCDay() === 1) {
                head.push('<text x="' + (x(day) + 2) + '" y="30" font-size="10" fill="#666">' + (date.getUTCMonth() + 1) + '/' + date.getUTCDate() + '</text>');
              }
              if (nonWorking[day] && state.scale !== 'month') {
                body.push('<rect x="' + x(day) + '" y="0" width="' + dayWidth + '" height="' + height + '" fill="#f1f1f1"/>');
              }
            }
            var place = {};
            rows.forEach(function (row, index) {
              var mid = index * ROW + ROW / 2;
              if (row.kind === 'milestone') { place[row.id] = { s: x(row.start) + dayWidth / 2, e: x(row.start) + dayWidth / 2, m: mid, r: index, c: row.critical }; }
              else { place[row.id] = { s: x(row.start), e: x(row.end), m: mid, r: index, c: row.critical }; }
            });
            data.links.forEach(function (link) {
              var a = place[link.from], b = place[link.to];
              if (!a || !b) { return; }
              var fromStart = link.kind === 'SS' || link.kind === 'SF', toStart = link.kind === 'FS' || link.kind === 'SS';
              var sx = fromStart ? a.s : a.e, tx = toStart ? b.s : b.e, path;
              if (!toStart) { var right = Math.max(sx, tx) + 8; path = 'M' + sx + ',' + a.m + ' H' + right + ' V' + b.m + ' H' + tx; }
              else if (tx - sx >= 12) { path = 'M' + sx + ',' + a.m + ' H' + (tx - 6) + ' V' + b.m + ' H' + tx; }
              else { var edge = (b.r > a.r ? a.r + 1 : a.r) * ROW; path = 'M' + sx + ',' + a.m + ' h6 V' + edge + ' H' + (tx - 6) + ' V' + b.m + ' H' + tx; }
              var critical = a.c && b.c;
              body.push('<path d="' + path + '" fill="none" stroke="' + (critical ? '#D62728' : '#888') + '" marker-end="url(#' + (critical ? 'ac' : 'an') + ')"/>');
            });
            rows.forEach(function (row, index) {
              var top = index * ROW, s = x(row.start), e = x(row.end);
              var open = '<g class="bar ' + row.kind + '" data-i="' + row.index + '">';
              if (row.kind === 'phase') {
                body.push(open + '<path d="M' + s + ',' + (top + 6) + ' H' + e + ' v9 l-5,-5 H' + (s + 5) + ' l-5,5 z" fill="' + (row.critical ? '#D62728' : '#333') + '"/>' +
                  (row.targets.length ? '<text x="' + (e + 8) + '" y="' + (top + 15) + '" fill="#7A4B00" font-size="11">目标 ' + esc(row.targets.join(' · ')) + '</text>' : '') + '</g>');
              } else if (row.kind === 'milestone') {
                var mx = s + dayWidth / 2, my = top + ROW / 2;
                body.push(open + '<path d="M' + mx + ',' + (my - 7) + ' l7,7 l-7,7 l-7,-7 z" fill="' + (row.critical ? '#D62728' : '#222') + '"/></g>');
              } else {
                var fill = colors[row.roles[0]] || '#8C8C8C';
                body.push(open + '<rect x="' + (s + 0.5) + '" y="' + (top + 5) + '" width="' + Math.max(e - s - 1, 2) + '" height="12" rx="2" fill="' + fill + '"' +
                  (row.critical ? ' stroke="#D62728" stroke-width="2"' : '') + '/></g>');
              }
            });
            // Only when today falls inside the drawn span: before it the shading would have a
            // negative width, which browsers reject.
            if (data.today !== null && data.today >= first && data.today <= last) {
              body.push('<rect x="0" y="0" width="' + x(data.today) + '" height="' + height + '" fill="#000" fill-opacity="0.05"/>');
              body.push('<line x1="' + x(data.today) + '" y1="0" x2="' + x(data.today) + '" y2="' + height + '" stroke="#D62728" stroke-dasharray="4 3"/>');
              head.push('<text x="' + (x(data.today) + 3) + '" y="30" font-size="10" fill="#D62728">今天</text>');
            }
            var markers = '<defs><marker id="an" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#777"/></marker>' +
              '<marker id="ac" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#D62728"/></marker></defs>';
            var labels = rows.map(function (row) {
              var twisty = row.kind === 'phase' ? '<span class="twisty">' + (state.collapsed[row.id] ? '▸' : '▾') + '</span>' : '<span class="twisty"></span>';
              var classes = 'label ' + row.kind + (row.critical ? ' crit' : '');
              return '<div class="' + classes + '" data-i="' + row.index + '" style="padding-left:' + (6 + row.depth * 12) + 'px" title="' + esc(row.name) + '">' +
                twisty + esc(row.kind === 'milestone' ? '◆ ' + row.name : row.name) + '</div>';
            }).join('');
            document.getElementById('gantt').innerHTML =
              '<div class="labels"><div class="head" style="height:' + HEAD + 'px"></div>' + labels + '</div>' +
              '<div class="timeline"><svg class="headsvg" width="' + width + '" height="' + HEAD + '" font-size="12">' + head.join('') + '</svg>' +
              '<svg class="body" width="' + width + '" height="' + height + '" font-size="12">' + markers + body.join('') + '</svg></div>';
            document.querySelectorAll('.controls [data-scale]').forEach(function (button) {
              button.classList.toggle('on', button.getAttribute('data-scale') === state.scale);
            });
          }

          function details(row) {
            var text = row.name + '\n' + row.startDate + ' – ' + row.finishDate;
            if (row.kind === 'task') { text += '（' + row.workingDays + ' 个工作日）'; }
            if (row.roles.length) { text += '\n角色: ' + row.roles.map(function (id) { return names[id] || id; }).join('、'); }
            text += '\n总时差: ' + row.totalFloat + ' 天' + (row.critical ? '（关键路径）' : '');
            if (row.leveledDelay > 0) { text += '\n资源平衡推迟 ' + row.leveledDelay + ' 天' + (row.delayedBy ? '（' + row.delayedBy + '）' : ''); }
            row.targets.forEach(function (target) { text += '\n目标: ' + target; });
            if (row.notes) { text += '\n' + row.notes; }
            return text;
          }

          var tip = document.getElementById('tip');
          document.getElementById('gantt').addEventListener('mousemove', function (event) {
            var target = event.target.closest('[data-i]');
            if (!target) { tip.hidden = true; return; }
            tip.textContent = details(data.rows[Number(target.getAttribute('data-i'))]);
            tip.hidden = false;
            tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 430) + 'px';
            tip.style.top = (event.clientY + 14) + 'px';
          });
          document.getElementById('gantt').addEventListener('mouseleave', function () { tip.hidden = true; });
          document.getElementById('gantt').addEventListener('click', function (event) {
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
          // Milliseconds from navigation to a drawn, interactive chart.
          var readyAt = Math.round(performance.now());

          // Exercises the controls and reports what the page shows, for the browser test.
          function selfTest() {
            var started = performance.now();
            function count(selector) { return document.querySelectorAll(selector).length; }
            var result = { rows: data.rows.length, tasks: data.rows.filter(function (r) { return r.kind !== 'phase'; }).length };
            result.barsShown = count('#gantt svg.body g.bar');
            result.labelsShown = count('#gantt .label');
            document.getElementById('critical').click();
            result.criticalBars = count('#gantt svg.body g.bar');
            result.criticalExpected = data.rows.filter(function (r) { return r.critical; }).length;
            document.getElementById('critical').click();
            var firstPhase = document.querySelector('#gantt .label.phase');
            if (firstPhase) { firstPhase.click(); result.afterCollapse = count('#gantt .label'); firstPhase = document.querySelector('#gantt .label.phase'); firstPhase.click(); }
            result.afterExpand = count('#gantt .label');
            var widths = {};
            ['day', 'week', 'month'].forEach(function (scale) {
              document.querySelector('[data-scale="' + scale + '"]').click();
              widths[scale] = Number(document.querySelector('#gantt svg.body').getAttribute('width'));
            });
            result.widths = widths;
            var select = document.getElementById('role');
            if (select.options.length > 1) {
              select.value = select.options[1].value;
              select.dispatchEvent(new Event('change'));
              result.roleBars = count('#gantt svg.body g.bar:not(.phase)');
              result.roleExpected = data.rows.filter(function (r) { return r.kind !== 'phase' && r.roles.indexOf(select.value) >= 0; }).length;
              select.value = '';
              select.dispatchEvent(new Event('change'));
            }
            var bar = document.querySelector('#gantt svg.body g.bar');
            bar.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 50, clientY: 50 }));
            result.tooltip = tip.hidden ? '' : tip.textContent;
            result.errors = errors;
            result.readyMilliseconds = readyAt;
            result.milliseconds = Math.round(performance.now() - started);
            return result;
          }
          if (location.hash === '#selftest') {
            var output = document.getElementById('selftest-result');
            try { output.textContent = JSON.stringify(selfTest()); } catch (error) { output.textContent = JSON.stringify({ failure: String(error), errors: errors }); }
            output.hidden = false;
          }
        })();

        """#
}
