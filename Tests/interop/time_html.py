#!/usr/bin/env python3
"""Times cycleplan's HTML chart in headless Chromium, as a user meets it (benchmark
tooling for docs/benchmarks.md section 3b; not a test, CI does not run it).

usage: time_html.py PAGE.html [RUNS]

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no
websocket library needed) and reports, per run, medians at the end:
- ready: the page's own `data-ready`, milliseconds from navigation start to the second
  animation frame after the first draw, i.e. once the chart has been laid out and painted;
- click: a real mouse click on the critical-path checkbox (Input.dispatchMouseEvent, press
  and release at its screen position), until two animation frames after the redraw it
  causes, measured by the wall clock of this script;
- zoom: the same for the 月 (month) zoom button;
- search: text typed into the search box (Input.insertText) and Enter pressed, until two
  frames after the redraw the Enter causes (the axis zoomed to what is found);
- phase: the phase picker set to its middle phase, until two frames after the redraw.
"""
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


class Pipe:
    def __init__(self, browser, profile):
        reader, self.write_fd = os.pipe()  # we write commands, Chromium reads fd 3
        self.read_fd, writer = os.pipe()   # Chromium writes fd 4, we read
        self.process = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,900",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=lambda: self.wire(reader, writer))
        os.close(reader)
        os.close(writer)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    @staticmethod
    def wire(reader, writer):
        """In the child: the pipe ends on fds 3 and 4, as --remote-debugging-pipe wants
        (duplicated high first, so neither move overwrites the other)."""
        high_reader, high_writer = os.dup(reader), os.dup(writer)
        os.dup2(high_reader, 3)
        os.dup2(high_writer, 4)

    def send(self, method, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return reply.get("result", {})

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.read_fd, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def close(self):
        self.process.terminate()
        self.process.wait()


FRAMES = "new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); }); })"


def click(pipe, selector):
    """Wall-clock milliseconds from pressing the mouse on an element to two frames after."""
    box = pipe.evaluate(f"(function () {{ var r = document.querySelector({json.dumps(selector)}).getBoundingClientRect(); "
                        "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    started = time.perf_counter()
    for kind in ("mousePressed", "mouseReleased"):
        pipe.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
    pipe.evaluate(FRAMES)
    return (time.perf_counter() - started) * 1000


def main():
    page = pathlib.Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    results = {"ready": [], "click": [], "zoom": [], "search": [], "phase": []}
    for run in range(runs):
        profile = tempfile.mkdtemp()
        pipe = Pipe(browser, profile)
        try:
            target = pipe.send("Target.createTarget", url="about:blank")["targetId"]
            pipe.session = pipe.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            pipe.send("Page.enable")
            pipe.send("Runtime.enable")
            pipe.send("Page.navigate", url=page.as_uri())
            ready = None
            for _ in range(1200):
                ready = pipe.evaluate("document.documentElement && document.documentElement.getAttribute('data-ready')")
                if ready:
                    break
                time.sleep(0.05)
            results["ready"].append(float(ready))
            results["click"].append(click(pipe, "#critical"))
            click(pipe, "#critical")
            results["zoom"].append(click(pipe, '[data-scale="month"]'))
            if not pipe.evaluate("!!document.getElementById('search')"):  # a page from before the search box
                print(f"run {run + 1}: ready {ready} ms, critical-path click {results['click'][-1]:.0f} ms, "
                      f"zoom click {results['zoom'][-1]:.0f} ms", flush=True)
                continue
            pipe.evaluate("document.getElementById('search').focus(), true")
            pipe.send("Input.insertText", text=os.environ.get("SEARCH", "落地页"))
            started = time.perf_counter()
            for kind in ("keyDown", "keyUp"):
                pipe.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13, **({"text": "\r"} if kind == "keyDown" else {}))
            pipe.evaluate(FRAMES)
            results["search"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            pipe.evaluate("(function () { var s = document.getElementById('phase'); s.selectedIndex = Math.floor(s.options.length / 2); "
                          "s.dispatchEvent(new Event('change')); return true; })()")
            pipe.evaluate(FRAMES)
            results["phase"].append((time.perf_counter() - started) * 1000)
            print(f"run {run + 1}: ready {ready} ms, critical-path click {results['click'][-1]:.0f} ms, "
                  f"zoom click {results['zoom'][-1]:.0f} ms, search {results['search'][-1]:.0f} ms, "
                  f"phase {results['phase'][-1]:.0f} ms", flush=True)
        finally:
            pipe.close()
            shutil.rmtree(profile, ignore_errors=True)
    print("medians: " + ", ".join(f"{key} {statistics.median(values):.0f} ms" for key, values in results.items() if values))


if __name__ == "__main__":
    main()
