"""What a student finds where an answer goes (course/teach/stubs.py), and the explore track's rule:
every answer is a value, never code."""

import nbformat
import pytest
from nbgrader.utils import is_solution

from common import ROOT, read_notebook
from course import topics
from course.teach.stubs import AnswerStubs, value_names

VALUE_STUB = AnswerStubs.value_stub.default_value

EXPLORE = [a for t in topics.TOPICS for a in t.assignments if a.endswith("_explore")]


def stubbed(source: str) -> str:
    cell = nbformat.v4.new_code_cell(
        source,
        metadata={
            "nbgrader": {
                "solution": True,
                "grade": False,
                "grade_id": "x",
                "locked": False,
                "schema_version": 3,
            }
        },
    )
    AnswerStubs().preprocess_cell(cell, {"language": "python"}, 0)
    return cell.source


def test_a_region_of_values_becomes_a_blank_to_fill_in():
    source = '# the year\n### BEGIN SOLUTION\nyear = 7\nbest = "B"\n### END SOLUTION'
    assert stubbed(source) == "# the year\n" + "\n".join(
        VALUE_STUB.format(name=name) for name in ("year", "best")
    )
    for value in ("0.05", "-3", "(1, 2)", '"Evidence"', "None", "[0.5, 0.25]"):
        assert value_names(f"x = {value}") == ["x"], value


@pytest.mark.parametrize(
    "region",
    [
        "def f(x):\n    return x",
        "x = 3 + 4",
        "x = len('abc')",
        "x, y = 1, 2",
        "x = y = 1",
        "print(7)",
        "x = 7\nprint(x)",
    ],
)
def test_code_keeps_nbgraders_own_stub(region):
    source = f"### BEGIN SOLUTION\n{region}\n### END SOLUTION"
    assert stubbed(source) == "# YOUR CODE HERE\nraise NotImplementedError()"


@pytest.mark.parametrize("assignment", EXPLORE)
def test_every_answer_of_the_explore_track_is_a_value_never_code(assignment):
    name = f"{assignment}.ipynb"
    solution = [
        c for c in read_notebook(ROOT / "solutions" / assignment / name).cells if is_solution(c)
    ]
    release = {
        c.metadata.nbgrader.grade_id: c
        for c in read_notebook(ROOT / "exercises" / assignment / name).cells
    }
    code = [c for c in solution if c.cell_type == "code"]
    assert code, "the assignment has answers"
    for cell in code:
        region = cell.source.split("### BEGIN SOLUTION\n")[1].split("### END SOLUTION")[0]
        names = value_names(region)
        assert names, f"{cell.metadata.nbgrader.grade_id}: not only values: {region!r}"
        blank = "\n".join(VALUE_STUB.format(name=n) for n in names)
        assert release[cell.metadata.nbgrader.grade_id].source.strip() == blank
