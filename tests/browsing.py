"""What the browser tests share: Debian's Chromium driven by Playwright (the ``browser`` and
``screenshots`` fixtures are in conftest.py), and servers on loopback.

Chromium comes from the system (``apt-get install chromium``; ``.ci/run`` installs it), never from
``playwright install``, which downloads a browser of its own. Skip these tests locally with
``pytest -m "not browser"``.
"""

import subprocess
import time
import urllib.request
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 1000}
SLOW = 180_000  # ms: starting a kernel and running a lesson, on a busy two-core machine


def wait_until_serving(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            assert process.poll() is None, f"the server exited with code {process.returncode}"
            assert time.monotonic() < deadline, f"{url} did not answer within {seconds} s"
            time.sleep(0.3)


def press_and_expect(explorer_box, position: int, key: str, summary: str) -> None:
    """Move the explorer's slider at ``position`` with one key press, as a keyboard user does,
    and wait for the summary the model gives for the new setting."""
    from playwright.sync_api import expect

    control = explorer_box.locator(":scope > *").nth(position)
    control.locator(".noUi-handle").press(key)
    expect(explorer_box.locator("p[role=status]")).to_have_text(summary, timeout=60_000)
