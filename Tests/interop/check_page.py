#!/usr/bin/env python3
"""Uses cycleplan's HTML Gantt page in headless Chromium as a person would (test tooling):
real key presses, typing and mouse clicks over the DevTools protocol (time_html.Pipe), real
downloads into a folder, and screenshots read pixel by pixel.

usage: check_page.py CYCLEPLAN_BINARY [REPO_ROOT]

For the campaign, the store plan and the hostile fixture the page must:
- fill the window: the chart's box ends at the window's bottom edge, its label column's
  border drawn down to there (pixels);
- let Tab reach one phase twisty, a button with aria-expanded; Enter and Space collapse
  and expand that phase, ←/→ too, ↓ moves to the next phase, the focus stays on the phase
  across the redraw and is drawn (an outline in the screenshot);
- search as typed: exactly the tasks whose name, role or person (or a phase above them)
  holds the text, with their phases, the match marked (yellow in the screenshot), the time
  axis narrowed to them, the count announced; Escape shows all again;
- filter by phase as `--phase` does (the phase, its sub-phases and the phases above), the
  time axis zoomed to them;
- download the current (filtered) view as SVG — a well-formed file named after the title,
  one bar and one label per shown row — and as PNG, whose pixels show those bars in their
  colors;
- jump to today: the today line scrolled into view (red pixels at its x); the button is
  disabled when the chart has no today and the reader's date is outside the plan;
- speak the page's language: Chinese as written, English words when `<html lang="en">`.
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import base64
import datetime
import json
import os
import pathlib
import re
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import png  # noqa: E402
from time_html import FRAMES, Pipe  # noqa: E402
import subprocess  # noqa: E402

KEYS = {"Tab": 9, "Enter": 13, " ": 32, "Escape": 27, "ArrowLeft": 37, "ArrowUp": 38, "ArrowRight": 39, "ArrowDown": 40}
CODES = {"Tab": "Tab", "Enter": "Enter", " ": "Space", "Escape": "Escape", "ArrowLeft": "ArrowLeft", "ArrowUp": "ArrowUp",
         "ArrowRight": "ArrowRight", "ArrowDown": "ArrowDown"}
SVG = "{http://www.w3.org/2000/svg}"


class Page:
    """One browser with one tab on a page."""

    def __init__(self, browser, url, downloads):
        self.profile = tempfile.mkdtemp()
        self.pipe = Pipe(browser, self.profile)
        pipe = self.pipe
        pipe.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
        target = pipe.send("Target.createTarget", url="about:blank")["targetId"]
        pipe.session = pipe.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        pipe.send("Page.enable")
        pipe.send("Runtime.enable")
        pipe.send("Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False)
        pipe.send("Page.navigate", url=url)
        for _ in range(1200):
            if self.js("document.documentElement && document.documentElement.getAttribute('data-ready')"):
                break
            time.sleep(0.05)
        self.js("window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); }); true")

    def js(self, expression):
        return self.pipe.evaluate(expression)

    def frames(self):
        self.js(FRAMES)

    def key(self, key):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": CODES[key], "windowsVirtualKeyCode": KEYS[key]}
            if kind == "keyDown" and key in ("Enter", " "):
                params["text"] = "\r" if key == "Enter" else " "
            self.pipe.send("Input.dispatchKeyEvent", **params)
        self.frames()

    def type(self, text):
        self.pipe.send("Input.insertText", text=text)
        self.frames()

    def click(self, selector):
        box = self.js(f"(function () {{ var r = document.querySelector({json.dumps(selector)}).getBoundingClientRect(); "
                      "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.pipe.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        self.frames()

    def shot(self, path):
        data = self.pipe.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return png.read(path)

    def close(self):
        self.pipe.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def wait_for(path, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if path.exists() and path.stat().st_size > 0 and not path.with_name(path.name + ".crdownload").exists():
            return True
        time.sleep(0.1)
    return False


def file_base(title):
    """The download name the page gives (controls.js fileBase), re-derived here."""
    base = re.sub(r"[\r\n\t\u2028\u2029\u0085\u000b\u000c]+", " ", title)
    base = re.sub(r"[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\\/:*?\"<>|#%]+", "-", base)
    base = re.sub(r"-{2,}", "-", re.sub(r"\s+", " ", base)).strip(" .-")
    return re.sub(r"[\s.-]+$", "", base[:80]) or "gantt"


def expected_rows(data, keep):
    """Row ids shown when `keep(task)` picks the tasks: those tasks with the phases above them."""
    by_id = {row["id"]: row for row in data["rows"]}

    def above(row):
        out, parent = [], row["parent"]
        while parent:
            out.append(parent)
            parent = by_id[parent]["parent"] if parent in by_id else None
        return out
    shown = set()
    for row in data["rows"]:
        if row["kind"] != "phase" and keep(row, above(row)):
            shown.add(row["id"])
            shown.update(above(row))
    return [row["id"] for row in data["rows"] if row["id"] in shown], above


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label, flush=True)

    if not browser:
        check(False, "chromium is not installed (scripts/bootstrap.sh --test installs it)")
        print(f"{passed} passed, {failed} failed")
        return 1
    work = pathlib.Path(tempfile.mkdtemp())
    shots = pathlib.Path(os.environ["PAGE_SHOTS"]) if os.environ.get("PAGE_SHOTS") else work
    shots.mkdir(parents=True, exist_ok=True)
    plans = [root / "plans/campaign.yaml", root / "plans/store.yaml", root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        page_path = work / f"{name}.html"
        subprocess.run([binary, "gantt", str(plan), "-o", str(page_path), "--today", "2026-10-15"], check=True, capture_output=True)
        html = page_path.read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script id="gantt-data" type="application/json">(.*?)</script>', html, re.S).group(1))
        downloads = work / f"{name}-downloads"
        downloads.mkdir()
        page = Page(browser, page_path.as_uri(), downloads)
        try:
            check_page(page, name, data, downloads, shots, check)
        except Exception as error:  # a broken page must fail the check, not stop the others
            check(False, f"{name}.html: the page could be used ({error!r})")
        finally:
            page.close()
            if shots != work:
                for saved in downloads.iterdir():
                    shutil.copy(saved, shots / f"{name}-download{saved.suffix}")
    check_today_and_language(binary, browser, root, work, check)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def check_page(page, name, data, downloads, shots, check):
    rows = data["rows"]
    total = len(rows)
    # The window: the chart's box reaches its bottom, the label column's border down to there.
    box = page.js("(function () { var g = document.getElementById('gantt').getBoundingClientRect(), l = document.querySelector('#gantt .labels').getBoundingClientRect();"
                  " return { bottom: g.bottom, right: g.right, top: g.top, w: innerWidth, h: innerHeight, labels: l.right, rowsHeight: document.querySelector('#gantt .labels').getBoundingClientRect().height }; })()")
    check(abs(box["bottom"] - box["h"]) <= 1 and abs(box["right"] - box["w"]) <= 1,
          f"{name}.html: the chart fills the window (its box ends at {box['right']:.0f}×{box['bottom']:.0f} of {box['w']}×{box['h']})")
    width, height, pixels = page.shot(shots / f"{name}-page.png")
    if box["rowsHeight"] > box["h"] - box["top"]:
        x = round(box["labels"]) - 1
        grey = [y for y in range(height - 30, height - 2) if png.close(pixels[y][x], (0x99, 0x99, 0x99), 40)]
        check(len(grey) >= 20, f"{name}.html: screenshot has the label column's border down to the window's bottom ({len(grey)}/28 px)")

    # The keyboard: Tab to the one twisty in the tab order, then the tree's keys.
    check(page.js("document.querySelectorAll('#gantt button.twisty[tabindex=\"0\"]').length") == 1,
          f"{name}.html: one phase twisty is in the tab order")
    for _ in range(60):
        page.key("Tab")
        if page.js("!!(document.activeElement && document.activeElement.matches('button.twisty'))"):
            break
    state = "(function () { var b = document.activeElement; if (!b || !b.matches('button.twisty')) { return null; } " \
            "return { i: Number(b.parentNode.getAttribute('data-i')), expanded: b.getAttribute('aria-expanded'), label: b.getAttribute('aria-label'), " \
            "labels: document.querySelectorAll('#gantt .label').length, visible: b.matches(':focus-visible'), outline: getComputedStyle(b).outlineStyle, " \
            "box: (function (r) { return [r.left, r.top, r.right, r.bottom]; })(b.getBoundingClientRect()) }; })()"
    first = page.js(state)
    check(first is not None and first["expanded"] == "true" and first["label"],
          f"{name}.html: Tab reaches a phase's twisty, a button with aria-expanded and a label ({first and first['label']})")
    if first is None:
        return
    check(first["visible"] and first["outline"] == "solid", f"{name}.html: the focused twisty is outlined (:focus-visible)")
    width, height, pixels = page.shot(shots / f"{name}-focus.png")
    left, top, right, bottom = (round(v) for v in first["box"])
    blue = sum(1 for y in range(max(0, top - 4), min(height, bottom + 4)) for x in range(max(0, left - 4), min(width, right + 4))
               if png.close(pixels[y][x], (0x1A, 0x73, 0xE8), 40))
    check(blue >= 12, f"{name}.html: screenshot shows the focus outline around the twisty ({blue} px)")
    page.key("Enter")
    collapsed = page.js(state)
    check(collapsed and collapsed["i"] == first["i"] and collapsed["expanded"] == "false" and collapsed["labels"] < first["labels"],
          f"{name}.html: Enter collapses the phase, the focus stays on it ({first['labels']} → {collapsed and collapsed['labels']} rows)")
    page.key(" ")
    opened = page.js(state)
    check(opened and opened["i"] == first["i"] and opened["expanded"] == "true" and opened["labels"] == first["labels"],
          f"{name}.html: Space expands it again")
    page.key("ArrowLeft")
    left_state = page.js(state)
    page.key("ArrowRight")
    right_state = page.js(state)
    check(left_state and left_state["expanded"] == "false" and right_state and right_state["expanded"] == "true" and right_state["i"] == first["i"],
          f"{name}.html: ← collapses and → expands the phase")
    phases = [i for i, row in enumerate(rows) if row["kind"] == "phase"]
    after = [i for i in phases if i > first["i"]]
    if after:
        page.key("ArrowDown")
        down = page.js(state)
        check(down and down["i"] == after[0], f"{name}.html: ↓ moves to the next phase ({rows[after[0]]['name'][:20]})")

    # The search box, typed into.
    task = next(row for row in rows[len(rows) // 3:] + rows if row["kind"] == "task" and len(row["name"].strip()) >= 2)
    term = task["name"].strip()[:2].lower()
    if term.strip() != term or " " in term:
        term = task["name"].strip().split()[0][:2].lower()
    roles = {role["id"]: role["name"] for role in data["roles"]}
    by_id = {row["id"]: row for row in rows}

    def found(row, above):
        texts = [row["name"].lower()] + [t.lower() for r in row["roles"] for t in (r, roles.get(r, ""))] + [p.lower() for p in row.get("people", [])]
        texts += [by_id[p]["name"].lower() for p in above if p in by_id]
        return any(term in text for text in texts)
    expected, _ = expected_rows(data, found)
    full_width = page.js("Number(document.querySelector('#gantt svg.body').getAttribute('width'))")
    before = page.js("document.querySelectorAll('#gantt .label').length")
    page.js("document.getElementById('gantt').scrollTop = 0; document.getElementById('search').focus(); true")
    page.type(term)
    page.key("Enter")
    shown = page.js("(function () { var out = []; document.querySelectorAll('#gantt .label').forEach(function (l) { out.push(Number(l.getAttribute('data-i'))); }); return out; })()")
    shown_ids = [rows[i]["id"] for i in shown]
    check(shown_ids == expected, f"{name}.html: searching '{term}' shows its {len(expected)} rows (tasks by name, role or person, with their phases) {shown_ids[:4]} {expected[:4]}")
    announced = page.js("document.getElementById('shown').textContent")
    check(announced == f"显示 {len(expected)} / {total} 项", f"{name}.html: the count is announced ({announced})")
    marks = page.js("document.querySelectorAll('#gantt .label mark').length")
    named = sum(1 for i in shown if term in rows[i]["name"].lower())
    check(marks >= named > 0, f"{name}.html: each of {named} names holding '{term}' has it marked ({marks})")
    narrow = page.js("Number(document.querySelector('#gantt svg.body').getAttribute('width'))")
    tasks = [by_id[i] for i in expected if by_id[i]["kind"] != "phase"]
    if tasks and (min(r["start"] for r in tasks) > data["start"] or max(r.get("end", 0) for r in tasks) < data["finish"] - 1):
        check(narrow < full_width, f"{name}.html: the time axis narrows to the found tasks ({full_width} → {narrow} px)")
    mark = page.js("(function () { var m = document.querySelector('#gantt .label mark'); if (!m) { return null; } var r = m.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
    if mark:
        width, height, pixels = page.shot(shots / f"{name}-search.png")
        l, t, r, b = (round(v) for v in mark)
        yellow = sum(1 for y in range(max(0, t), min(height, b)) for x in range(max(0, l), min(width, r)) if png.close(pixels[y][x], (0xFF, 0xE0, 0x66), 30))
        check(yellow > 20, f"{name}.html: screenshot shows the match highlighted ({yellow} px)")
    page.key("Escape")
    cleared = page.js("document.querySelectorAll('#gantt .label').length")
    check(cleared == before and page.js("document.getElementById('shown').textContent") == "",
          f"{name}.html: Escape clears the search ({cleared} rows drawn, as before it)")

    # The phase filter, the phase with most tasks short of all.
    counts = {}
    for row in rows:
        if row["kind"] != "phase":
            for p in expected_rows(data, lambda r, above: False)[1](row):
                counts[p] = counts.get(p, 0) + 1
    tasks_total = sum(1 for row in rows if row["kind"] != "phase")
    candidates = sorted((n, pid) for pid, n in counts.items() if n < tasks_total)
    if candidates:
        phase = candidates[-1][1]
        expected, _ = expected_rows(data, lambda row, above: phase in above)
        page.js(f"var s = document.getElementById('phase'); s.value = {json.dumps(phase)}; s.dispatchEvent(new Event('change')); true")
        page.frames()
        shown = page.js("(function () { var out = []; document.querySelectorAll('#gantt .label').forEach(function (l) { out.push(Number(l.getAttribute('data-i'))); }); return out; })()")
        shown_ids = [rows[i]["id"] for i in shown]
        check(shown_ids == expected, f"{name}.html: the phase filter shows {by_id[phase]['name'][:20]} with its sub-phases and the phases above ({len(expected)} rows)")
        member = [by_id[i] for i in expected if by_id[i]["kind"] != "phase"]
        first_day = min(min(r["start"], r.get("pin", r["start"])) for r in member)
        head = page.js("(function () { var L = document.querySelector('#gantt svg.body'); var b = null; document.querySelectorAll('#gantt svg.body g.bar .shape').forEach(function (s) { var x = s.getBBox().x; b = b === null ? x : Math.min(b, x); }); return { width: Number(L.getAttribute('width')), left: b }; })()")
        check(head["width"] <= full_width and head["left"] is not None and head["left"] < 80,
              f"{name}.html: the time axis starts at the phase's first day (first bar at x = {head['left']}, width {full_width} → {head['width']})")
        # Downloads of this filtered view.
        base = file_base(data["title"])
        page.click("#download-svg")
        svg_file = downloads / f"{base}.svg"
        ok = wait_for(svg_file)
        check(ok, f"{name}.html: 下载 SVG saves {svg_file.name}")
        if ok:
            try:
                tree = ET.parse(svg_file)
            except ET.ParseError as error:
                check(False, f"{name}.html: the SVG is well-formed XML ({error})")
                tree = None
            if tree is not None:
                svg = tree.getroot()
                bars = [g for g in svg.iter(SVG + "g") if (g.get("class") or "").startswith("bar ")]
                labels = [t for g in svg.iter(SVG + "g") if g.get("class") == "labels" for t in g.iter(SVG + "text")]
                check(len(bars) == len(expected) and len(labels) == len(expected),
                      f"{name}.svg: the current view, {len(bars)} bars and {len(labels)} labels for {len(expected)} shown rows")
                page.click("#download-png")
                png_file = downloads / f"{base}.png"
                ok = wait_for(png_file)
                check(ok, f"{name}.html: 下载 PNG saves {png_file.name}")
                if ok:
                    check_png(name, svg, bars, png_file, check)
        page.js("var s = document.getElementById('phase'); s.value = ''; s.dispatchEvent(new Event('change')); true")
        page.frames()

    # Jump to today (2026-10-15 on these pages).
    page.js("var g = document.getElementById('gantt'); g.scrollLeft = 0; g.scrollTop = 0; true")
    page.click('[data-scale="day"]')
    page.click("#jump-today")
    line = page.js("(function () { var l = document.querySelector('#gantt svg.over line.today'); if (!l) { return null; } var r = l.getBoundingClientRect(), g = document.getElementById('gantt').getBoundingClientRect(), s = document.querySelector('#gantt .labels').getBoundingClientRect();"
                   " return { x: r.left + r.width / 2, from: s.right, to: g.right, scrolled: document.getElementById('gantt').scrollLeft }; })()")
    if line:
        check(line["from"] < line["x"] < line["to"] and line["scrolled"] > 0,
              f"{name}.html: 回到今天 scrolls the today line into view at x = {line['x']:.0f} (scrolled {line['scrolled']} px)")
        width, height, pixels = page.shot(shots / f"{name}-today.png")
        x = round(line["x"])
        # The 1 px dashed line falls between two pixel columns: red blended half with the ground.
        red = sum(1 for y in range(200, height - 10) if any(pixels[y][c][0] > 180 and pixels[y][c][0] - pixels[y][c][1] > 50 for c in (x - 1, x, x + 1)))
        check(red > 40, f"{name}.html: screenshot shows the today line there ({red} px)")
    check_workload(page, name, data, check)
    errors = page.js("window.__errors")
    check(errors == [], f"{name}.html: no script errors while used {errors[:2]}")


def check_workload(page, name, data, check):
    """The workload map under the chart is numbers in the page's data until the reader
    scrolls to it, then SVG: a cell per row and column, each with its tooltip."""
    workload = data.get("workload")
    if workload is None:
        check(page.js("document.getElementById('workload') === null"), f"{name}.html: no workload data, no workload section")
        return
    cells = len(workload["rows"]) * workload["columns"]
    check(page.js("document.querySelector('#workload svg') === null"), f"{name}.html: the workload map is not built before it is reached")
    page.js("window.scrollTo(0, document.getElementById('workload').offsetTop); true")
    for _ in range(20):
        page.frames()
        if page.js("!!document.querySelector('#workload svg')"):
            break
    shown = page.js("document.querySelectorAll('#workload svg g > title').length")
    rects = page.js("document.querySelectorAll('#workload svg g > rect').length")
    check(shown == cells == rects and cells > 0, f"{name}.html: scrolled to, the workload map is drawn with all its {cells} cells ({shown} tooltips, {rects} cells)")
    first = workload["rows"][0]["name"]
    tip = page.js("document.querySelector('#workload svg g > title').textContent")
    check(tip.startswith(first + " ") and tip.rstrip().split(" ")[-1] in ("人天", "person-days", "超出", "over-booked"),
          f"{name}.html: a cell's tooltip names its role and figures ({tip!r})")
    page.js("window.scrollTo(0, 0); true")


def check_png(name, svg, bars, png_file, check):
    """The PNG's pixels at the middle of each task bar of the SVG have that bar's color."""
    width, height, pixels = png.read(png_file)
    svg_width = float(svg.get("width"))
    scale = width / svg_width
    rows_group = next(g for g in svg.iter(SVG + "g") if g.get("class") == "rows")
    dx, dy = (float(v) for v in re.match(r"translate\(([-\d.]+),([-\d.]+)\)", rows_group.get("transform")).groups())
    probes = []
    for bar in bars:
        shape = bar.find(SVG + "rect[@class='shape']")
        if shape is None:
            shape = next((r for r in bar.iter(SVG + "rect") if (r.get("class") or "").startswith("shape")), None)
        if shape is None or float(shape.get("width")) < 6:
            continue
        cx = (dx + float(shape.get("x")) + float(shape.get("width")) / 2 + 2) * scale
        cy = (dy + float(shape.get("y")) + float(shape.get("height")) / 2) * scale
        probes.append((round(cx), round(cy), shape.get("fill")))
    wrong = [p for p in probes if not (p[1] < height and p[0] < width and png.close(pixels[p[1]][p[0]], png.hex_color(p[2]), 40))]
    check(probes and not wrong and abs(height / float(svg.get("height")) - scale) < 0.01,
          f"{name}.png: {width}×{height} px, each of {len(probes)} bars drawn in its color {wrong[:2]}")


def check_today_and_language(binary, browser, root, work, check):
    plan = root / "plans/campaign.yaml"
    page_path = work / "no-today.html"
    subprocess.run([binary, "gantt", str(plan), "-o", str(page_path)], check=True, capture_output=True)
    html = page_path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="gantt-data" type="application/json">(.*?)</script>', html, re.S).group(1))
    origin = datetime.date.fromisoformat(data["origin"])
    inside = data["start"] <= (datetime.date.today() - origin).days < data["finish"]
    english = work / "english.html"
    english.write_text(html.replace('<html lang="zh-CN">', '<html lang="en">', 1), encoding="utf-8")
    for path, words in ((page_path, ("回到今天", "任务、角色或人员", "折叠 ", "全部阶段")), (english, ("Jump to today", "Task, role or person", "Collapse ", "All phases"))):
        page = Page(browser, path.as_uri(), work)
        try:
            got = page.js("[document.getElementById('jump-today').textContent, document.getElementById('search').placeholder, "
                          "document.querySelector('#gantt button.twisty').getAttribute('aria-label'), document.querySelector('#phase option').textContent, "
                          "document.getElementById('jump-today').disabled]")
            check(got[0] == words[0] and got[1] == words[1] and got[2].startswith(words[2]) and got[3] == words[3],
                  f"{path.name}: the controls speak the page's language ({got[:4]})")
            if path == page_path:
                check(got[4] == (not inside), f"no-today.html: 回到今天 is {'enabled' if inside else 'disabled'} without --today, today being {'inside' if inside else 'outside'} the plan")
        finally:
            page.close()


if __name__ == "__main__":
    sys.exit(main())
