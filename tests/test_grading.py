"""`ai-course grade` on a class of 100, and against nbgrader's own sequential autograde.

A class of 100 simulated submissions of one assignment (60 correct, 20 wrong, 12 blank, and 8
broken ones: endless loops, kernels that die, a loop that catches KeyboardInterrupt, files that
are not notebooks) is graded by the `ai-course grade` command with two workers. Every grade is
checked against what its kind must get; the broken ones that nbgrader cannot grade are named in
the summary, and only they.

A second course gets one student of each kind, with the same ids and files, graded by nbgrader's
own sequential autograde (what `nbgrader autograde <assignment>` does). Their gradebook rows must
be the same as in the class of 100, row by row. Grading again must leave the gradebook as it is.
benchmarks/grading.py times the class of 100 against nbgrader's sequential autograde.

What nbgrader has no API for (copying a gradebook, why a submission failed, whether it was
skipped) is checked here too, so that an nbgrader upgrade that changes it fails with a message
that says which function of course/teach/ to re-check.
"""

import contextlib
import io
import os
import shutil
import subprocess

import nbgrader
import pytest
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.reader import NotJSONError

from common import CLASS_ASSIGNMENT, tool_env
from course import cli
from course.teach import classroom, grading, records
from simulated import (
    CLASS_OF_100,
    KINDS,
    NOT_GRADED,
    autograded,
    class_of,
    expected_scores,
    gradebook_state,
    scratch_course,
    submit_all,
)

slow = pytest.mark.slow  # the class of 100: a minute or two on two cores

ASSIGNMENT = CLASS_ASSIGNMENT
OPTIONS = ["--Execute.timeout=5"]  # every cell of a solution runs well within it
CLASS = class_of(CLASS_OF_100)
# One of each kind, with the ids of the first of each kind in the class of 100. The loop that
# catches KeyboardInterrupt (~3 cell time limits) is left to the class of 100.
ONE_OF_EACH = class_of({kind: 1 for kind in KINDS if kind != "swallow"})


def db_url(course):
    return f"sqlite:///{course / 'gradebook.db'}"


def run_cli(course, *args):
    """`ai-course <args>` in ``course``, in this process; its exit code and what it printed."""
    out = io.StringIO()
    with classroom.working_directory(course), contextlib.redirect_stdout(out):
        code = cli.main([*args, *OPTIONS])
    return code, out.getvalue()


def released(folder, students, gradebook):
    """A scratch course with the assignment generated (nbgrader's API) and ``students``'
    submissions."""
    course = scratch_course(folder, [ASSIGNMENT], gradebook)
    with classroom.working_directory(course):
        api = classroom.nbgrader_api(classroom.nbgrader_config(course, OPTIONS))
        classroom.require(api.generate_assignment(ASSIGNMENT), "generate")
    submit_all(course, ASSIGNMENT, students)
    return course, api


