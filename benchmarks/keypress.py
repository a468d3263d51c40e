"""A key press on an explorer's slider to the new picture, in Chromium (goal: under 100 ms).

Serves one topic's explorer as the app `ai-course explore` makes (Voila, on loopback), opens it in
Debian's Chromium, and presses the arrow key on the first slider that changes the summary, again
and again. Each time it measures, in the page, from the slider's keydown event to the moment the
plot's picture and the summary have both changed. Prints the median and the worst.

Run from the course folder:
``python benchmarks/keypress.py [--topic junior_paradox] [--presses 20]``
(needs `apt-get install chromium`, as the browser tests do).
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browsing import CHROMIUM, FLAGS, wait_until_serving  # noqa: E402
from common import free_port, tool_env  # noqa: E402
from explorers import keyboard_step  # noqa: E402

ARM = """([position]) => {
    const box = document.querySelector('.course-explorer');
    const slider = box.querySelectorAll('input[type=range]')[position];
    window.pressed = null;
    slider.addEventListener('keydown', () => { window.pressed = performance.now(); }, {once: true});
    window.before = [box.querySelector('p[role=status]').textContent,
                     box.querySelector('.course-plot img').src];
}"""
WAIT = """async () => {
    const box = document.querySelector('.course-explorer');
    const now = () => [box.querySelector('p[role=status]').textContent,
                       box.querySelector('.course-plot img').src];
    const changed = () => now()[0] !== window.before[0] && now()[1] !== window.before[1];
    while (window.pressed === null || !changed()) {
        if (window.pressed !== null && performance.now() - window.pressed > 10000) return null;
        await new Promise(resolve => setTimeout(resolve, 1));
    }
    return performance.now() - window.pressed;
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--topic", default="junior_paradox")
    parser.add_argument("--presses", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    explorer = importlib.import_module(f"course.{args.topic}").explorer()
    position, key, _ = keyboard_step(explorer)
    sliders = [i for i, c in enumerate(explorer.controls.values()) if hasattr(c, "step")]
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "course.cli",
                "explore",
                args.topic,
                "--no-browser",
                f"--port={port}",
            ],
            cwd=ROOT,
            env={**tool_env(), "TMPDIR": scratch},
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_serving(f"http://127.0.0.1:{port}/", app)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(".course-explorer .course-plot img", timeout=120_000)
                times = []
                for press in range(args.presses):
                    step = (
                        key
                        if press % 2 == 0
                        else ("ArrowLeft" if key == "ArrowRight" else "ArrowRight")
                    )
                    page.evaluate(ARM, [sliders.index(position)])
                    page.locator(".course-explorer input[type=range]").nth(
                        sliders.index(position)
                    ).press(step)
                    took = page.evaluate(WAIT)
                    if took is None:
                        raise SystemExit("the explorer did not change after a key press")
                    times.append(took)
                browser.close()
        finally:
            os.killpg(app.pid, signal.SIGTERM)
            app.wait(timeout=60)
    print(
        f"{args.topic}: key press to new picture and summary, median "
        f"{statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)} presses "
        "(goal < 100 ms)"
    )


if __name__ == "__main__":
    main()
