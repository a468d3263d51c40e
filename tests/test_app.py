"""App mode: ``ai-course explore <topic>`` serves one explorer with Voila.

Every topic is offered, and its app notebook is the lesson's title and its explorer call. In
Chromium, for one topic: the page shows the title and the explorer with the model's summary, and
no code; a slider moved with the keyboard gives the summary the model gives for that setting; and
axe-core finds no violation of WCAG 2 A and AA on the whole page (an app page has no code editor
of JupyterLab's: all of it is ours).
One topic is enough there: the app is the same for every topic, and every explorer is already
moved with the keyboard in JupyterLab (tests/test_browser.py); a Voila server per topic would
cost the suite about 20 s each.
"""

import importlib
import os
import signal
import subprocess
import sys

import pytest

from browsing import SLOW, VIEWPORT, accessibility_violations, press_and_expect, wait_until_serving
from common import ROOT, free_port, read_notebook, tool_env
from course import cli, topics
from course.teach import guide
from explorers import keyboard_step


def test_an_unknown_topic_is_refused_with_the_choices(monkeypatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit, match=r"no topic 'welcome'\. The topics are: .*junior_paradox"):
        cli.main(["explore", "welcome"])


def test_the_app_is_served_on_loopback_without_code():
    command = cli.voila_command(ROOT / "x.ipynb", ["--port=9999"])
    assert command[1:4] == ["-m", "voila", str(ROOT / "x.ipynb")]
    assert "--Voila.ip=127.0.0.1" in command and "--strip_sources=True" in command
    assert command[-1] == "--port=9999"


@pytest.mark.parametrize("topic", topics.TOPICS, ids=lambda t: t.name)
def test_every_topic_has_an_app_of_its_lessons_title_and_its_explorer(topic):
    title = guide.heading(read_notebook(ROOT / topic.lesson))
    cells = [c.source for c in cli.app_notebook(topic).cells]
    assert cells == [f"# {title}", f"from course import {topic.name}\n\n{topic.name}.explorer()"]
    assert callable(importlib.import_module(f"course.{topic.name}").explorer)


@pytest.mark.browser
@pytest.mark.parametrize("topic", ["junior_paradox"])
def test_explore_serves_the_explorer_and_it_answers_the_keyboard(
    topic, browser, axe, screenshots, tmp_path
):
    from playwright.sync_api import expect

    port = free_port()
    log = open(tmp_path / "voila.log", "w")
    app = subprocess.Popen(
        [sys.executable, "-m", "course.cli", "explore", topic, "--no-browser", f"--port={port}"],
        cwd=ROOT / "notebooks",
        env={**tool_env(), "TMPDIR": str(tmp_path)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own group: stop Voila with it
    )
    page = browser.new_page(viewport=VIEWPORT)
    try:
        wait_until_serving(f"http://127.0.0.1:{port}/", app)
        page.goto(f"http://127.0.0.1:{port}/")
        explorer = importlib.import_module(f"course.{topic}").explorer()
        box = page.locator(".course-explorer")
        expect(box.locator("p[role=status]")).to_have_text(explorer.text, timeout=SLOW)
        expect(page.locator("h1")).to_contain_text(topics.topic(topic).title)
        assert "explorer()" not in page.content(), "the app shows code"
        press_and_expect(box, *keyboard_step(explorer))
        violations = accessibility_violations(page, axe)
        assert not violations, "\n".join(violations)
    finally:
        page.screenshot(path=screenshots / f"explore-{topic}.png")
        page.close()
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=60)
        log.close()


def test_the_dutch_app_speaks_dutch_and_shows_the_dutch_lessons_title():
    topic = topics.topic("junior_paradox")
    title = guide.heading(read_notebook(ROOT / "nl" / topic.lesson))
    cells = [c.source for c in cli.app_notebook(topic, title, "nl").cells]
    assert cells[0] == f"# {title}"
    assert cells[1].startswith('import course\n\ncourse.language("nl")\n')
    assert cli.language_folder(ROOT, "nl") == ROOT / "nl"
    assert cli.language_folder(ROOT / "nl", "nl") == ROOT / "nl"
    assert cli.language_folder(ROOT, "en") == ROOT
