#!/usr/bin/env python3
"""Opens cycleplan's HTML and SVG Gantt charts in a real browser (headless Chromium; test
tooling).

usage: check_html.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan and the hostile fixture the HTML page must: load with nothing on the
browser console and no script errors; draw one bar per row; answer the mouse on every bar
it draws — hit-tested at real screen coordinates with elementFromPoint, including bars in
the past left of the today line — and show that bar's details; show exactly the critical
rows when the critical-path box is ticked and exactly a role's tasks when a role is picked,
with each phase spanning only its shown tasks; collapse and expand a phase; widen and narrow
with the zoom buttons, with day numbers and weekdays at day scale and non-working days
shaded at month scale; print as pages with labels beside bars (the page's own pagination,
then Chromium's --print-to-pdf: pages counted, landscape, and page 1 rasterized with
pdftoppm where poppler-utils is installed); fetch
nothing from the network. A screenshot must have each probed bar's own color at its
middle and dark text in the label column, and a CJK font must be installed (without one,
Chinese is drawn as empty boxes and a size check would still pass). The SVG, inlined in a
page, must answer the mouse on its bars too. With a baseline and a status file
(tracked_plan.py), the page must draw a ghost bar at each row's baseline days, the done part
of each started bar in proportion, and the status-date line at the end of the status day —
in the DOM and in the screenshot's pixels. Prints one line per check and
`N passed, N failed`; exits 1 on any failure.
"""
import datetime
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
import tracked_plan  # noqa: E402

