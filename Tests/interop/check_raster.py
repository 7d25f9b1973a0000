#!/usr/bin/env python3
"""Checks cycleplan's PDF and PNG charts (test tooling, not product).

usage: check_raster.py CYCLEPLAN_BINARY [REPO_ROOT]

`gantt -o plan.pdf|png` draws the SVG chart with rsvg-convert. For each shipped plan and
the hostile fixture, the PDF must be one page the size of the SVG, the same bytes twice,
with a CJK font (Noto CJK) embedded and the chart's Chinese labels in its text; turned
into pixels by pdftoppm, every task bar of the SVG must show its own fill colour at its
middle, and the label column must hold ink. The PNG (of the hostile fixture, small enough
for the pure-Python reader) must have the same bars at twice the SVG's size. With no
rsvg-convert on PATH, the command must exit 1 naming the Debian package (renderer_missing)
and leave no file. With `--paper`, a chart too big for one sheet at 6 pt must come out as
whole landscape sheets, as many PDF pages as SVG files, each with its title, date header and
row labels in its text and its bars at their places in its pixels. Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import png  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def bars(svg_text):
    """Each task bar's rectangle (x, y, w, h) and fill, from the SVG the PDF is drawn from."""
    root = ET.fromstring(svg_text)
    found = []
    for group in root.iter(f"{SVG}g"):
        if "bar task" not in (group.get("class") or ""):
            continue
        rect = next((r for r in group.iter(f"{SVG}rect") if (r.get("fill") or "").startswith("#")), None)
        if rect is not None:
            found.append((float(rect.get("x")), float(rect.get("y")), float(rect.get("width")), float(rect.get("height")), rect.get("fill"), group.get("data-id")))
    return root, found


def shown_text(element):
    """The text an element draws: its own and its children's, without tooltips (<title>)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{SVG}title":
            parts.append(shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def probe(rows, width, height, scale, shapes):
    wrong = []
    for x, y, w, h, fill, ident in shapes:
        px, py = int((x + w / 2) * scale), int((y + h / 2) * scale)
        if px >= width or py >= height:
            wrong.append((ident, "outside"))
        elif not png.close(rows[py][px], png.hex_color(fill), 24):
            wrong.append((ident, fill, rows[py][px]))
    return wrong


SHEETS = {"a4": (297, 210), "a3": (420, 297), "a2": (594, 420), "a1": (841, 594), "letter": (279.4, 215.9)}


def page_geometry(svg_text):
    """A page SVG's sheet size (viewBox px), its margin, and its windows (x, y, w, h, view x, view y, uses)."""
    root = ET.fromstring(svg_text)
    _, _, sheet_w, sheet_h = (float(v) for v in root.get("viewBox").split())
    content = next(g for g in root.findall(f"{SVG}g") if (g.get("transform") or "").startswith("translate("))
    margin = float(content.get("transform")[len("translate("):].split(",")[0])
    windows = []
    for window in content.findall(f"{SVG}svg"):
        vx, vy, _, _ = (float(v) for v in window.get("viewBox").split())
        uses = [u.get("href") for u in window.findall(f"{SVG}use")]
        windows.append((float(window.get("x")), float(window.get("y")), float(window.get("width")), float(window.get("height")), vx, vy, uses))
    labels = []
    for group in root.iter(f"{SVG}g"):
        if group.get("id") == "l":
            labels = [re.sub(r"\s+", "", shown_text(t)).rstrip("…") for t in group.iter(f"{SVG}text") if t.get("x")]
    return root, sheet_w, sheet_h, margin, windows, labels


