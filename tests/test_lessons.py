"""Every lesson follows the anatomy in CONTRIBUTING.md, cites only known sources, and links to
real files.

These tests read the notebooks; nbval (run by the same pytest command) executes them.
"""

import ast
import re

import pytest

from common import ASSIGNMENTS, LESSONS, ROOT, cell_source, read_notebook
from course import topics
from course.sources import BIBLIOGRAPHY

ALL_NOTEBOOKS = sorted(
    path
    for folder in (
        "notebooks",
        "solutions",
        "exercises",
        "nl/notebooks",
        "nl/solutions",
        "nl/exercises",
    )
    for path in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in path.parts
)
TOPIC_LESSONS = [path for path in LESSONS if not path.name.startswith("00_")]
SECTIONS = [
    "## The case",
    "## Predict",
    "## Explore",
    "## The evidence",
    "## Reflect",
    "## Key points",
    "## Sources",
    "## Assignment",
]
CITATION = re.compile(r"\[@([A-Za-z0-9_-]+)\]")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def markdown_of(path):
    return "\n\n".join(
        cell_source(c) for c in read_notebook(path)["cells"] if c["cell_type"] == "markdown"
    )


def shown_sources(path):
    """The ids passed to sources.show(...) in the notebook's code cells."""
    ids = []
    for cell in read_notebook(path)["cells"]:
        if cell["cell_type"] == "code" and "sources.show(" in cell_source(cell):
            for node in ast.walk(ast.parse(cell_source(cell))):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "show":
                    ids += [arg.value for arg in node.args]
    return ids


def test_the_course_has_lessons_and_assignments():
    assert (ROOT / "notebooks" / "00_welcome.ipynb") in LESSONS
    assert TOPIC_LESSONS and ASSIGNMENTS


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebooks_are_committed_without_outputs(path):
    for cell in read_notebook(path)["cells"]:
        if cell["cell_type"] == "code":
            assert not cell["outputs"] and cell["execution_count"] is None, cell_source(cell)[:60]


@pytest.mark.parametrize("path", TOPIC_LESSONS, ids=lambda p: p.name)
def test_lesson_follows_the_anatomy(path):
    text = markdown_of(path)
    positions = [text.find(section) for section in SECTIONS]
    assert -1 not in positions, [s for s, p in zip(SECTIONS, positions, strict=True) if p == -1]
    assert positions == sorted(positions), "sections out of order"
    head = text[: positions[0]]
    for row in ("**You will be able to**", "**Time**", "**Prerequisites**", "**AI-fluency skill"):
        assert row in head, row
    evidence = text[text.find("## The evidence") : text.find("## Reflect")]
    assert "**[Evidence]**" in evidence
    for label in ("**[Evidence]**", "**[Case]**", "**[Opinion]**"):
        assert label in text, label


@pytest.mark.parametrize("path", TOPIC_LESSONS, ids=lambda p: p.name)
def test_lesson_shows_its_explorer_and_links_its_assignment(path):
    topic = path.stem[3:]
    code = "\n".join(
        cell_source(c) for c in read_notebook(path)["cells"] if c["cell_type"] == "code"
    )
    assert f"{topic}.explorer()" in code
    for assignment in topics.topic(topic).assignments:
        assert f"../exercises/{assignment}/{assignment}.ipynb" in markdown_of(path)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_citation_is_in_the_bibliography_and_the_sources_cell(path):
    cited = set(CITATION.findall(markdown_of(path)))
    shown = shown_sources(path)
    assert cited, "a lesson cites its sources as [@id]"
    assert not cited - set(BIBLIOGRAPHY), f"unknown source ids: {cited - set(BIBLIOGRAPHY)}"
    assert not set(shown) - set(BIBLIOGRAPHY), (
        f"unknown source ids: {set(shown) - set(BIBLIOGRAPHY)}"
    )
    assert not cited - set(shown), f"cited but missing from the Sources cell: {cited - set(shown)}"


@pytest.mark.parametrize(
    "path",
    LESSONS + [ROOT / "solutions" / a / f"{a}.ipynb" for a in ASSIGNMENTS],
    ids=lambda p: p.name,
)
def test_relative_links_point_to_files_that_exist(path):
    for target in LINK.findall(markdown_of(path)):
        if "://" not in target and not target.startswith("mailto:"):
            assert (path.parent / target).exists(), target
