"""The course website: ``jupyter-book build .`` (Jupyter Book 1.x) with warnings as errors.

Every lesson is a page, executed, with its sources listed and a Binder button; every assignment
is a page too (not executed: its answers are empty), with a Binder button to do it. An explorer
cannot run on a static page: it shows the plot and the summary the model gives at its defaults.
Skip locally with ``pytest -m "not site"``.
"""

import base64
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from common import LESSONS, ROOT, tool_env
from course.sources import BIBLIOGRAPHY
from explorers import LESSONS_WITH_EXPLORERS, build, calls
from test_lessons import CITATION, markdown_of

pytestmark = pytest.mark.site
EXERCISES = sorted((ROOT / "exercises").glob("*/*.ipynb"))
STILL = re.compile(r'<img src="data:image/png;base64,([^"]+)" alt="Plot: [^"]+"><p>(.*?)</p>')


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("site")
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    build = subprocess.run(
        [
            str(jupyter_book),
            "build",
            str(ROOT),
            "--path-output",
            str(output),
            "-W",
            "-n",
            "--keep-going",
        ],
        cwd=ROOT,
        env=tool_env(),
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, (build.stdout + build.stderr)[-4000:]
    return output / "_build" / "html"


def page(site: Path, notebook: Path) -> str:
    return (site / notebook.relative_to(ROOT).with_suffix(".html")).read_text(encoding="utf-8")


def readme_binder_link() -> str:
    [link] = re.findall(
        r"\((https://mybinder\.org/v2/gh/[^)]+)\)", (ROOT / "README.md").read_text(encoding="utf-8")
    )
    return link


@pytest.mark.parametrize("notebook", LESSONS + EXERCISES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_lesson_and_assignment_is_a_page_with_a_binder_button_and_no_error(site, notebook):
    text = page(site, notebook)
    # the README's Binder link, pointed at this notebook
    expected = readme_binder_link().replace(
        "notebooks/00_welcome.ipynb", str(notebook.relative_to(ROOT))
    )
    assert f'href="{html.escape(expected)}"' in text, "no Binder button for this page"
    assert not re.search(r'class="output (stderr|traceback)', text), (
        "a cell shows an error or a warning"
    )


def test_the_site_has_no_solutions_and_no_teacher_notes(site):
    assert not (site / "solutions").exists() and not (site / "teachers").exists()
    assert not list(site.rglob("*solution*")) and "BEGIN HIDDEN TESTS" not in "".join(
        p.read_text(encoding="utf-8") for p in site.rglob("*.html")
    )


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.name)
def test_every_lesson_is_executed_and_lists_its_sources(site, lesson):
    text = page(site, lesson)
    sources = text[text.index('id="sources"') :].translate(
        str.maketrans("‘’“”", "''\"\"")
    )  # Sphinx's smart quotes
    for source_id in sorted(set(CITATION.findall(markdown_of(lesson)))):
        entry = f"<strong>{source_id}</strong>: "
        assert (
            entry in sources and html.escape(BIBLIOGRAPHY[source_id].title, quote=False) in sources
        ), source_id


@pytest.mark.parametrize("lesson", LESSONS_WITH_EXPLORERS, ids=lambda p: p.name)
def test_an_explorer_shows_its_default_plot_and_summary_instead_of_a_widget(site, lesson):
    text = page(site, lesson)
    stills = STILL.findall(text)
    explorers = [build(lesson, call) for call in calls(lesson)]
    assert [summary for _, summary in stills] == [html.escape(e.text) for e in explorers]
    for (picture, _), explorer in zip(stills, explorers, strict=True):
        assert base64.b64decode(picture) == bytes(explorer.image.value), (
            "not the plot at the defaults"
        )
    assert "application/vnd.jupyter.widget-view+json" not in text, (
        "an empty widget on a static page"
    )
