"""pytest's settings for the course: hypothesis's profile, the order the test files run in, and
the fixtures several test files share. Helpers that tests import live in modules of their own
(``common``, ``explorers``, ``simulated``, ``browsing``, ``services``), never here."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

from browsing import AXE, CHROMIUM, FLAGS
from services import missing

# Model properties are cheap: many examples, and no per-example deadline on a busy CI machine.
# In CI the examples are the same every run (derandomize), so that its verdict does not depend on
# luck; on a developer's machine they vary, to keep finding new cases.
settings.register_profile(
    "course", max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI"))
)
settings.load_profile("course")


# The test files that take longest, heaviest first: xdist hands them out first, and the quick ones
# fill in around them, so the two workers finish together (pyproject.toml: --no-loadscope-reorder).
HEAVY_FIRST = [
    "test_grading.py",
    "test_browser.py",
    "test_assignments.py",
    "test_postgres.py",
    "test_exchange.py",
    "test_bad_inputs.py",
    "test_site.py",
    "test_jupyterhub.py",
    "test_app.py",
]


def pytest_collection_modifyitems(items):
    rank = {name: place for place, name in enumerate(HEAVY_FIRST)}
    # a stable sort: the rest keep their order
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def empty_gradebook(tmp_path_factory) -> Path:
    """A gradebook with nbgrader's tables and the course but no assignment, made by nbgrader once
    per test process. nbgrader makes each new gradebook by running `alembic heads` in a subprocess
    (~3 s of processor time), so the scratch courses of tests that are not about a course's very
    first step start from a copy of this one."""
    from nbgrader.api import Gradebook

    from course.teach.classroom import tools_on_path

    tools_on_path()
    path = tmp_path_factory.mktemp("empty-gradebook") / "gradebook.db"
    with Gradebook(f"sqlite:///{path}", "ai-at-work"):
        pass
    return path


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, driven by Playwright (never a browser Playwright downloads)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"no Chromium at {CHROMIUM}: apt-get install chromium, or skip with -m 'not browser'"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe() -> Path:
    """axe-core's script, which the browser tests put into a page to check its accessibility."""
    if not AXE.exists():
        missing(f"axe-core (npm install --prefix {AXE.parents[2]} axe-core@4)")
    return AXE


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where each browser test leaves its screenshot: pytest's temporary folder, not the course."""
    return tmp_path_factory.mktemp("screenshots")
