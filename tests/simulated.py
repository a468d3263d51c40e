"""Simulated students and scratch courses, for any assignment in solutions/ (tests and benchmarks).

A kind of student is a way to turn the assignment's solution (or its release) into a submission;
nothing here knows a particular assignment:

- ``correct``: the solution notebook;
- ``wrong``: the solution, but in its last code answer that a test cell checks, every function
  returns None and every variable is None: the code runs, the answer is wrong;
- ``blank``: the release, untouched;
- ``endless``: the first code answer is an endless loop (nbgrader stops it at the cell time limit);
- ``crash``: the first code answer kills the Python kernel;
- ``swallow``: the first code answer loops and catches KeyboardInterrupt, so it cannot be stopped;
- ``garbage``: a file that is not a notebook;
- ``tampered`` (not in :data:`KINDS`): the release with the solution's answers, and its first test
  cell replaced by the student's own, which nbgrader puts back before grading.

:func:`expected` says what the grades of each kind must be; :func:`gradebook_state` reads a
gradebook into plain data, to compare two gradebooks.
"""

from __future__ import annotations

import ast
import copy
import html
import json
import re
import shutil
from pathlib import Path

from nbgrader.utils import is_grade, is_solution

from common import ROOT, read_notebook

KINDS = ("correct", "wrong", "blank", "endless", "crash", "swallow", "garbage")
NOT_GRADED = {"crash", "swallow", "garbage"}  # nbgrader cannot grade these: reported by name
BROKEN_CODE = {
    "endless": "while True:\n    pass\n",
    "crash": "import os\nos._exit(1)\n",
    "swallow": (
        "import time\nwhile True:\n    try:\n        time.sleep(0.1)\n"
        "    except KeyboardInterrupt:\n        pass\n"
    ),
}
TIMESTAMP = "2025-05-01 12:00:00.000000 UTC"
# A class of 100, as tests/test_grading.py and benchmarks/grading.py grade it.
CLASS_OF_100 = {
    "correct": 60,
    "wrong": 20,
    "blank": 12,
    "endless": 2,
    "crash": 2,
    "swallow": 1,
    "garbage": 3,
}


def grade_id(cell) -> str:
    return cell.metadata.nbgrader["grade_id"]


def points(cell) -> float:
    return cell.metadata.nbgrader["points"]


def is_code_answer(cell) -> bool:
    return cell.cell_type == "code" and is_solution(cell)


def is_test(cell) -> bool:
    return cell.cell_type == "code" and is_grade(cell)


def wrong(source: str) -> str:
    """``source`` with every top-level function returning None and every top-level variable None."""
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            node.body = [ast.Return(ast.Constant(None))]
        elif isinstance(node, ast.Assign):
            node.value = ast.Constant(None)
    return ast.unparse(tree)


def tampered(solution, release):
    """The release with the solution's answers, and its first test cell replaced by the
    student's own: what nbgrader puts back before grading."""
    notebook = copy.deepcopy(release)
    answers = {grade_id(c): c.source for c in solution.cells if is_solution(c)}
    for cell in notebook.cells:
        if is_solution(cell):
            cell.source = answers[grade_id(cell)]
    next(c for c in notebook.cells if is_test(c)).source = "pass  # my own test"
    return notebook


def submission(kind: str, solution, release) -> str:
    """The text of a notebook file that a student of ``kind`` submits."""
    if kind == "garbage":
        return "This is not a notebook.\n"
    if kind == "blank":
        return json.dumps(release)
    if kind == "tampered":
        return json.dumps(tampered(solution, release))
    notebook = copy.deepcopy(solution)
    changed = broken_answer(kind, notebook)
    if kind == "wrong":
        cell = notebook.cells[changed]
        cell.source = wrong(cell.source)
    elif kind in BROKEN_CODE:
        notebook.cells[changed].source = BROKEN_CODE[kind]
    return json.dumps(notebook)


def broken_answer(kind: str, notebook) -> int | None:
    """The index of the code answer that ``kind`` changes (None when it changes none).

    ``wrong`` changes the last code answer with a test cell after it (a last answer such as a
    learner's own table may have none), ``endless`` and the other broken kinds the first one.
    """
    answers = [i for i, c in enumerate(notebook.cells) if is_code_answer(c)]
    tests = [i for i, c in enumerate(notebook.cells) if is_test(c)]
    if kind == "wrong":
        return max(i for i in answers if any(t > i for t in tests))
    return answers[0] if kind in BROKEN_CODE else None


