"""The nbgrader round trip, for every assignment in solutions/.

A new assignment is covered by adding it to solutions/: no new test code. For each one, a scratch
course directory with the course's own nbgrader_config.py generates the release, then autogrades
one batch of four submissions, as `nbgrader autograde <assignment>` would:

- ``perfect``: the solution notebook, which must get every autograded point;
- ``blank``: the untouched release, which must get none;
- ``hidden``: the solution, failing a hidden test in every test cell that has hidden tests (the
  scratch course adds one, which fails only for this student);
- ``garbage``: a file that is not a notebook at all, which must be reported without costing the
  others any points.

Then `ai-course feedback` makes each graded student's page, which must show no hidden test.
Endless loops, kernels that die and loops that catch KeyboardInterrupt do not depend on the
assignment: test_grading.py's class of 100 has them, graded beside the others.

The tests drive nbgrader through its Python API (the same converters as its command line, for
all students at once), because starting nbgrader's command line costs seconds per call.
"""

import json
import re
import shutil
from types import SimpleNamespace

import pytest
from nbgrader.api import Gradebook, MissingEntry

from common import ASSIGNMENTS, ROOT, cell_source, read_notebook
from course import topics
from course.teach import classroom
from simulated import hidden_test_lines, scratch_course, visible_text

CELL_TIMEOUT = 5  # s: every cell of a solution runs well within it
STUDENTS = ("perfect", "blank", "hidden", "garbage")
# The scratch course's extra hidden test: it fails only where the answer sets FAIL_HIDDEN.
FAIL_HIDDEN = "_fail_the_hidden_tests"
MARKER = "hidden-marker-that-no-student-may-read"
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")


def succeeded(result: dict) -> bool:
    assert result["success"], result.get("error") or result.get("log")
    return True


def is_answer(cell):
    return cell["metadata"].get("nbgrader", {}).get("solution", False)


def with_a_failing_hidden_test(path):
    """Add to every hidden region of the solution a test that fails for the ``hidden`` student
    only."""
    notebook = read_notebook(path)
    for cell in notebook["cells"]:
        source = cell_source(cell)
        if "END HIDDEN TESTS" in source:
            test = f'assert not globals().get("{FAIL_HIDDEN}"), "{MARKER}"\n'
            cell["source"] = source.replace("### END HIDDEN TESTS", test + "### END HIDDEN TESTS")
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def failing_hidden(notebook: dict) -> dict:
    """The solution, with its first code answer setting the flag that fails the added hidden
    test."""
    first = next(c for c in notebook["cells"] if c["cell_type"] == "code" and is_answer(c))
    first["source"] = cell_source(first) + f"\n{FAIL_HIDDEN} = True\n"
    return notebook


def notebooks(folder):
    return sorted(p.name for p in folder.glob("*.ipynb"))


@pytest.fixture(scope="module")
def graded(request, tmp_path_factory, empty_gradebook):
    """A scratch course with the assignment released and one batch of submissions autograded
    (``request.param``: the assignment, from the test classes' parametrization below)."""
    assignment = request.param
    course = scratch_course(tmp_path_factory.mktemp(assignment), [assignment], empty_gradebook)
    for path in (course / "solutions" / assignment).glob("*.ipynb"):
        with_a_failing_hidden_test(path)
    # nbgrader's settings as `nbgrader` reads them in the course folder: the course's own file
    config = classroom.nbgrader_config(course, [f"--Execute.timeout={CELL_TIMEOUT}"])
    api = classroom.nbgrader_api(config)
    succeeded(api.generate_assignment(assignment))

    source, release = course / "solutions" / assignment, course / "exercises" / assignment
    for student in STUDENTS:
        (course / "submitted" / student / assignment).mkdir(parents=True)
    for name in notebooks(source):
        target = f"submitted/{{}}/{assignment}/{name}"
        shutil.copy(source / name, course / target.format("perfect"))
        shutil.copy(release / name, course / target.format("blank"))
        (course / target.format("hidden")).write_text(
            json.dumps(failing_hidden(read_notebook(source / name)))
        )
        (course / target.format("garbage")).write_text("This is not a notebook.\n")

    autograde = api.autograde(assignment, "*")  # the whole batch, like the command line
    with classroom.working_directory(course):
        feedback_failed = classroom.feedback(config, assignment, say=lambda line: None)
    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in STUDENTS:
            for name in notebooks(source):
                try:
                    submission = gradebook.find_submission_notebook(name[:-6], assignment, student)
                except MissingEntry:
                    continue
                scores[student, name] = {
                    grade.name: (grade.auto_score, grade.max_score)
                    for grade in submission.grades
                    if grade.cell_type == "code"
                }
    return SimpleNamespace(
        assignment=assignment,
        course=course,
        names=notebooks(source),
        scores=scores,
        log=autograde.get("log", "") + (autograde.get("error") or ""),
        feedback_failed=feedback_failed,
    )


def page_text(graded, student, name):
    """What the student sees of their feedback page for notebook ``name``."""
    page = (
        graded.course / "feedback" / student / graded.assignment / name.replace(".ipynb", ".html")
    )
    return visible_text(page.read_text(encoding="utf-8"))