@pytest.fixture(scope="module")
def graded(tmp_path_factory, empty_gradebook):
    """The class of 100, graded by the `ai-course grade` command."""
    course, _ = released(tmp_path_factory.mktemp("class"), CLASS, empty_gradebook)
    run = subprocess.run(
        ["ai-course", "grade", ASSIGNMENT, "--workers=2", *OPTIONS],
        cwd=course,
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    return course, run


@pytest.fixture(scope="module")
def sequential(tmp_path_factory, empty_gradebook):
    """One student of each kind, graded by nbgrader's own autograde, all at once."""
    course, api = released(tmp_path_factory.mktemp("sequential"), ONE_OF_EACH, empty_gradebook)
    with classroom.working_directory(course):
        result = api.autograde(ASSIGNMENT, "*", force=False)
    return course, result


def recheck(function: str, module: str = "grading") -> str:
    return (
        f"nbgrader {nbgrader.__version__} no longer does what {module}.{function} was checked "
        "against (nbgrader 0.9.6, see its docstring): re-check it"
    )


@slow
def test_a_class_of_100_is_graded(graded):
    course, run = graded
    assert len(CLASS) == 100
    assert run.returncode == 1, run.stderr  # some could not be graded
    graded_ones = 100 - sum(CLASS_OF_100[k] for k in NOT_GRADED)
    assert f"{graded_ones} of 100 submissions of {ASSIGNMENT} graded" in run.stdout
    progress = [line for line in run.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == 100 and progress[-1].startswith("[100/100]")


@slow
def test_every_grade_is_what_its_kind_must_get(graded):
    course, _ = graded
    state = gradebook_state(db_url(course))
    rules = {kind: expected_scores(kind, ASSIGNMENT) for kind in CLASS_OF_100}
    for student, kind in CLASS:
        scores = autograded(state, student)
        assert {cell: scores[cell] for cell in rules[kind]} == rules[kind], (student, kind)


@slow
def test_parallel_grading_gives_nbgraders_own_gradebook(graded, sequential):
    (course, _), (alone, nbgrader) = graded, sequential
    assert not nbgrader["success"], "nbgrader itself reports the broken submissions as failures"
    ids = {student for student, _ in ONE_OF_EACH}
    parallel = {key: row for key, row in gradebook_state(db_url(course)).items() if key[1] in ids}
    assert sorted({key[1] for key in parallel}) == sorted(ids)
    assert parallel == gradebook_state(db_url(alone))


@slow
def test_broken_submissions_are_reported_by_name_and_the_others_graded(graded):
    course, run = graded
    for student, kind in CLASS:
        line = next(line for line in run.stdout.splitlines() if f"] {student}: " in line)
        assert ("NOT GRADED" in line) == (kind in NOT_GRADED), line
    summary = run.stdout.split("Not graded", 1)[1].splitlines()[1:]
    named = sorted(line.split(":")[0].strip() for line in summary if line.startswith("  "))
    assert named == sorted(student for student, kind in CLASS if kind in NOT_GRADED)
    for student, kind in CLASS:
        assert (course / "autograded" / student / ASSIGNMENT).is_dir() == (
            kind not in NOT_GRADED
        ), student


@slow
def test_each_kind_of_failure_is_told_by_what_nbgrader_shows(graded):
    """grading.diagnose reads the exception in nbgrader's log, and the autograded notebook."""
    _, run = graded
    told = {
        "garbage": grading.FAILURES[NotJSONError],
        "crash": grading.FAILURES[DeadKernelError],
        "swallow": grading.FAILURES[CellTimeoutError],  # a loop that catches KeyboardInterrupt
        "endless": grading.TIMED_OUT,  # stopped at the time limit, and graded
        "correct": "",
    }
    for kind, meaning in told.items():
        line = next(line for line in run.stdout.splitlines() if f"] {kind}-001: " in line)
        if meaning:
            assert meaning in line, f"{recheck('diagnose')}. A {kind} submission: {line}"
        else:
            assert line.endswith(" s)") and ";" not in line, f"{recheck('diagnose')}: {line}"


@slow
def test_grading_again_leaves_the_same_gradebook(graded):
    course, _ = graded
    before = gradebook_state(db_url(course))
    # Without --force the graded ones are skipped and the broken ones tried again, as nbgrader does.
    code, printed = run_cli(
        course, "grade", ASSIGNMENT, "--workers=1", "--student=correct-001", "--student=garbage-001"
    )
    assert code == 1 and "garbage-001: NOT GRADED" in printed
    again = next(line for line in printed.splitlines() if "correct-001: " in line)
    assert again.endswith("(graded before; --force grades it again)"), recheck("skipped")
    assert gradebook_state(db_url(course)) == before
    code, printed = run_cli(
        course,
        "grade",
        ASSIGNMENT,
        "--workers=1",
        "--force",
        "--student=correct-001",
        "--student=wrong-001",
    )
    assert code == 0 and "graded before" not in printed
    assert gradebook_state(db_url(course)) == before


@slow
def test_a_worker_that_dies_costs_no_one_else_their_grade(graded, monkeypatch):
    """If a worker process dies, its students are reported, left ungraded, and graded by the next
    run."""
    course, _ = graded
    before = gradebook_state(db_url(course))
    folder = course / "autograded" / "correct-002" / ASSIGNMENT
    shutil.rmtree(folder)
    monkeypatch.setattr(grading, "grade_one", kill_the_worker)
    with classroom.working_directory(course):
        results = grading.grade(
            classroom.nbgrader_config(course, OPTIONS),
            ASSIGNMENT,
            workers=1,
            students=["correct-002"],
            say=lambda line: None,
        )
    assert [r.graded for r in results] == [False] and "BrokenProcessPool" in results[0].problem
    assert not folder.exists()
    assert gradebook_state(db_url(course)) == before


def kill_the_worker(assignment, student, force):
    """Grade as usual (nbgrader writes autograded/), then die before the grades reach the
    teacher."""
    grading.grade_one(assignment, student, force)
    os._exit(1)


def test_the_workers_copy_is_the_whole_gradebook(tmp_path, empty_gradebook):
    """records.copy_gradebook: every table and row of a gradebook that nbgrader made, and the
    schema revision that nbgrader's migrations lead to."""
    from alembic.script import ScriptDirectory
    from nbgrader.api import Gradebook
    from nbgrader.dbutil import ALEMBIC_DIR

    source = tmp_path / "gradebook.db"
    shutil.copy(empty_gradebook, source)
    with Gradebook(f"sqlite:///{source}", "ai-at-work") as gradebook:
        gradebook.add_assignment(ASSIGNMENT)
        gradebook.add_notebook("notebook", ASSIGNMENT)
        gradebook.add_grade_cell("test", "notebook", ASSIGNMENT, max_score=2, cell_type="code")
        gradebook.add_solution_cell("answer", "notebook", ASSIGNMENT)
        gradebook.add_task_cell("task", "notebook", ASSIGNMENT, max_score=1, cell_type="markdown")
        gradebook.add_source_cell(
            "test", "notebook", ASSIGNMENT, cell_type="code", source="assert True", checksum="x"
        )
        gradebook.add_student("ada-1")
        gradebook.add_submission(ASSIGNMENT, "ada-1")
        records.copy_gradebook(gradebook.engine, tmp_path / "copy.db")
    original, copy = every_row(source), every_row(tmp_path / "copy.db")
    assert all(original.values()), "every table of the original has a row to copy"
    for table, rows in original.items():
        assert copy.get(table) == rows, (
            f"{recheck('copy_gradebook', 'records')}: table {table} differs"
        )
    head = ScriptDirectory(ALEMBIC_DIR).get_current_head()
    assert copy["alembic_version"] == [(head,)], recheck("copy_gradebook", "records")


def every_row(path) -> dict:
    """Every table of a SQLite database, with its rows."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    tables = sqlalchemy.MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        rows = {
            name: sorted(tuple(row) for row in connection.execute(table.select()))
            for name, table in tables.tables.items()
        }
    engine.dispose()
    return rows


def test_an_unknown_failure_is_told_by_its_last_exception(tmp_path):
    submitted, autograded = tmp_path / "submitted", tmp_path / "autograded"
    submitted.mkdir()
    failed = {"success": False, "log": "[ERROR] Something\n", "error": "Traceback\n"}
    assert grading.diagnose(failed, submitted, autograded) == grading.NO_NOTEBOOK
    (submitted / "answer.ipynb").write_text("{}")
    log = "[ERROR] There was an error\n    sqlalchemy.exc.OperationalError: database is locked\n"
    assert (
        grading.diagnose({"success": False, "log": log}, submitted, autograded)
        == "nbgrader stopped with sqlalchemy.exc.OperationalError: database is locked"
    )
    assert grading.diagnose({"success": True}, submitted, autograded) == ""
