"""Every lesson with an explorer, in a real JupyterLab driven by Chromium; and the Binder link.

For each lesson: open it, run all cells from the Run menu, check that each explorer shows the
summary the model gives at its defaults with its plot, and that no cell shows an error or a
warning; then move a slider with the keyboard and wait for the summary the model gives for the
new setting, and check that the plot's text alternative and each slider's value in words
(``aria-valuetext``) follow it. Last, axe-core checks the lesson against WCAG 2 A and AA: no
violation in any cell output or rendered Markdown, that is, in all that the course puts on the
page. The check leaves out JupyterLab's own markup (its code editors are text boxes without a
name, its cell list a ``feed`` whose children lack their role): that is upstream's to fix, not
ours. A screenshot of each lesson lands in pytest's temporary folder (``screenshots*``).

JupyterLab serves a copy of the lessons (so that nothing is saved into the course), laid out
as the repository: ``notebooks/`` under the server's root, as on Binder. The lessons open one
after another in one JupyterLab page, as a student opens them from the file browser: loading
JupyterLab itself costs seconds of processor time, and a page per lesson would pay it each time.
"""

import json
import re
import shutil
import subprocess
import sys
import urllib.parse

import pytest

from browsing import SLOW, VIEWPORT, accessibility_violations, press_and_expect, wait_until_serving
from common import ROOT, WELCOME, free_port, read_notebook, tool_env
from course import i18n, topics, ui
from course.teach import guide
from explorers import LESSONS_WITH_EXPLORERS, build, calls, keyboard_step

pytestmark = pytest.mark.browser
TOKEN = "course-browser-test"
SETTINGS = {
    # no "Jupyter news" toast over the page
    "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # every cell in the page, also those scrolled out of view, so all of them can be checked
    "notebook-extension/tracker": {"windowingMode": "none"},
}

# What the course puts on a lesson's page: cell outputs and rendered Markdown.
OURS = [".jp-OutputArea-output", ".jp-MarkdownOutput"]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on loopback, with a copy of the lessons; its base URL."""
    folder = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", folder / "course" / "notebooks")
    shutil.copytree(ROOT / "nl" / "notebooks", folder / "course" / "nl" / "notebooks")
    for name, values in SETTINGS.items():
        plugin, file = name.split("/")
        target = folder / "settings" / "@jupyterlab" / plugin / f"{file}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values), encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--allow-root",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={folder / 'course'}",
            f"--LabApp.user_settings_dir={folder / 'settings'}",
            f"--LabApp.workspaces_dir={folder / 'workspaces'}",
            "--LabApp.expose_app_in_browser=True",
        ],  # window.jupyterapp: open and close lessons in one page
        env=tool_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/api/status?token={TOKEN}", server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            # Its kernels are shut down by then, but on a busy machine the server can hang at exit
            # on an idle AnyIO worker thread (seen with py-spy in threading._shutdown).
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def lab_page(lab, browser):
    """One JupyterLab page for every lesson, with no tabs from before."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(f"{lab}/lab?reset&token={TOKEN}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=SLOW)
    page.evaluate(
        "async () => { await window.jupyterapp.restored; }"
    )  # evaluate returns nothing: no page objects
    yield page
    page.close()


def open_lesson(page, path: str) -> None:
    page.evaluate(
        "async path => { await window.jupyterapp.commands.execute('docmanager:open', {path}); }",
        path,
    )


def close_lessons(page) -> None:
    """Close every open notebook without saving (the cells ran in a copy) and stop its kernel."""
    page.evaluate("""async () => {
        const app = window.jupyterapp;
        for (const widget of Array.from(app.shell.widgets('main'))) {
            if (widget.context) widget.context.model.dirty = false;
            widget.close();
        }
        await app.serviceManager.sessions.shutdownAll();
    }""")


