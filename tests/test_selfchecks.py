"""The visible checks (self-checks) against the mistakes students make.

For a self-learner the self-check is the only teacher. For every assignment:

- the solution passes every visible check;
- every mistake in tests/mistakes/<assignment>.py fails a visible check of its question, with a
  hint that names the mistake (never another exception from the test cell itself);
- every autograded question has mistakes listed for it.

The notebook runs here in this process, cell after cell, without its hidden tests and without a
kernel: the visible checks are plain Python, so this costs milliseconds per mistake.
"""

import contextlib
import io
import re

import pytest
from nbgrader.utils import is_grade, is_solution

from common import ASSIGNMENTS, ROOT, read_notebook
from course.selfcheck import NotYet
from mistakes import mistakes

HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[^\n]*\n?", re.M | re.S)
MIN_MISTAKES = 2  # per autograded question


def cells(assignment: str) -> list[tuple[str, str, str]]:
    """The code cells of the solution as (kind, grade_id, source): kind is "answer", "test" or
    "code"; test cells without their hidden tests."""
    found = []
    for cell in read_notebook(ROOT / "solutions" / assignment / f"{assignment}.ipynb").cells:
        if cell.cell_type != "code":
            continue
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if is_grade(cell):
            found.append(("test", grade_id, HIDDEN.sub("", cell.source)))
        elif is_solution(cell):
            found.append(("answer", grade_id, cell.source))
        else:
            found.append(("code", grade_id, cell.source))
    return found


def run(notebook: list[tuple[str, str, str]]) -> dict[str, BaseException | None]:
    """Run the cells in one namespace, as a kernel would; each test cell's exception (or None)."""
    namespace = {"__name__": "__main__"}
    results = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for kind, grade_id, source in notebook:
            # An explorer is for the learner to see: no check reads it, and it is slow to build.
            if kind == "code" and ".explorer()" in source:
                continue
            try:
                exec(compile(source, f"<cell {grade_id}>", "exec"), namespace)
            except Exception as error:  # a test cell's failure is the result; any other is a bug
                if kind != "test":
                    raise
                results[grade_id] = error
            else:
                if kind == "test":
                    results[grade_id] = None
    return results


def with_answer(notebook, question: str, code: str):
    replaced = [
        (kind, gid, code if kind == "answer" and gid == question else source)
        for kind, gid, source in notebook
    ]
    assert replaced != notebook, f"the solution has no answer cell {question!r}"
    return replaced


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_solution_passes_every_visible_check(assignment):
    failed = {gid: error for gid, error in run(cells(assignment)).items() if error is not None}
    assert not failed, failed


@pytest.mark.parametrize(
    "assignment, mistake",
    [(a, m) for a in ASSIGNMENTS for m in mistakes(a)],
    ids=lambda value: f"{value.question}: {value.what}" if hasattr(value, "what") else value,
)
def test_a_mistake_fails_a_visible_check_whose_hint_names_it(assignment, mistake):
    results = run(with_answer(cells(assignment), mistake.question, mistake.code))
    failures = {gid: error for gid, error in results.items() if error is not None}
    assert failures, f"{mistake.what}: every visible check passes (a ✔ for wrong code)"
    raw = {gid: error for gid, error in failures.items() if not isinstance(error, NotYet)}
    assert not raw, f"a test cell stopped with an exception of its own, not a hint: {raw}"
    hints = [str(error) for error in failures.values()]
    assert any(mistake.hint.lower() in hint.lower() for hint in hints), (
        f"{mistake.what}: no hint says {mistake.hint!r}; the hints were {hints}"
    )


@pytest.mark.parametrize("assignment", [a for a in ASSIGNMENTS if mistakes(a)])
def test_every_autograded_question_has_mistakes_to_catch(assignment):
    answers = [gid for kind, gid, _ in cells(assignment) if kind == "answer"]
    counted = {question: 0 for question in answers}
    for mistake in mistakes(assignment):
        assert mistake.question in counted, f"no answer cell {mistake.question!r}"
        counted[mistake.question] += 1
    few = {question: n for question, n in counted.items() if n < MIN_MISTAKES}
    assert not few, f"questions with fewer than {MIN_MISTAKES} mistakes listed: {few}"
