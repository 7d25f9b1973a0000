#!/usr/bin/env python3
"""Renders cycleplan's Mermaid export with Mermaid itself, in headless Chromium (test
tooling, not product).

usage: check_mermaid.py CYCLEPLAN_BINARY [REPO_ROOT]

Mermaid's JavaScript comes from the `diagram-renderer` package on PyPI, which ships
mermaid.min.js offline (installed with --no-deps). For each shipped plan and the hostile
fixture, Mermaid must parse the text without error and draw one bar per task and a marker
per milestone; task names must come out with their special characters intact; exactly the
plan's sections must be drawn and the title exactly as the plan has it (a name beginning with `section ` or `title ` must stay a
name); `crit` exactly on the critical tasks, and no task read as `done` or `active` (the
hostile fixture has tasks with those ids).
Prints `N passed, N failed`; exits 1 on any failure.
"""
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import headless  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script></head><body>
<pre id="result"></pre><script>
const text = %s;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
(async () => {
  const out = {};
  try {
    await mermaid.parse(text);
    const { svg } = await mermaid.render('chart', text);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    out.tasks = doc.querySelectorAll('rect.task').length;
    out.milestones = doc.querySelectorAll('rect.milestone').length;
    const classes = Array.from(doc.querySelectorAll('rect')).map(r => r.getAttribute('class') || '');
    out.crit = classes.filter(c => /\\bcrit\\d*\\b/.test(c)).length;
    out.doneOrActive = classes.filter(c => /\\b(done|active)\\d*\\b/.test(c)).length;
    out.sections = Array.from(doc.querySelectorAll('text.sectionTitle')).map(t => t.textContent);
    const title = doc.querySelector('text.titleText');
    out.title = title ? title.textContent : null;
    out.text = Array.from(doc.querySelectorAll('text')).map(t => t.textContent).join('\\n');
  } catch (error) { out.error = String(error && error.message || error); }
  document.getElementById('result').textContent = JSON.stringify(out);
})();
</script></body></html>"""


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    import diagram_renderer
    script = pathlib.Path(diagram_renderer.__file__).parent / "renderers/static/js/mermaid.min.js"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label)

    work = pathlib.Path(tempfile.mkdtemp())
    shutil.copy(script, work / "mermaid.min.js")
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        text = subprocess.run([binary, "gantt", str(plan), "--format", "mermaid"], check=True, capture_output=True, text=True).stdout
        schedule = json.loads(subprocess.run([binary, "schedule", str(plan), "--format", "json"], check=True, capture_output=True).stdout)
        tasks = [row for row in schedule["tasks"] if not row["summary"]]
        page = work / f"{name}.html"
        page.write_text(PAGE % json.dumps(text).replace("<", "\\u003c"), encoding="utf-8")
        dom = headless.run(browser, ["--headless", "--no-sandbox", "--disable-gpu"],
                           ["--allow-file-access-from-files", "--virtual-time-budget=15000", "--dump-dom", page.as_uri()],
                           lambda run: 'id="result">' in run.stdout and '<pre id="result"></pre>' not in run.stdout).stdout
        match = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
        result = json.loads(html.unescape(match.group(1))) if match and match.group(1) else {"error": "no result"}
        check("error" not in result, f"{name}.mmd: Mermaid parses and renders it {result.get('error', '')[:200]}")
        if "error" in result:
            continue
        # Mermaid gives milestones the class "task milestone": rect.task counts both.
        expected_milestones = sum(1 for row in tasks if row["milestone"])
        check(result["tasks"] == len(tasks) and result["milestones"] == expected_milestones,
              f"{name}.mmd: {result['tasks']} bars ({result['milestones']} milestones) drawn for {len(tasks)} tasks")
        missing = [row["name"] for row in tasks if " ".join(row["name"].split()) not in result["text"]]
        check(not missing, f"{name}.mmd: every task name shown intact {missing[:2]}")
        written = [re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), line[len("    section "):])
                   for line in text.splitlines() if line.startswith("    section ")]
        drawn = [" ".join(title.split()) for title in result["sections"]]
        check(drawn == [" ".join(title.split()) for title in written],
              f"{name}.mmd: exactly the {len(written)} sections written are drawn {drawn[:4]}")
        # The title goes through Mermaid's sanitiser, unlike names: `&` came out as "&amp;" and
        # a `<script>` title vanished (issue #13 defect 5).
        title = yaml.safe_load(plan.read_text(encoding="utf-8")).get("title") or ""
        check(" ".join((result["title"] or "").split()) == " ".join(title.split()),
              f"{name}.mmd: the title drawn as written {result['title']!r}")
        critical = sum(1 for row in tasks if row["critical"])
        check(result["crit"] == critical and result["doneOrActive"] == 0,
              f"{name}.mmd: crit on the {critical} critical tasks ({result['crit']}), none done or active ({result['doneOrActive']})")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