def expected(kind: str, solution) -> dict:
    """What the autograded cells of ``kind`` must score: {grade_id: points}, or a rule where it
    depends.

    Exact points for correct, blank and the kinds nbgrader cannot grade; for wrong and endless,
    the test cells before the changed answer keep their points and the one right after it scores 0.
    """
    tests = {i: cell for i, cell in enumerate(solution.cells) if is_test(cell)}
    if kind == "correct":
        return {grade_id(c): points(c) for c in tests.values()}
    if kind == "blank":
        return {grade_id(c): 0 for c in tests.values()}
    if kind in NOT_GRADED:  # nbgrader gave up: no score at all
        return {grade_id(c): None for c in tests.values()}
    changed = broken_answer(kind, solution)
    first_after = min((i for i in tests if i > changed), default=None)
    rule = {}
    for position, cell in tests.items():
        if position < changed:
            rule[grade_id(cell)] = points(cell)
        elif position == first_after:
            rule[grade_id(cell)] = 0
    return rule


def expected_scores(kind: str, assignment: str) -> dict:
    """:func:`expected` for every notebook of ``assignment``: {(notebook, grade_id): points}."""
    return {
        (path.stem, cell): points
        for path in sorted((ROOT / "solutions" / assignment).glob("*.ipynb"))
        for cell, points in expected(kind, read_notebook(path)).items()
    }


def autograded(state: dict, student: str) -> dict:
    """A student's grades in a :func:`gradebook_state`: {(notebook, grade_id): auto_score}."""
    return {
        key[-2:]: row["auto_score"]
        for key, row in state.items()
        if key[1] == student and key[2] == "grade"
    }


def scratch_course(folder: Path, assignments=None, gradebook: Path | None = None) -> Path:
    """A course folder with the course's nbgrader_config.py and its solutions/ (the lessons are not
    needed), and a copy of ``gradebook`` if given (conftest's ``empty_gradebook``)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", folder)
    for assignment in assignments or [p.name for p in (ROOT / "solutions").iterdir() if p.is_dir()]:
        shutil.copytree(ROOT / "solutions" / assignment, folder / "solutions" / assignment)
    if gradebook:
        shutil.copy(gradebook, folder / "gradebook.db")
    return folder


def class_of(mix: dict) -> list[tuple[str, str]]:
    """(student id, kind) for a class with ``mix[kind]`` students of each kind."""
    return [(f"{kind}-{i:03d}", kind) for kind, count in mix.items() for i in range(1, count + 1)]


def submit_all(course: Path, assignment: str, students: list[tuple[str, str]]) -> None:
    """Put each submission where `nbgrader collect` would: submitted/<id>/<assignment>/."""
    for name in sorted(p.name for p in (ROOT / "solutions" / assignment).glob("*.ipynb")):
        solution = read_notebook(ROOT / "solutions" / assignment / name)
        release = read_notebook(ROOT / "exercises" / assignment / name)
        for student, kind in students:
            folder = course / "submitted" / student / assignment
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(submission(kind, solution, release), encoding="utf-8")
            (folder / "timestamp.txt").write_text(TIMESTAMP)


def gradebook_state(db_url: str, course_id: str = "ai-at-work") -> dict:
    """Every submission in a gradebook as plain data (ids left out), to compare two gradebooks."""
    from nbgrader.api import Gradebook

    from course.teach.grading import rows_of, values

    state = {}
    with Gradebook(db_url, course_id) as gradebook:
        for assignment in gradebook.assignments:
            for submission in assignment.submissions:
                for key, row in rows_of(submission).items():
                    state[(assignment.name, submission.student.id, *key)] = values(row)
    return state


def grade_by_hand(db_url: str, assignment: str, student: str, share: float = 1.0) -> None:
    """A grader scores every answer of ``student`` that waits for it, ``share`` of its points,
    as the formgrader's Manual Grading does (nbgrader 0.9.6, formgrader/apihandlers.py,
    GradeHandler.put: the manual score, and no longer needing a manual grade)."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url, "ai-at-work") as gradebook:
        submission = gradebook.find_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                if grade.needs_manual_grade:
                    grade.manual_score = share * grade.max_score
                    grade.needs_manual_grade = False
        gradebook.db.commit()


def hidden_test_lines(notebook) -> list[str]:
    """Lines of the hidden tests that appear nowhere else in the notebook (so that they cannot
    leak by chance)."""
    inside, secret, public = False, set(), set()
    for cell in notebook.cells:
        for line in cell.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line or "END HIDDEN TESTS" in line:
                inside = "BEGIN" in line
                continue
            (secret if inside else public).add(line.strip())
    # A line that is part of a visible line (a call the answer also makes) is not a secret either.
    shown = "\n".join(public)
    return sorted(line for line in secret - public if len(line) > 3 and line not in shown)


def visible_text(page: str) -> str:
    """What a browser shows of an HTML page: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))