def check_pages(binary, plan, paper, work, check, extra=()):
    """--paper: a chart too big for one sheet at 6 pt is split into pages, each a whole
    landscape sheet with the title, the date header and the label column repeated; as SVG,
    one file per page (plan-1.svg, …); as PDF, one document of as many pages."""
    name = f"{plan.stem}-{paper}" + "".join(a for a in extra if not a.startswith("-"))
    pdf = work / f"{name}.pdf"
    run = subprocess.run([binary, "gantt", str(plan), "--paper", paper, *extra, "-o", str(pdf)], capture_output=True, text=True)
    if run.returncode != 0:
        check(False, f"{name}.pdf written: {run.stderr[:300]}")
        return
    subprocess.run([binary, "gantt", str(plan), "--paper", paper, *extra, "-o", str(work / f"{name}.svg")], check=True, capture_output=True)
    page_files = sorted(work.glob(f"{name}-*.svg"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if not page_files:
        check(count == 1 and (work / f"{name}.svg").exists(), f"{name}: fits one sheet, one PDF page and one SVG")
        return
    check(count == len(page_files) > 1 and not (work / f"{name}.svg").exists(),
          f"{name}: {count} PDF pages, {len(page_files)} SVG files {name}-1.svg …")
    sheet = SHEETS[paper]
    sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", str(count), str(pdf)], capture_output=True, text=True).stdout
    pts = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", sizes)]
    check(len(pts) == count and all(abs(w - sheet[0] / 25.4 * 72) < 1 and abs(h - sheet[1] / 25.4 * 72) < 1 for w, h in pts),
          f"{name}: every page {sheet[0]} x {sheet[1]} mm landscape ({pts[:1]})")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    check(re.search(r"CJK\S*\s.*\byes\b", fonts) is not None, f"{name}.pdf: a CJK font embedded")
    smallest = None
    for number, page_file in enumerate(page_files, 1):
        svg_text = page_file.read_text()
        root, sheet_w, sheet_h, margin, windows, labels = page_geometry(svg_text)
        # The smallest text (10 px) at the page's scale, in points.
        points = 10 * sheet[0] / sheet_w * 72 / 25.4
        smallest = points if smallest is None else min(smallest, points)
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                                                 capture_output=True, text=True).stdout)
        missing = [label for label in labels if label not in text]
        # Months over weeks (week, month scale), weekdays (day scale) or months (quarter scale).
        header = re.search(r"\d+年\d+月|\d+月", text) and ("周" in text or re.search(r"第\d季度", text) or "一二三四五" in text)
        check(labels and not missing and header and f"第{number}/{count}页" in text,
              f"{name} page {number}: title, date header and all {len(labels)} row labels in its text {missing[:3]}")
        # Pixels: each bar of the page's rows whose middle lies in the body window, at its place.
        body = next(w for w in windows if w[6] == ["#s", "#b"])
        shapes = [s for s in bars(svg_text)[1]
                  if body[4] <= s[0] + s[2] / 2 <= body[4] + body[2] and body[5] <= s[1] + s[3] / 2 <= body[5] + body[3]]
        image = work / f"{name}-{number}"
        subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", "-f", str(number), "-l", str(number), str(pdf), str(image)],
                       capture_output=True)
        width, height, rows = png.read(image.with_suffix(".png"))
        scale = width / sheet_w
        placed = [(margin + body[0] + x - body[4], margin + body[1] + y - body[5], w, h, fill, ident) for x, y, w, h, fill, ident in shapes]
        wrong = probe(rows, width, height, scale, [p for p in placed if p[2] * scale >= 3])
        check(not wrong, f"{name} page {number}: {len(placed)} bars in their colours at their places {wrong[:3]}")
        label_right = int((margin + body[0]) * scale)
        top, bottom = int((margin + body[1]) * scale), int((margin + body[1] + body[3]) * scale)
        # Glyph pixels (dark, or the critical path's red), not the row stripes' near-white.
        ink = sum(1 for row in rows[top:bottom] for pixel in row[int(margin * scale):label_right] if sum(pixel) < 450)
        check(ink > 60, f"{name} page {number}: the label column drawn ({ink} inked pixels)")
    check(smallest is not None and smallest >= 5.99, f"{name}: smallest text {smallest and round(smallest, 2)} pt, at least 6 pt")


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label)

    for tool in ("rsvg-convert", "pdftoppm", "pdffonts", "pdftotext"):
        if not shutil.which(tool):
            print(f"FAIL {tool} is not installed (scripts/bootstrap.sh --test installs it)")
            return 1
    work = pathlib.Path(tempfile.mkdtemp())
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        pdf, again = work / f"{name}.pdf", work / f"{name}-again.pdf"
        run = subprocess.run([binary, "gantt", str(plan), "-o", str(pdf)], capture_output=True)
        if run.returncode != 0 or not pdf.exists():
            check(False, f"{name}.pdf written: {run.stderr.decode()[:300]}")
            continue
        subprocess.run([binary, "gantt", str(plan), "-o", str(again)], check=True, capture_output=True)
        check(pdf.read_bytes() == again.read_bytes(), f"{name}.pdf: the same bytes twice")
        svg_text = subprocess.run([binary, "gantt", str(plan), "--format", "svg"], check=True, capture_output=True, text=True).stdout
        svg, shapes = bars(svg_text)
        svg_width, svg_height = float(svg.get("width")), float(svg.get("height"))
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        pages = re.search(r"Pages:\s+(\d+)", info)
        # rsvg-convert lays a 96-dpi SVG pixel out as 0.75 pt.
        check(pages and pages.group(1) == "1" and size and abs(float(size.group(1)) - svg_width * 0.75) < 1
              and abs(float(size.group(2)) - svg_height * 0.75) < 1,
              f"{name}.pdf: one page of {size and size.group(1)} x {size and size.group(2)} pt for a {svg_width:g} x {svg_height:g} px SVG")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        embedded = ", ".join(re.findall(r"\+(\S+)", fonts))
        check(re.search(r"CJK\S*\s.*\byes\b", fonts) is not None, f"{name}.pdf: a CJK font embedded ({embedded})")
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
        labels = [re.sub(r"\s+", "", shown_text(t)).rstrip("…") for t in svg.iter(f"{SVG}text")]
        chinese = [label for label in labels if re.search(r"[\u4e00-\u9fff]", label)]
        missing = [label for label in chinese if label not in text]
        check(chinese and len(missing) <= len(chinese) // 20,
              f"{name}.pdf: {len(chinese) - len(missing)} of {len(chinese)} Chinese labels in its text {missing[:3]}")
        subprocess.run(["pdftoppm", "-r", "48", "-png", "-singlefile", str(pdf), str(work / f"{name}-page")], capture_output=True)
        width, height, rows = png.read(work / f"{name}-page.png")
        scale = width / svg_width
        wrong = probe(rows, width, height, scale, shapes)
        check(shapes and not wrong, f"{name}.pdf: every one of {len(shapes)} task bars in its fill colour in the pixels {wrong[:3]}")
        left = min((x for x, *_ in shapes), default=svg_width) * scale
        ink = sum(1 for row in rows for pixel in row[: int(left)] if sum(pixel) < 300)
        check(ink > 200, f"{name}.pdf: labels drawn left of the bars ({ink} dark pixels)")

    hostile = root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"
    image = work / "hostile.png"
    subprocess.run([binary, "gantt", str(hostile), "-o", str(image)], capture_output=True)
    if image.exists():
        svg_text = subprocess.run([binary, "gantt", str(hostile), "--format", "svg"], check=True, capture_output=True, text=True).stdout
        svg, shapes = bars(svg_text)
        width, height, rows = png.read(image)
        check(abs(width - 2 * float(svg.get("width"))) <= 1, f"hostile.png: {width} px wide, twice the SVG's {svg.get('width')}")
        wrong = probe(rows, width, height, width / float(svg.get("width")), shapes)
        check(shapes and not wrong, f"hostile.png: every one of {len(shapes)} task bars in its fill colour {wrong[:3]}")
    else:
        check(False, "hostile.png written")

    for plan, paper in [(root / "plans/campaign.yaml", "a4"), (root / "plans/campaign.yaml", "a3"),
                        (root / "plans/store.yaml", "a4"), (hostile, "letter")]:
        check_pages(binary, plan, paper, work, check)
    # Day scale: the campaign's 3 months are cut into time slices too, labels on each.
    check_pages(binary, root / "plans/campaign.yaml", "a3", work, check, ["--scale", "day"])

    # No renderer: a clear failure naming the package, and nothing written.
    empty = work / "empty-bin"
    empty.mkdir()
    target = work / "missing.pdf"
    run = subprocess.run([binary, "gantt", str(hostile), "-o", str(target)], capture_output=True, text=True,
                         env={**os.environ, "PATH": str(empty)})
    check(run.returncode == 1 and "renderer_missing" in run.stderr and "librsvg2-bin" in run.stderr and not target.exists(),
          f"no rsvg-convert: exit {run.returncode}, renderer_missing naming librsvg2-bin, no file ({run.stderr.strip()[:120]})")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
