"""The Examples in the models' docstrings run and give what they say.

Every topic module (read from the topic registry) and ``course/params.py`` document their public
functions in numpydoc style; the Examples sections are doctests, so an example that no longer
matches its function fails here, with doctest's report of what it expected and what it got.
"""

import contextlib
import doctest
import importlib
import io

import pytest

from common import TOPIC_NAMES

MODULES = [f"course.{name}" for name in TOPIC_NAMES] + ["course.params"]


def run_examples(module) -> tuple[int, int, str]:
    """Run a module's doctests: (failed, attempted, doctest's report of every failure)."""
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        failed, attempted = doctest.testmod(module, report=True)
    return failed, attempted, report.getvalue()


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_the_docstrings_hold(name):
    failed, attempted, report = run_examples(importlib.import_module(name))
    assert attempted > 0, f"{name} has no examples in its docstrings"
    assert failed == 0, f"{failed} of {attempted} examples in {name} fail:\n{report}"


def test_a_wrong_example_fails_and_is_reported(tmp_path, monkeypatch):
    (tmp_path / "wrong_example.py").write_text(
        'def double(x):\n    """Twice x.\n\n    >>> double(2)\n    5\n    """\n    return 2 * x\n',
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(tmp_path)
    failed, attempted, report = run_examples(importlib.import_module("wrong_example"))
    assert (failed, attempted) == (1, 1)
    assert "Expected:\n    5\nGot:\n    4" in report
