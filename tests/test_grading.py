"""`ai-course grade` against nbgrader's own sequential autograde, on one student of every kind.

Two scratch courses get the same class: one is graded by nbgrader's `autograde` for all students
at once (what `nbgrader autograde <assignment>` does), the other by `ai-course grade` with two
workers. The gradebooks must be the same, row by row. The broken submissions must be reported by
name, and a second run must leave the gradebook as it is.
"""

import contextlib
import io
import shutil

import pytest

from conftest import ASSIGNMENTS, tool_env
from course import classroom, cli, grading
from simulated import KINDS, NOT_GRADED, autograded, class_of, expected_scores, gradebook_state, scratch_course, submit_all

pytestmark = pytest.mark.slow  # a class with an endless loop, graded twice: ~1 min

ASSIGNMENT = ASSIGNMENTS[0]
OPTIONS = ["--Execute.timeout=5"]  # every cell of a solution runs well within it
# One student of each kind; the loop that catches KeyboardInterrupt (~3 cell time limits) is left
# to test_class_scale.py, which checks that nbgrader could not grade it and that it is named.
CLASS = class_of({kind: 1 for kind in KINDS if kind != "swallow"})


def db_url(course):
    return f"sqlite:///{course / 'gradebook.db'}"


def run_cli(course, *args):
    """`ai-course <args>` in ``course``; its exit code and what it printed."""
    out = io.StringIO()
    with classroom.working_directory(course), contextlib.redirect_stdout(out):
        code = cli.main([*args, *OPTIONS])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    """The same class graded sequentially by nbgrader and in parallel by `ai-course grade`."""
    import os

    os.environ["PATH"] = tool_env()["PATH"]
    made = {}
    for name in ("sequential", "parallel"):
        course = scratch_course(tmp_path_factory.mktemp(name), [ASSIGNMENT])
        config = classroom.nbgrader_config(course, OPTIONS)
        with classroom.working_directory(course):
            classroom.require(classroom.nbgrader_api(config).generate_assignment(ASSIGNMENT), "generate")
        submit_all(course, ASSIGNMENT, CLASS)
        made[name] = course
    with classroom.working_directory(made["sequential"]):
        config = classroom.nbgrader_config(made["sequential"], OPTIONS)
        nbgrader = classroom.nbgrader_api(config).autograde(ASSIGNMENT, "*", force=False)
    code, printed = run_cli(made["parallel"], "grade", ASSIGNMENT, "--workers=2")
    return made, nbgrader, code, printed


def test_parallel_grading_gives_nbgraders_own_gradebook(courses):
    made, nbgrader, _, _ = courses
    assert not nbgrader["success"], "nbgrader itself reports the broken submissions as failures"
    sequential, parallel = gradebook_state(db_url(made["sequential"])), gradebook_state(db_url(made["parallel"]))
    assert sorted({key[1] for key in parallel}) == sorted(student for student, _ in CLASS)
    assert parallel == sequential


def test_every_kind_of_student_gets_the_grades_of_its_kind(courses):
    made, *_ = courses
    state = gradebook_state(db_url(made["parallel"]))
    for student, kind in CLASS:
        scores, rule = autograded(state, student), expected_scores(kind, ASSIGNMENT)
        assert {cell: scores[cell] for cell in rule} == rule, (student, kind)


def test_broken_submissions_are_reported_by_name_and_the_others_graded(courses):
    made, _, code, printed = courses
    assert code == 1
    for student, kind in CLASS:
        line = next(line for line in printed.splitlines() if f"] {student}: " in line)
        assert ("NOT GRADED" in line) == (kind in NOT_GRADED), line
    assert "the file is not a notebook" in printed
    assert "kernel died" in printed
    assert "a cell ran past the time limit; it was stopped" in printed  # the endless loop, graded
    summary = printed.split("Not graded")[1]
    assert sorted(line.split(":")[0].strip() for line in summary.splitlines()[1:] if line.startswith("  ")) == \
        sorted(student for student, kind in CLASS if kind in NOT_GRADED)
    autograded = made["parallel"] / "autograded"
    assert sorted(p.parent.name for p in autograded.glob(f"*/{ASSIGNMENT}")) == sorted(s for s, k in CLASS if k not in NOT_GRADED)


def test_grading_again_leaves_the_same_gradebook(courses):
    made, *_ = courses
    before = gradebook_state(db_url(made["parallel"]))
    # Without --force the graded ones are skipped and the broken ones tried again, as nbgrader does.
    code, printed = run_cli(made["parallel"], "grade", ASSIGNMENT, "--workers=1", "--student=correct-001",
                            "--student=garbage-001")
    assert code == 1 and printed.count("graded before") == 1 and "garbage-001: NOT GRADED" in printed
    assert gradebook_state(db_url(made["parallel"])) == before
    code, printed = run_cli(made["parallel"], "grade", ASSIGNMENT, "--workers=1", "--force",
                            "--student=correct-001", "--student=wrong-001")
    assert code == 0 and "graded before" not in printed
    assert gradebook_state(db_url(made["parallel"])) == before


def test_a_worker_that_dies_costs_no_one_else_their_grade(courses, monkeypatch):
    """If a worker process dies, its students are reported, left ungraded, and graded by the next run."""
    made, *_ = courses
    course = made["parallel"]
    before = gradebook_state(db_url(course))
    graded = course / "autograded" / "correct-001" / ASSIGNMENT
    shutil.rmtree(graded)
    monkeypatch.setattr(grading, "grade_one", kill_the_worker)
    with classroom.working_directory(course):
        outcomes = grading.grade(classroom.nbgrader_config(course, OPTIONS), ASSIGNMENT, workers=1,
                                 students=["correct-001"], say=lambda line: None)
    assert [o.graded for o in outcomes] == [False] and "BrokenProcessPool" in outcomes[0].problem
    assert not graded.exists()
    assert gradebook_state(db_url(course)) == before


def kill_the_worker(assignment, student, force):
    """Grade as usual (nbgrader writes autograded/), then die before the grades reach the teacher."""
    import os

    grading.grade_one(assignment, student, force)
    os._exit(1)
