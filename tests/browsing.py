"""What the browser tests share: Debian's Chromium driven by Playwright (the ``browser``,
``axe`` and ``screenshots`` fixtures are in conftest.py), servers on loopback, and the
accessibility check.

Chromium comes from the system (``apt-get install chromium``; ``.ci/run`` installs it), never from
``playwright install``, which downloads a browser of its own. axe-core, the accessibility checker,
comes from npm: ``.ci/run`` installs it into the folder of the test environment, which git
ignores. Skip these tests locally with ``pytest -m "not browser"``.
"""

import subprocess
import time
import urllib.request
from pathlib import Path

from common import ROOT

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
AXE = ROOT / ".venv" / "node_modules" / "axe-core" / "axe.min.js"  # npm install --prefix .venv
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
    control.get_by_role("slider").press(key)
    expect(explorer_box.locator("p[role=status]")).to_have_text(summary, timeout=60_000)


def accessibility_violations(page, axe: Path, include=None) -> list[str]:
    """What axe-core (the script ``axe``) finds against WCAG 2 A and AA in the page, or only in
    the elements that the CSS selectors ``include`` match: one line per rule and element."""
    if not page.evaluate("() => 'axe' in window"):
        page.add_script_tag(path=axe)
    violations = page.evaluate(
        """async include => {
            const context = include ? {include: include.map(selector => [selector])} : document;
            const results = await axe.run(context, {runOnly: ['wcag2a', 'wcag2aa']});
            return results.violations;
        }""",
        include,
    )
    return [
        f"{v['id']} ({v['help']}) at {node['target']}: {node['html'][:200]}"
        for v in violations
        for node in v["nodes"]
    ]
