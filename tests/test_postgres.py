"""The teacher's commands with the gradebook on a real PostgreSQL server, started on loopback.

The same class is graded twice: with the gradebook on PostgreSQL by `ai-course grade` (two
workers), and with it on SQLite by nbgrader's own sequential autograde. The gradebooks must be
the same. A grader who types a manual score while `ai-course grade` runs keeps it.
"""

import contextlib
import io

import pytest
from nbgrader.utils import parse_utc

from common import CLASS_ASSIGNMENT
from course import cli
from course.teach import classroom, grading
from services import postgres
from simulated import class_of, gradebook_state, scratch_course, submit_all

pytestmark = pytest.mark.slow  # a PostgreSQL server, and a class graded three times: ~1 min

ASSIGNMENT = CLASS_ASSIGNMENT
CLASS = class_of({"correct": 2, "wrong": 1, "garbage": 1})


@pytest.fixture(scope="module")
def server():
    with postgres() as url:
        yield url


@pytest.fixture(scope="module")
def graded(server, tmp_path_factory, empty_gradebook):
    exchange = tmp_path_factory.mktemp("exchange")
    pg = scratch_course(tmp_path_factory.mktemp("postgres"), [ASSIGNMENT])
    options = [
        f"--CourseDirectory.db_url={server}",
        f"--Exchange.root={exchange}",
        "--Execute.timeout=5",
    ]
    printed = io.StringIO()
    with classroom.working_directory(pg), contextlib.redirect_stdout(printed):
        assert cli.main(["release", ASSIGNMENT, "--due", "2100-01-01 12:00 UTC", *options]) == 0
        submit_all(pg, ASSIGNMENT, CLASS)
        assert cli.main(["grade", ASSIGNMENT, "--workers=2", *options]) == 1  # the garbage one
    sqlite = scratch_course(tmp_path_factory.mktemp("sqlite"), [ASSIGNMENT], empty_gradebook)
    config = classroom.nbgrader_config(sqlite, ["--Execute.timeout=5"])
    with classroom.working_directory(sqlite):
        api = classroom.nbgrader_api(config)
        classroom.require(api.generate_assignment(ASSIGNMENT), "generate")
        with api.gradebook as gradebook:
            gradebook.update_or_create_assignment(
                ASSIGNMENT, duedate=parse_utc("2100-01-01 12:00 UTC")
            )
        submit_all(sqlite, ASSIGNMENT, CLASS)
        api.autograde(ASSIGNMENT, "*", force=False)
    return pg, options, server, sqlite, printed.getvalue()


def test_the_gradebook_is_on_postgresql(graded):
    _, _, url, sqlite, printed = graded
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    with engine.connect() as connection:
        assert connection.dialect.name == "postgresql"
        assert connection.execute(
            sqlalchemy.text("SELECT count(*) FROM submitted_assignment")
        ).scalar() == len(CLASS)
    engine.dispose()
    assert not (graded[0] / "gradebook.db").exists()
    assert f"garbage-001: NOT GRADED: {grading.DAMAGED}" in printed


def test_parallel_grading_on_postgresql_equals_nbgrader_on_sqlite(graded):
    _, _, url, sqlite, _ = graded
    assert gradebook_state(url) == gradebook_state(f"sqlite:///{sqlite / 'gradebook.db'}")


def test_feedback_and_report_read_the_postgresql_gradebook(graded):
    pg, options, url, _, _ = graded
    with classroom.working_directory(pg), contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["feedback", ASSIGNMENT, "--partial", *options]) == 0
        assert cli.main(["report", "--output", str(pg / "reports"), *options]) == 0
    state = gradebook_state(url)
    for student, _ in CLASS:
        score = sum(
            row["auto_score"] or 0
            for key, row in state.items()
            if key[1] == student and key[2] == "grade"
        )
        if student != "garbage-001":
            page = next((pg / "feedback" / student / ASSIGNMENT).glob("*.html")).read_text()
            assert f"Score: {score:g}" in page or f"Score: {score:.1f}" in page
    grades = (pg / "reports" / "grades.csv").read_text().splitlines()
    assert len(grades) == 1 + len(CLASS)


def test_a_manual_score_typed_during_grading_is_kept(graded):
    """A second grader scores a cell by hand while `ai-course grade --force` runs: the score
    stays."""
    from nbgrader.api import Gradebook

    pg, options, url, _, _ = graded
    before = gradebook_state(url)
    reported, typed = [], {}

    def grader_at_work(line):
        if "] " in line and ":" in line:
            reported.append(line.split("] ", 1)[1].split(":")[0])
        # after the first result, before the others are written
        if len(reported) == 1 and not typed:
            student = next(s for s, kind in CLASS if kind == "correct" and s not in reported)
            key = next(key for key in before if key[1] == student and key[2] == "grade")
            with Gradebook(url, "ai-at-work") as gradebook:
                gradebook.find_grade(key[4], key[3], ASSIGNMENT, student).manual_score = 0.5
                gradebook.db.commit()
            typed.update(student=student, key=key)

    with classroom.working_directory(pg):
        config = classroom.nbgrader_config(pg, options)
        grading.grade(config, ASSIGNMENT, workers=2, force=True, say=grader_at_work)
    assert typed and reported.index(typed["student"]) > 0  # graded after the score was typed
    after = gradebook_state(url)
    key = typed["key"]
    assert after[key]["manual_score"] == 0.5
    after[key]["manual_score"] = None
    changed = {k for k in after if after[k] != before[k]}
    assert changed <= {key}, "grading again changed more than the typed score"
