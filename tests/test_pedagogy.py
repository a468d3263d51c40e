"""What an assignment asks of a learner: more understanding than programming, and written
answers with a limit they can check.

- At least half of every assignment's points test what the lesson teaches: a written answer, or an
  autograded answer that is a value (a letter, a year, a share), not a function the learner writes.
- Every written answer is followed by a word count with its limit, and the model answer in the
  solution keeps to that limit.
- The table of questions at the top of the assignment gives the points nbgrader gives.
"""

import re

import pytest
from nbgrader.utils import is_grade

from common import ASSIGNMENTS, ROOT, read_notebook
from course import selfcheck
from course.teach import guide


def notebook(assignment):
    return read_notebook(ROOT / "solutions" / assignment / f"{assignment}.ipynb")


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_at_least_half_of_the_points_test_understanding_not_programming(assignment):
    points = guide.assignment_points(ROOT / "solutions" / assignment)
    total = points["autograded"] + points["written"]
    assert points["programming"] <= total / 2, points


WORD_COUNT = re.compile(r'selfcheck\.word_count\("([^"]+)", (\d+), (\d+)\)')


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_written_answer_has_a_word_count_and_the_model_answer_keeps_to_it(assignment, capsys):
    cells = notebook(assignment).cells
    written = [c for c in cells if c.cell_type == "markdown" and is_grade(c)]
    assert written, "an assignment has a written answer"
    for cell in written:
        grade_id = cell.metadata.nbgrader["grade_id"]
        after = cells[cells.index(cell) + 1]
        found = WORD_COUNT.search(after.source) if after.cell_type == "code" else None
        assert found and found.group(1) == grade_id, f"no word count under {grade_id}"
        low, high = int(found.group(2)), int(found.group(3))
        question = cells[cells.index(cell) - 1].source
        assert f"{low}–{high} words" in question, f"the question above {grade_id} states the limit"
        words = selfcheck.count_words(cell.source)
        assert low <= words <= high, f"the model answer of {grade_id} has {words} words"


TABLE_ROW = re.compile(r"^\| *(\d+) *\|[^|]*\| *(\d+(?:\.\d+)?) *\|$", re.M)
QUESTION = re.compile(r"^## Question (\d+)\b.*\((\d+(?:\.\d+)?) points?\)", re.M)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_table_of_questions_gives_the_points_nbgrader_gives(assignment):
    cells = notebook(assignment).cells
    table = {int(q): float(p) for q, p in TABLE_ROW.findall(cells[0].source)}
    stated, graded, question = {}, {}, None
    for cell in cells:
        for number, value in QUESTION.findall(cell.source if cell.cell_type == "markdown" else ""):
            question = int(number)
            stated[question] = float(value)
        if is_grade(cell):
            graded[question] = graded.get(question, 0) + cell.metadata.nbgrader["points"]
    assert table == stated == graded
