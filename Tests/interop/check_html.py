#!/usr/bin/env python3
"""Opens cycleplan's HTML Gantt chart in a real browser (headless Chromium; test tooling).

usage: check_html.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan and the hostile fixture the page must: load with nothing on the browser console and no script errors;
draw one bar per row; show exactly the critical rows when the critical-path box is ticked;
hide rows when a phase is collapsed and bring them back; widen and narrow with the zoom
buttons; show only a role's tasks when a role is picked; show details on hover; fetch
nothing from the network (no src/href at all). A screenshot of each is taken and must not
be blank. The page's own `#selftest` hook drives the controls and reports what it sees.
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


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
    work = pathlib.Path(tempfile.mkdtemp())
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={work / 'profile'}"]
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        page = work / f"{name}.html"
        subprocess.run([binary, "gantt", str(plan), "-o", str(page), "--today", "2026-10-15"], check=True, capture_output=True)
        html = page.read_text(encoding="utf-8")
        check(not re.search(r"\b(src|href)\s*=", html) and "@import" not in html, f"{name}.html: references nothing outside itself")
        run = subprocess.run([browser, *flags, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                              "--dump-dom", page.as_uri() + "#selftest"], capture_output=True, text=True, timeout=120)
        dom = run.stdout
        console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
        check(not console, f"{name}.html: nothing written to the browser console {console[:2]}")
        match = re.search(r'<pre id="selftest-result">(.*?)</pre>', dom, re.S)
        if not match:
            check(False, f"{name}.html: the page ran its self-test")
            continue
        raw = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
        result = json.loads(raw)
        check(not result.get("failure") and result["errors"] == [], f"{name}.html: no script errors {result.get('errors')} {result.get('failure', '')}")
        check(result["barsShown"] == result["rows"] and result["labelsShown"] == result["rows"],
              f"{name}.html: {result['barsShown']} bars and {result['labelsShown']} labels for {result['rows']} rows")
        check(result["criticalBars"] == result["criticalExpected"] and result["criticalBars"] > 0,
              f"{name}.html: critical-path toggle shows the {result['criticalExpected']} critical rows")
        check(result.get("afterCollapse", 0) < result["afterExpand"] == result["rows"], f"{name}.html: a phase collapses and expands")
        widths = result["widths"]
        check(widths["day"] > widths["week"] > widths["month"], f"{name}.html: zoom day > week > month {widths}")
        if "roleBars" in result:
            check(result["roleBars"] == result["roleExpected"], f"{name}.html: role filter shows its {result['roleExpected']} tasks")
        check(len(result["tooltip"]) > 0, f"{name}.html: hovering a bar shows its details")
        shot = work / f"{name}.png"
        subprocess.run([browser, *flags, "--window-size=1400,900", "--virtual-time-budget=5000", f"--screenshot={shot}", page.as_uri()],
                       capture_output=True, timeout=120)
        data = shot.read_bytes() if shot.exists() else b""
        # A blank page compresses to a few kilobytes; a drawn chart to tens of them.
        check(data.startswith(b"\x89PNG") and len(data) > 30_000, f"{name}.html: screenshot shows a chart ({len(data)} bytes)")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
