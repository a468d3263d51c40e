"""Feedback pages without the hidden tests.

nbgrader's feedback page shows each test cell as it was graded: the hidden tests' source, and the
traceback of a hidden test that failed (nbgrader issues #917 and #1363). A student who reads it
learns the hidden tests, and the next class gets them passed on. :class:`HideHiddenTests` is a
feedback preprocessor that changes only the test cells that hold hidden tests:

- the source keeps the visible tests; the hidden ones become one comment line;
- the outputs become one verdict: passed; or which visible check failed, with its hint (the
  ``AssertionError`` message that ``course.selfcheck`` writes); or that a hidden test failed,
  with the kind of error only. No traceback is shown, since a traceback quotes source lines.

The course's nbgrader_config.py adds it to nbgrader's feedback preprocessors, so that
``nbgrader generate_feedback``, the formgrader's feedback button and ``ai-course feedback`` all
use it.
"""

from __future__ import annotations

import re

from nbformat import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests

PREPROCESSOR = "course.teach.feedback.HideHiddenTests"
NOT_SHOWN = "# (hidden tests: not shown in feedback)"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def hide_hidden_tests(config) -> None:
    """Make sure nbgrader's feedback runs :class:`HideHiddenTests` (a teacher's own settings may
    lack it)."""
    from nbgrader.converters import GenerateFeedback

    preprocessors = list(
        config.GenerateFeedback.get(
            "preprocessors", GenerateFeedback.class_traits()["preprocessors"].default()
        )
    )
    if not any(p is HideHiddenTests or p == PREPROCESSOR for p in preprocessors):
        config.GenerateFeedback.preprocessors = [*preprocessors, PREPROCESSOR]


def hidden_lines(
    source: str, begin: str = "BEGIN HIDDEN TESTS", end: str = "END HIDDEN TESTS"
) -> set[int]:
    """The line numbers (from 1) of the hidden-test regions in ``source``, markers included."""
    hidden, inside = set(), False
    for number, line in enumerate(source.split("\n"), 1):
        if begin in line:
            inside = True
        if inside:
            hidden.add(number)
        if end in line:
            inside = False
    return hidden


def without_hidden(source: str, hidden: set[int]) -> str:
    """``source`` with each hidden region replaced by one comment line, indented as its marker."""
    kept = []
    for number, line in enumerate(source.split("\n"), 1):
        if number not in hidden:
            kept.append(line)
        elif number - 1 not in hidden:  # the first line of a region
            kept.append(line[: len(line) - len(line.lstrip())] + NOT_SHOWN)
    return "\n".join(kept).rstrip()


def lines_run(traceback: list[str], execution_count) -> list[int]:
    """The lines of this cell (``In[execution_count]``) that an error's traceback runs through."""
    text = ANSI.sub("", "\n".join(traceback))
    return [
        int(line)
        for count, line in re.findall(r"Cell In\[(\d+)\], line (\d+)", text)
        if int(count) == execution_count
    ]


def verdict(cell, hidden: set[int]) -> str:
    """One line for the student about a test cell with hidden tests."""
    errors = [output for output in cell.outputs if output.output_type == "error"]
    if not errors:
        return "✔ Passed: the visible and the hidden tests of this cell."
    error = errors[-1]
    lines = lines_run(error.traceback, cell.execution_count)
    if lines and not hidden.intersection(lines):
        if error.ename == "NotYet":  # a course self-check: its message is the hint
            return f"✘ Not passed: the visible check on line {lines[0]} says: {error.evalue}"
        failed = f"✘ Not passed: the visible check on line {lines[0]} failed."
        return f"{failed} {error.ename}: {error.evalue}".rstrip(": ")
    if lines:
        return (
            f"✘ Not passed: the visible checks passed, but a hidden test failed ({error.ename}). "
            "Hidden tests try other cases than the visible ones, such as edge cases: "
            "test your answer on cases of your own."
        )
    return f"✘ Not passed: the tests of this cell stopped with {error.ename}."


class HideHiddenTests(ClearHiddenTests):
    """Feedback preprocessor: test cells without their hidden tests, and a verdict, not tracebacks.

    It takes its markers from nbgrader's ClearHiddenTests settings (``### BEGIN HIDDEN TESTS`` /
    ``### END HIDDEN TESTS`` unless configured otherwise).
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not utils.is_grade(cell):
            return cell, resources
        hidden = hidden_lines(cell.source, self.begin_test_delimeter, self.end_test_delimeter)
        if not hidden:
            return cell, resources
        cell.outputs = [
            NotebookNode(output_type="stream", name="stdout", text=verdict(cell, hidden) + "\n")
        ]
        cell.source = without_hidden(cell.source, hidden)
        return cell, resources
