"""Runs headless Chromium for the interop checks (test tooling).

Each run gets a profile of its own: one shared by successive runs can still be locked by the
previous Chromium while it shuts down, and the next then exits without a page (CI saw a dump
with no result once). A run whose output `done` does not accept is tried again, up to three
times; what the page computed is checked by the caller the same way whichever try gave it, so
a retry can hide a flaky browser start, never a wrong chart.
"""
import subprocess
import sys
import tempfile


def run(browser, flags, args, done, tries=3, timeout=180):
    """The completed run (stdout and stderr as text) of the first try `done(run)` accepts, or
    the last try's."""
    result = None
    for attempt in range(tries):
        with tempfile.TemporaryDirectory() as profile:
            own = [flag for flag in flags if not flag.startswith("--user-data-dir=")] + [f"--user-data-dir={profile}"]
            result = subprocess.run([browser, *own, *args], capture_output=True, text=True, timeout=timeout)
        if done(result):
            return result
        print(f"note: Chromium gave no usable output (try {attempt + 1} of {tries}, exit {result.returncode}): "
              f"{result.stderr.strip()[-300:]}", file=sys.stderr)
    return result