def run_all_cells(page) -> None:
    """Once the kernel is idle, Run > Run All Cells; then wait until every code cell has its
    number."""
    from playwright.sync_api import expect

    kernel = page.locator('.jp-StatusBar-TextItem[title^="Change kernel"]')
    expect(kernel).to_have_text(re.compile(r"\| Idle$"), timeout=SLOW)
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length > 0
                && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
        }""",
        timeout=SLOW,
    )


@pytest.mark.parametrize("path", LESSONS_WITH_EXPLORERS, ids=lambda p: p.name)
def test_lesson_runs_and_its_explorers_answer_the_keyboard(path, lab_page, axe, screenshots):
    check_lesson(lab_page, path, axe, screenshots)


def test_a_dutch_lesson_runs_and_its_explorer_speaks_dutch(lab_page, axe, screenshots):
    """The Dutch edition's lessons are the English code with one line that chooses the language:
    one Dutch lesson shows that the explorer's labels, summary and readouts follow it."""
    path = ROOT / "nl" / "notebooks" / "04_junior_paradox.ipynb"
    with i18n.speaking("nl"):
        check_lesson(lab_page, path, axe, screenshots)
        explorer = build(path, calls(path)[0])
    assert "Minder juniors aannemen" in [c.description for c in explorer.controls.values()]
    assert explorer.text.startswith("Zonder verlaging")


def check_lesson(page, path, axe, screenshots):
    """Open a lesson, run it, check its explorers at their defaults and after a key press, and
    run axe-core over what the course put on the page."""
    from playwright.sync_api import expect

    explorers = [build(path, call) for call in calls(path)]
    try:
        open_lesson(page, path.relative_to(ROOT).as_posix())
        run_all_cells(page)
        boxes = page.locator(".course-explorer")
        expect(boxes).to_have_count(len(explorers), timeout=SLOW)
        for number, explorer in enumerate(explorers):
            box = boxes.nth(number)
            expect(box.locator("p[role=status]")).to_have_text(explorer.text, timeout=SLOW)
            plot = box.locator(".course-plot img")
            expect(plot).to_be_visible()
            assert plot.evaluate("image => image.naturalWidth") > 0, "the plot did not load"
        problems = page.locator(
            '[data-mime-type="application/vnd.jupyter.error"], '
            '[data-mime-type="application/vnd.jupyter.stderr"], :text("Error displaying widget")'
        )
        assert problems.count() == 0, problems.all_inner_texts()
        for number, explorer in enumerate(explorers):
            box = boxes.nth(number)
            box.scroll_into_view_if_needed()
            press_and_expect(box, *keyboard_step(explorer))
            expect(box.locator(".course-plot img")).to_have_attribute("alt", explorer.image.alt)
            values = box.get_by_role("slider").evaluate_all(
                "sliders => sliders.map(s => s.getAttribute('aria-valuetext'))"
            )
            sliders = [c for c in explorer.controls.values() if isinstance(c, ui.Slider)]
            assert values == [slider.readout for slider in sliders]
        violations = accessibility_violations(page, axe, OURS)
        assert not violations, "\n".join(violations)
    finally:
        page.screenshot(path=screenshots / f"{'-'.join(path.parts[-3:])}.png")
        close_lessons(page)


@pytest.mark.parametrize(
    "readme, welcome", [("README.md", WELCOME), ("README.nl.md", ROOT / "nl" / topics.WELCOME)]
)
def test_the_readme_binder_link_opens_the_welcome_lesson_in_jupyterlab(
    readme, welcome, lab, browser
):
    from playwright.sync_api import expect

    readme = (ROOT / readme).read_text(encoding="utf-8")
    [link] = re.findall(r"\(https://mybinder\.org/v2/gh/[^)]+\)", readme)
    urlpath = urllib.parse.parse_qs(urllib.parse.urlparse(link[1:-1]).query)["urlpath"][0]
    page = browser.new_page(viewport=VIEWPORT)
    try:
        page.goto(f"{lab}/{urlpath}?token={TOKEN}")
        current_tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
        expect(current_tab).to_contain_text("00_welcome.ipynb", timeout=SLOW)
        title = guide.heading(read_notebook(welcome))
        expect(page.locator(".jp-NotebookPanel:visible .jp-Notebook h1")).to_contain_text(
            title, timeout=SLOW
        )
    finally:
        page.close()
