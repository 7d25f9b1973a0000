#!/usr/bin/env python3
"""Checks, in headless Chromium (test tooling), the marks a Gantt chart puts on dates and the
readability rules of issue #13, on the fixture Tests/PlanRenderingTests/Fixtures/marks.yaml
and the shipped plans.

usage: check_chart_marks.py CYCLEPLAN_BINARY [REPO_ROOT]

In the HTML page (the DOM Chromium builds, and a screenshot's pixels):
- a deadline arrowhead on each task and phase with a deadline, at the end of its day; the
  late rows' notes lead with "逾期 N 个工作日" in red (N as the scheduler counts); a pin at a
  fixed start; hovering a bar lists its deadline and pin in the tooltip;
- the 国庆节 band named once in the header, and 班 over each make-up day;
- two tiers: ISO week numbers under the months at week and month scale, quarters over months
  at the quarter scale, every month label that has room carrying its year;
- the past hatched blue-grey, unlike the flat grey of non-working days (pixels);
- every label of every shipped plan shown whole (no "…", nothing hidden by overflow);
- at month scale (SVG), a one-day critical bar keeps its role color inside the red outline;
- pointing at a task lights its links and the chain of links driving it, and dims the rest.
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import headless  # noqa: E402
import png  # noqa: E402

# Appended to the page: reads what the page drew (nothing is changed before the screenshot:
# the zooms run only with #probe in the URL).
PROBE = r"""<script>
(function () {
  function run() {
    var out = {}, data = JSON.parse(document.getElementById('gantt-data').textContent);
    var body = document.querySelector('#gantt svg.body'), box = body.getBoundingClientRect();
    out.bodyLeft = box.left; out.bodyTop = box.top;
    out.rows = [].map.call(document.querySelectorAll('#gantt .label'), function (l) {
      var r = l.getBoundingClientRect(); return { i: Number(l.getAttribute('data-i')), top: r.top, h: r.height, text: l.textContent, clipped: l.scrollWidth > l.clientWidth + 1 };
    });
    out.marks = [].map.call(document.querySelectorAll('#gantt svg.body path.deadline-mark'), function (p) {
      return { i: Number(p.closest('[data-i]').getAttribute('data-i')), d: p.getAttribute('d'), fill: p.getAttribute('fill') };
    });
    out.pins = document.querySelectorAll('#gantt svg.body g.pin').length;
    out.late = [].map.call(document.querySelectorAll('#gantt svg.body tspan.late'), function (t) { return t.textContent; });
    out.holidayNames = [].map.call(document.querySelectorAll('#gantt svg.headsvg text.holiday-name'), function (t) {
      var r = t.getBoundingClientRect(); return { text: t.textContent, x: r.left, y: r.top, w: r.width, h: r.height };
    });
    out.makeUp = document.querySelectorAll('#gantt svg.headsvg text.make-up').length;
    out.tips = {};
    data.rows.forEach(function (row, i) {
      var bar = document.querySelector('#gantt svg.body g.bar[data-i="' + i + '"] .shape');
      if (!bar) { return; }
      var r = bar.getBoundingClientRect();
      bar.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: r.left + 2, clientY: r.top + 2 }));
      out.tips[row.id] = document.getElementById('tip').textContent;
    });
    document.getElementById('tip').hidden = true;
    // Pointing at 文案 lights it, its link and the chain that drives it (海报), dims the rest.
    var copy = data.rows.findIndex(function (r) { return r.id === 'copy'; });
    if (copy >= 0) {
    var shape = document.querySelector('#gantt svg.body g.bar[data-i="' + copy + '"] .shape'), r = shape.getBoundingClientRect();
    shape.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: r.left + 2, clientY: r.top + 2 }));
    out.focus = {
      lit: [].map.call(document.querySelectorAll('#gantt svg.body g.bar.hl'), function (g) { return data.rows[Number(g.getAttribute('data-i'))].id; }),
      links: document.querySelectorAll('#gantt svg.body path.hl').length,
      dimmed: [].map.call(document.querySelectorAll('#gantt svg.body g.bar:not(.hl)'), function (g) { return Number(getComputedStyle(g).opacity); }),
    };
    document.getElementById('gantt').dispatchEvent(new MouseEvent('mouseleave'));
    out.focus.after = document.querySelectorAll('#gantt .hl').length + (document.getElementById('gantt').classList.contains('focus') ? 1 : 0);
    }
    if (location.hash === '#probe') {
      out.tiers = {};
      ['week', 'month', 'quarter', 'day'].forEach(function (scale) {
        document.querySelector('[data-scale="' + scale + '"]').click();
        out.tiers[scale] = {
          tier1: [].map.call(document.querySelectorAll('#gantt svg.headsvg text.tier1'), function (t) { return t.textContent; }),
          tier2: [].map.call(document.querySelectorAll('#gantt svg.headsvg text.tier2'), function (t) { return t.textContent; }),
        };
      });
    }
    var pre = document.createElement('pre'); pre.id = 'probe-result'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
  }
  // The page is drawn when its scripts have run; data-ready marks the frame after. Headless
  // Chromium on a busy machine may give no frame before it dumps the DOM (CI saw it: no
  // probe on three tries), so after 3 s of virtual time the probe reads the page anyway.
  var waited = 0, wait = setInterval(function () {
    waited += 20;
    if (!document.documentElement.hasAttribute('data-ready') && waited < 3000) { return; }
    clearInterval(wait);
    try { run(); } catch (error) {
      var pre = document.createElement('pre'); pre.id = 'probe-result';
      pre.textContent = JSON.stringify({ failure: String(error) + ' ' + (error.stack || ''), rows: [] }); document.body.appendChild(pre);
    }
  }, 20);
})();
</script>"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def dump(browser, flags, url):
    out = headless.run(browser, flags, ["--virtual-time-budget=10000", "--dump-dom", url], lambda run: "probe-result" in run.stdout).stdout
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', out, re.S)
    result = json.loads(found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")) if found else None
    if result and "failure" in result:
        print(f"note: the probe failed in {url}: {result['failure'][:400]}", file=sys.stderr)
        return None
    return result


def page(binary, plan, path, *extra):
    subprocess.run([binary, "gantt", str(plan), "-o", str(path), *extra], check=True, capture_output=True)
    html = path.read_text(encoding="utf-8")
    path.write_text(html.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    return json.loads(re.search(r'<script id="gantt-data" type="application/json">(.*?)</script>', html, re.S).group(1))


def mean(rows, x0, y0, size=8):
    pixels = [rows[y][x] for y in range(y0, y0 + size) for x in range(x0, x0 + size)]
    return [sum(p[k] for p in pixels) / len(pixels) for k in range(3)], max(sum(p) for p in pixels) - min(sum(p) for p in pixels)


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    browser = chromium()
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label)

    if not browser:
        check(False, "chromium is not installed (scripts/bootstrap.sh --test installs it)")
        print(f"{passed} passed, {failed} failed")
        return 1
    work = pathlib.Path(tempfile.mkdtemp())
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
             "--window-size=1400,700", f"--user-data-dir={work / 'profile'}"]
    plan = root / "Tests/PlanRenderingTests/Fixtures/marks.yaml"
    html = work / "marks.html"
    data = page(binary, plan, html, "--today", "2026-10-09")
    ids = [row["id"] for row in data["rows"]]
    result = dump(browser, flags, html.as_uri() + "#probe")
    if result is None:
        check(False, "marks.html: the probe ran")
        print(f"{passed} passed, {failed} failed")
        return 1

    # Day scale, one day of padding: x of a day index is (day - (start - 1)) * 24.
    first, dw = data["start"] - 1, 24
    marks = {ids[m["i"]]: m for m in result["marks"]}
    expected = {row["id"]: (row["dl"] - first) * dw for row in data["rows"] if "dl" in row}
    wrong = [(i, marks.get(i, {}).get("d"), x) for i, x in expected.items()
             if i not in marks or not marks[i]["d"].startswith(f"M{x - 4:g},")]
    check(set(expected) == {"prep", "poster", "copy"} and not wrong, f"marks.html: a deadline arrowhead at the end of each deadline day {wrong}")
    colors = {i: m["fill"] for i, m in marks.items()}
    check(colors.get("poster") == "#2E7D32" and colors.get("copy") == "#D62728" and colors.get("prep") == "#D62728",
          f"marks.html: green where the deadline is met, red where missed {colors}")
    check(sorted(result["late"]) == ["逾期 2 个工作日", "逾期 3 个工作日"],
          f"marks.html: late notes count the working days past the deadline, as the scheduler does {result['late']}")
    check(result["pins"] == 1, f"marks.html: a pin at the one fixed start ({result['pins']})")
    tips = result["tips"]
    check("截止: 2026-09-25（逾期 2 个工作日）" in tips.get("copy", "") and "截止: 2026-09-30（按期）" in tips.get("poster", "")
          and "固定开始: 2026-10-12" in tips.get("fixed", "") and "截止: 2026-09-24（逾期 3 个工作日）" in tips.get("prep", ""),
          f"marks.html: tooltips list deadlines and pins {tips.get('copy', '')!r}")
    focus = result.get("focus", {})
    check(sorted(focus.get("lit", [])) == ["copy", "poster"] and focus.get("links") == 1 and focus.get("dimmed")
          and all(o < 0.5 for o in focus["dimmed"]) and focus.get("after") == 0,
          f"marks.html: pointing at 文案 lights it and the task driving it, dims the other {len(focus.get('dimmed', []))} bars, and the mouse leaving clears it {focus}")
    names = result["holidayNames"]
    check([n["text"] for n in names] == ["国庆节"], f"marks.html: the holiday named once in the header {[n['text'] for n in names]}")
    check(result["makeUp"] == 2, f"marks.html: 班 over the 2 make-up days ({result['makeUp']})")

    tiers = result.get("tiers", {})
    week, month, quarter, day = (tiers.get(s, {"tier1": [], "tier2": []}) for s in ("week", "month", "quarter", "day"))
    check("39周 9/21" in week["tier2"] and "40周 9/28" in week["tier2"], f"week scale: ISO week numbers and Mondays under the months {week['tier2'][:3]}")
    check("41周" in month["tier2"] and "2026年10月" in month["tier1"], f"month scale: week numbers under the months {month['tier1']} {month['tier2'][:3]}")
    full = [t for s in (day, week, month) for t in s["tier1"]]
    check(full and all(re.fullmatch(r"\d{4}年\d{1,2}月", t) for t in full), f"every month label with room carries its year {full}")

    shot = work / "marks.png"
    headless.run(browser, flags, ["--virtual-time-budget=10000", f"--screenshot={shot}", html.as_uri()], lambda run: shot.exists())
    if shot.exists():
        width, height, rows = png.read(shot)
        row_top = {ids[r["i"]]: r for r in result["rows"]}
        lane = row_top["launch"]  # 上线: no bar before 10/12
        y = round(lane["top"] + 6)
        def column(day):
            return round(result["bodyLeft"] + (day - first) * dw + 8)
        origin = data["origin"]
        import datetime
        def index(text):
            return (datetime.date.fromisoformat(text) - datetime.date.fromisoformat(origin)).days
        past, past_spread = mean(rows, column(index("2026-09-22")), y)
        off, off_spread = mean(rows, column(index("2026-10-11")), y)
        work_day, _ = mean(rows, column(index("2026-10-13")), round(row_top["wrap"]["top"] + 1), 4)
        check(past[2] - past[0] >= 8 and past_spread > 20 and abs(off[2] - off[0]) < 4 and off_spread < 12,
              f"screenshot: the past is hatched blue-grey {[round(c) for c in past]} (spread {past_spread}), non-working days flat grey {[round(c) for c in off]}")
        name = names[0] if names else None
        ink = 0 if not name else sum(1 for yy in range(round(name["y"]), round(name["y"] + name["h"])) for xx in range(round(name["x"]), round(name["x"] + name["w"]))
                                     if png.close(rows[yy][xx], png.hex_color("#A0451A"), 60))
        check(ink > 15, f"screenshot: the holiday's name is drawn ({ink} pixels of its color)")
    else:
        check(False, "marks.html: screenshot taken")

    # A one-day critical bar at month scale keeps its color inside the red outline.
    svg = subprocess.run([binary, "gantt", str(plan), "--format", "svg", "--scale", "month"], check=True, capture_output=True, text=True).stdout
    bar = re.search(r'<g class="bar task" data-id="wrap">.*?<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="12" rx="2" fill="(#[0-9A-F]{6})"[^>]*stroke="#D62728"', svg, re.S)
    wrapper = work / "month.html"
    wrapper.write_text('<!DOCTYPE html><html><body style="margin:0">' + svg[svg.index("<svg"):] + "</body></html>", encoding="utf-8")
    month_shot = work / "month.png"
    headless.run(browser, flags, ["--virtual-time-budget=5000", f"--screenshot={month_shot}", wrapper.as_uri()], lambda run: month_shot.exists())
    if bar and month_shot.exists():
        _, _, rows = png.read(month_shot)
        x, y, w, color = float(bar.group(1)), float(bar.group(2)), float(bar.group(3)), bar.group(4)
        center = rows[round(y + 6)][int(x + w / 2)]
        check(w >= 6 and png.close(center, png.hex_color(color), 30),
              f"month scale: the one-day critical bar is {w} px wide with its color {color} inside the outline ({center})")
    else:
        check(False, f"month scale: the one-day critical bar drawn ({bool(bar)})")

    # Labels of the shipped plans: none cut, none hidden by the column's overflow.
    for shipped in sorted((root / "plans").glob("*.yaml")):
        target = work / f"{shipped.stem}.html"
        shipped_data = page(binary, shipped, target)
        probe = dump(browser, flags, target.as_uri() + "#probe")
        if shipped.stem == "campaign" and probe:
            # Sep–Nov at 2.2 px a day: quarters over months, each month with its year.
            quarter = probe["tiers"]["quarter"]
            check("2026年第4季度" in quarter["tier1"] and {"2026年10月", "2026年11月"} <= set(quarter["tier2"]),
                  f"campaign.html at the quarter scale: quarters over months with their year {quarter['tier1']} {quarter['tier2']}")
        cut = [row["name"] for row in shipped_data["rows"] if "label" in row or any(line.endswith("…") for line in row.get("ll", []))]
        clipped = [r["text"] for r in (probe or {"rows": [{"text": "no probe", "clipped": True}]})["rows"] if r["clipped"]]
        wrapped = sum(1 for row in shipped_data["rows"] if "ll" in row)
        check(not cut and not clipped, f"{shipped.stem}.html: every label whole ({wrapped} on two lines) {cut[:2]} {clipped[:2]}")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