SVG_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">%s
<pre id="result"></pre><script>
var out = { tested: 0, missed: [] };
document.querySelectorAll('svg g.bars > g').forEach(function (g) {
  var shape = g.querySelector('rect, path'); shape.scrollIntoView({ block: 'center', inline: 'center' });
  var r = shape.getBoundingClientRect(), phase = g.getAttribute('class').indexOf('phase') >= 0;
  var e = document.elementFromPoint(r.left + r.width / 2, phase ? r.top + 2 : r.top + r.height / 2);
  out.tested++;
  if (!e || e.closest('g.bars > g') !== g) { out.missed.push(g.getAttribute('data-id') + ' -> ' + (e ? e.tagName + '.' + (e.getAttribute('class') || '') : 'none')); }
});
document.getElementById('result').textContent = JSON.stringify(out);
</script></body></html>"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


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
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout.strip()
    check(bool(fonts), "a CJK font is installed (fonts-noto-cjk), so screenshots show Chinese, not boxes")
    work = pathlib.Path(tempfile.mkdtemp())
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
             "--window-size=1400,900", f"--user-data-dir={work / 'profile'}"]
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        page = work / f"{name}.html"
        subprocess.run([binary, "gantt", str(plan), "-o", str(page), "--today", "2026-10-15"], check=True, capture_output=True)
        html = page.read_text(encoding="utf-8")
        check(not re.search(r"\b(src|href)\s*=", html) and "@import" not in html and "url(http" not in html,
              f"{name}.html: references nothing outside itself")
        run = headless.run(browser, flags, ["--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
                                            "--dump-dom", page.as_uri() + "#selftest"], lambda run: "selftest-result" in run.stdout)
        console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
        check(not console, f"{name}.html: nothing written to the browser console {console[:2]}")
        match = re.search(r'<pre id="selftest-result">(.*?)</pre>', run.stdout, re.S)
        if not match:
            check(False, f"{name}.html: the page ran its self-test")
            continue
        raw = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
        result = json.loads(raw)
        check(not result.get("failure") and result["errors"] == [], f"{name}.html: no script errors {result.get('errors')} {result.get('failure', '')}")
        if result.get("failure"):
            continue
        check(result["barsShown"] == result["rows"] and result["labelsShown"] == result["rows"],
              f"{name}.html: {result['barsShown']} bars and {result['labelsShown']} labels for {result['rows']} rows")
        hits = result["hits"]
        check(hits["tested"] == result["rows"] and not hits["missed"],
              f"{name}.html: the mouse reaches all {hits['tested']} bars at their screen coordinates {hits['missed'][:3]}")
        check(hits["pastTested"] > 0 or not result["todayInside"], f"{name}.html: {hits['pastTested']} of them left of the today line")
        check(not hits["tooltipWrong"], f"{name}.html: a mouse move on each shows its details {hits['tooltipWrong'][:3]}")
        check(result["criticalBars"] == result["criticalExpected"] and result["criticalBars"] > 0 and result["criticalSpans"],
              f"{name}.html: critical-path toggle shows the {result['criticalExpected']} critical rows, phases spanning them")
        check(result.get("afterCollapse", 0) < result["afterExpand"] == result["rows"], f"{name}.html: a phase collapses and expands")
        widths = result["widths"]
        check(widths["day"] > widths["week"] > widths["month"], f"{name}.html: zoom day > week > month {widths}")
        check(result["headerTexts"]["day"] >= 2 * result["dayCount"], f"{name}.html: day numbers and weekdays at day scale {result['headerTexts']}")
        check(result["monthOffDays"] > 0, f"{name}.html: non-working days shaded at month scale ({result['monthOffDays']} runs)")
        if "roleBars" in result:
            check(result["roleBars"] == result["roleExpected"] and result["roleSpans"] and result["roleLegend"] == 1,
                  f"{name}.html: role filter shows its {result['roleExpected']} tasks, spans and legend follow")
        check(result["notes"] > 0, f"{name}.html: role names, milestone dates and targets written beside the bars ({result['notes']})")
        copies = result["rows"] * result["printSlices"]
        check(result["printPages"] >= 1 and result["printBars"] == copies and result["printLabels"] == copies,
              f"{name}.html: print pages hold every bar beside its label ({result['printPages']} pages, {result['printSlices']} across)")

        pdf = work / f"{name}.pdf"
        headless.run(browser, flags, ["--no-pdf-header-footer", "--virtual-time-budget=10000", f"--print-to-pdf={pdf}", page.as_uri()],
                     lambda run: pdf.exists())
        # Chromium's PDFs list their pages as plain objects: count them and read a MediaBox.
        document = pdf.read_bytes() if pdf.exists() else b""
        pages = len(re.findall(rb"/Type\s*/Page\b", document))
        box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", document)
        check(pages == result["printPages"] and box and float(box.group(1)) > float(box.group(2)),
              f"{name}.html: printed to {pages} landscape PDF pages, as the page paginated ({result['printPages']})")
        if pages and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(work / f"{name}-print")], capture_output=True)
            printed = next(work.glob(f"{name}-print*.png"), None)
            if printed:
                width, height, rows = png.read(printed)
                colors = {pixel for row in rows[::2] for pixel in row[::2]}
                roles = [png.hex_color(bar["color"]) for bar in result["probes"]["bars"]]
                seen = [color for color in roles if any(png.close(color, pixel, 24) for pixel in colors)]
                left_ink = sum(1 for row in rows for pixel in row[: width // 6] if sum(pixel) < 450)
                check((not roles or seen) and left_ink > 50,
                      f"{name}.html: printed page 1 shows bars in role colors ({len(seen)}/{len(roles)}) and labels at the left ({left_ink} dark pixels)")
        elif pages:
            print(f"skip {name}.html: the printed page's pixels (pdftoppm, poppler-utils, is not installed)")

        shot = work / f"{name}.png"
        headless.run(browser, flags, ["--virtual-time-budget=10000", f"--screenshot={shot}", page.as_uri()], lambda run: shot.exists())
        if not shot.exists():
            check(False, f"{name}.html: screenshot taken")
            continue
        width, height, rows = png.read(shot)
        probes = result["probes"]
        wrong = [(bar["x"], bar["y"], bar["color"], rows[bar["y"]][bar["x"]]) for bar in probes["bars"]
                 if bar["y"] < height and bar["x"] < width and not png.close(rows[bar["y"]][bar["x"]], png.hex_color(bar["color"]))]
        check(probes["bars"] and not wrong, f"{name}.html: screenshot has each of {len(probes['bars'])} probed bars in its role color {wrong[:2]}")
        label = probes["label"]
        # Ink: pixels far from the white or light grey ground (black text, or red on the critical path).
        ink = sum(1 for y in range(label["y"], label["y"] + label["h"]) for x in range(label["x"], label["x"] + label["w"]) if sum(rows[y][x]) < 450)
        check(ink > 40, f"{name}.html: screenshot has the first label's text drawn ({ink} dark pixels)")

        svg = subprocess.run([binary, "gantt", str(plan), "--format", "svg", "--today", "2026-10-15"], check=True, capture_output=True, text=True).stdout
        wrapper = work / f"{name}-svg.html"
        wrapper.write_text(SVG_PAGE % svg[svg.index("<svg"):], encoding="utf-8")
        dom = headless.run(browser, flags, ["--virtual-time-budget=10000", "--dump-dom", wrapper.as_uri()], lambda run: 'id="result"' in run.stdout).stdout
        found = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
        svg_result = json.loads(found.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")) if found else {"tested": 0, "missed": ["no result"]}
        check(svg_result["tested"] == result["rows"] and not svg_result["missed"],
              f"{name}.svg: the mouse reaches all {svg_result['tested']} bars (tooltips) {svg_result['missed'][:3]}")
    check_tracking(binary, browser, flags, work, check)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def check_tracking(binary, browser, flags, work, check):
    plan = tracked_plan.write(binary, work / "tracked")
    page = plan.parent / "tracked.html"
    subprocess.run([binary, "gantt", str(plan), "--baseline", "初版", "-o", str(page)], cwd=plan.parent, check=True, capture_output=True)
    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="gantt-data" type="application/json">(.*?)</script>', html, re.S).group(1))
    rows = {row["id"]: row for row in data["rows"]}
    dom = headless.run(browser, flags, ["--virtual-time-budget=10000", "--dump-dom", page.as_uri()], lambda run: "status-date" in run.stdout).stdout
    # Day scale (the plan spans two weeks): 24 px a day from one day before the drawn start.
    first, day_width = data["start"] - 1, 24
    ghosts = {m.group(1): float(m.group(2)) for m in re.finditer(
        r'data-i="(\d+)"><rect class="ghost" x="([\d.]+)"', dom)}
    expected = {str(i): (row["bs"] - first) * day_width + 0.5
                for i, row in enumerate(data["rows"]) if "bs" in row and row["kind"] != "milestone"}
    wrong = [(i, ghosts.get(i), x) for i, x in expected.items() if ghosts.get(i) is None or abs(ghosts[i] - x) > 0.01]
    check(len(expected) >= 6 and not wrong, f"tracked.html: a ghost bar at the baseline of each of {len(expected)} bars {wrong[:3]}")
    index_a = str(list(rows).index("a"))
    bar = re.search(r'data-i="' + index_a + r'">.*?<rect class="shape[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)".*?<rect class="done" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', dom)
    share = (float(bar.group(3)) + 1) / (float(bar.group(2)) + 1) if bar else 0
    check(bar is not None and abs(share - 0.6) < 0.01, f"tracked.html: the done fill covers 60 % of 海报设计's bar ({share:.3f})")
    done = len(re.findall(r'<rect class="done" x="[\d.]+"', dom))
    check(done == 2, f"tracked.html: done fill drawn on the 2 started tasks ({done})")
    # The end of the status day is the start of the next: counted from the page's origin date
    # here, not taken from the page's own figure.
    status_day = (datetime.date(2027, 1, 7) - datetime.date.fromisoformat(data["origin"])).days
    status_x = (status_day - first) * day_width
    lines = [float(x) for x in re.findall(r'<line class="status-date"[^>]*? x1="([\d.]+)"', dom)]
    check(lines and all(abs(x - status_x) < 0.01 for x in lines),
          f"tracked.html: the status line at the end of 2027-01-06, x = {status_x} ({lines[:2]})")
    shot = work / "tracked.png"
    headless.run(browser, flags, ["--virtual-time-budget=10000", f"--screenshot={shot}", page.as_uri()], lambda run: shot.exists())
    if not shot.exists():
        check(False, "tracked.html: screenshot taken")
        return
    width, height, pixels = png.read(shot)
    blue = png.hex_color("#1F6FB4")
    column = round(data["labelWidth"] + status_x)
    # The 1.5 px line blends into two columns; a bar of a blue role would be wider than that.
    hits = [y for y in range(height) if column + 4 < width
            and any(png.close(pixels[y][x], blue, 70) for x in (column - 1, column))
            and not png.close(pixels[y][column + 4], blue, 70)]
    check(len(hits) > 60, f"tracked.html: screenshot has the status line drawn at x = {column} ({len(hits)} pixels)")


if __name__ == "__main__":
    sys.exit(main())
