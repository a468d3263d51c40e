"""What the tests share: the course's folders, its notebooks and assignments, hypothesis settings."""

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
ASSIGNMENTS = sorted(
    p.name for p in (ROOT / "solutions").iterdir() if p.is_dir() and not p.name.startswith(".")
)

# Model properties are cheap: many examples, and no per-example deadline on a busy CI machine.
settings.register_profile("course", max_examples=200, deadline=None)
settings.load_profile("course")


# The test files that take longest, heaviest first: xdist hands them out first, and the quick ones
# fill in around them, so the two workers finish together (pyproject.toml: --no-loadscope-reorder).
HEAVY_FIRST = [
    "test_grading.py",
    "test_browser.py",
    "test_assignments.py",
    "test_postgres.py",
    "test_exchange.py",
    "test_site.py",
    "test_jupyterhub.py",
    "test_app.py",
]


def pytest_collection_modifyitems(items):
    rank = {name: place for place, name in enumerate(HEAVY_FIRST)}
    items.sort(
        key=lambda item: rank.get(item.path.name, len(rank))
    )  # stable: the rest keep their order


@pytest.fixture(scope="session")
def empty_gradebook(tmp_path_factory) -> Path:
    """A gradebook with nbgrader's tables and the course but no assignment, made by nbgrader once
    per test process. nbgrader makes each new gradebook by running `alembic heads` in a subprocess
    (~3 s of processor time), so the scratch courses of tests that are not about a course's very
    first step start from a copy of this one."""
    from nbgrader.api import Gradebook

    from course.classroom import tools_on_path

    tools_on_path()
    path = tmp_path_factory.mktemp("empty-gradebook") / "gradebook.db"
    with Gradebook(f"sqlite:///{path}", "ai-at-work"):
        pass
    return path


def read_notebook(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def cell_source(cell: dict) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def tool_env() -> dict:
    """The environment for nbgrader and jupyter subprocesses: this Python's bin/ first on PATH
    (nbgrader's gradebook shells out to `alembic`)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env