class RoundTrip:
    """The round trip's checks, for each assignment its class below is parametrized with."""

    def test_committed_release_equals_a_fresh_generation(self, graded):
        fresh, committed = (
            graded.course / "exercises" / graded.assignment,
            ROOT / "exercises" / graded.assignment,
        )
        files = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
        assert files == sorted(
            p.relative_to(committed) for p in committed.rglob("*") if p.is_file()
        )
        for name in files:
            assert (fresh / name).read_bytes() == (committed / name).read_bytes(), (
                f"exercises/{graded.assignment}/{name} is out of date: run "
                f"`nbgrader generate_assignment {graded.assignment} --no-db --force` "
                "from the course folder"
            )

    def test_solution_passes_its_visible_and_hidden_tests(self, graded):
        for name in graded.names:
            scores = graded.scores["perfect", name]
            assert scores, "the solution has no autograded test cells"
            failed = [cell for cell, (got, best) in scores.items() if got != best]
            assert not failed, f"{name}: the solution fails {failed}"

    def test_untouched_release_fails_every_test_cell(self, graded):
        for name in graded.names:
            passed = [cell for cell, (got, _) in graded.scores["blank", name].items() if got]
            assert not passed, f"{name}: these test cells pass without an answer: {passed}"

    def test_a_file_that_is_not_a_notebook_scores_nothing_and_is_reported(self, graded):
        assert re.search(r"error processing assignment.*garbage", graded.log, re.IGNORECASE)
        for name in graded.names:
            assert not any(got for got, _ in graded.scores.get(("garbage", name), {}).values())

    def test_a_failed_hidden_test_costs_the_points_of_its_cells(self, graded):
        for name in graded.names:
            cells = graded.scores["hidden", name]
            hidden = [
                c
                for c in read_notebook(graded.course / "solutions" / graded.assignment / name)[
                    "cells"
                ]
                if "END HIDDEN TESTS" in cell_source(c)
            ]
            lost = [cell for cell, (got, best) in cells.items() if got != best]
            assert len(lost) == len(hidden) > 0, f"{name}: {lost}"

    def test_feedback_pages_show_no_hidden_test_but_say_what_failed(self, graded):
        assert graded.feedback_failed == []
        for name in graded.names:
            secret = hidden_test_lines(
                read_notebook(graded.course / "solutions" / graded.assignment / name)
            )
            assert f'assert not globals().get("{FAIL_HIDDEN}"), "{MARKER}"' in secret
            pages = {
                student: page_text(graded, student, name)
                for student in ("perfect", "blank", "hidden")
            }
            for student, text in pages.items():
                leaked = [line for line in secret if line in text]
                assert not leaked and MARKER not in text, (student, leaked[:3])
                assert "Score:" in text
            assert "✔ Passed" in pages["perfect"]
            assert "a hidden test failed (AssertionError)" in pages["hidden"]
            # the blank answer fails visible checks, and each check's hint reaches the student
            blank = read_notebook(graded.course / "autograded" / "blank" / graded.assignment / name)
            hints = [
                o["evalue"]
                for c in blank["cells"]
                for o in c.get("outputs", [])
                if o["output_type"] == "error"
            ]
            assert hints and all(hint in pages["blank"] for hint in hints)
            assert "✘ Not passed: the visible check on line" in pages["blank"]


# Two classes, so that pytest-xdist (--dist loadscope) can give the build track's round trips to one
# worker and the explore track's to the other: each track's are some 50 seconds of work.
@pytest.mark.slow
@pytest.mark.parametrize(
    "graded", [a for a in ASSIGNMENTS if not a.endswith("_explore")], indirect=True
)
class TestBuildTrack(RoundTrip):
    pass


@pytest.mark.slow
@pytest.mark.parametrize(
    "graded", [a for a in ASSIGNMENTS if a.endswith("_explore")], indirect=True
)
class TestExploreTrack(RoundTrip):
    pass


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_holds_no_solution_and_no_hidden_test(assignment):
    for name in notebooks(ROOT / "solutions" / assignment):
        source = read_notebook(ROOT / "solutions" / assignment / name)
        release_cells = read_notebook(ROOT / "exercises" / assignment / name)["cells"]
        release = {
            line.strip() for cell in release_cells for line in cell_source(cell).splitlines()
        }
        secret, public = set(), set()
        for cell in source["cells"]:
            inside = cell["cell_type"] == "markdown" and is_answer(
                cell
            )  # a written answer is all secret
            for line in cell_source(cell).splitlines():
                if any(marker in line for marker in MARKERS):
                    inside = "BEGIN" in line
                    continue
                (secret if inside else public).add(line.strip())
        leaked = [line for line in secret - public if line and line in release]
        leaked += [marker for marker in MARKERS if any(marker in line for line in release)]
        assert not leaked, f"{name}: the release shows {leaked[:5]}"
        assert secret - public, "the source has no solution or hidden test to hide"


TEACHER_SECTIONS = [
    "## In class",
    "## Common misconceptions",
    "## Rubric:",
    "## What the autograded questions test",
]
EXPLORE_SECTIONS = ["## Rubric (explore track):", "## What the explore track's questions test"]


@pytest.mark.parametrize("topic", topics.TOPICS, ids=lambda t: t.name)
def test_teachers_have_a_note_with_the_rubric_of_each_assignment(topic):
    note = (ROOT / "teachers" / f"{topic.name}.md").read_text(encoding="utf-8")
    sections = TEACHER_SECTIONS + EXPLORE_SECTIONS
    positions = [note.find(section) for section in sections]
    assert -1 not in positions and positions == sorted(positions), sections
