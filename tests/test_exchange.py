"""A class through nbgrader's exchange: one teacher, three students, each with a home folder.

The teacher uses `ai-course` (release, collect, grade, feedback, report). The students use
nbgrader's exchange classes, the ones behind JupyterLab's Assignments tab: list, fetch, submit,
fetch feedback. The class:

- ada submits the solution;
- ben submits a wrong answer, then the solution: the latest submission counts;
- cleo submits a wrong answer after the due date: late.

All run as one operating-system user here, so the file modes of the exchange are checked as
nbgrader sets them; on a hub, each student is a user of their own and those modes keep them apart.
"""

import contextlib
import io
import json
import re
import stat
from datetime import datetime, timezone
from pathlib import Path

import nbgrader
import pytest
from nbgrader.utils import is_grade
from traitlets.config import Config

from common import ASSIGNMENTS, ROOT, read_notebook
from course import cli
from course.teach import classroom, report
from simulated import (
    autograded,
    expected_scores,
    gradebook_state,
    hidden_test_lines,
    scratch_course,
    submission,
    visible_text,
)

ASSIGNMENT = ASSIGNMENTS[0]
STUDENTS = ("ada-1", "ben-2", "cleo-3")  # ids that no notebook text holds by chance


class Class:
    """The teacher's course folder, the exchange, and the students' homes."""

    def __init__(self, root: Path):
        self.course = scratch_course(root / "teacher" / "course", [ASSIGNMENT])
        self.exchange = root / "exchange"
        self.exchange.mkdir(mode=0o777)
        self.homes = {name: root / "home" / name for name in STUDENTS}
        for home in self.homes.values():
            home.mkdir(parents=True)
        self.options = [f"--Exchange.root={self.exchange}", "--Execute.timeout=5"]
        self.printed = {}

    def teacher(self, *args) -> int:
        out = io.StringIO()
        with classroom.working_directory(self.course), contextlib.redirect_stdout(out):
            code = cli.main([*args, *self.options])
        self.printed[args[0]] = out.getvalue()
        return code

    def student(self, name: str, step: str, assignment: str = ASSIGNMENT):
        """A student's step through nbgrader's exchange: List, FetchAssignment, Submit or
        FetchFeedback."""
        from nbgrader.auth import Authenticator
        from nbgrader.coursedir import CourseDirectory
        from nbgrader.exchange import ExchangeFactory

        home = self.homes[name]
        config = Config()
        config.CourseDirectory.course_id = "ai-at-work"
        config.CourseDirectory.root = str(home)
        config.Exchange.root = str(self.exchange)
        config.Exchange.assignment_dir = str(home)
        config.Exchange.cache = str(home / ".local" / "share" / "jupyter" / "nbgrader_cache")
        # All students are one operating-system user here, so each says who they are, as
        # `nbgrader submit --student=<id>` does (on a hub nbgrader takes the user's name).
        config.CourseDirectory.student_id = name
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id = assignment
        app = getattr(ExchangeFactory(config=config), step)(
            coursedir=coursedir, authenticator=Authenticator(config=config), config=config
        )
        return app.start()

    def work(self, name: str, kind: str) -> None:
        for path in sorted((ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb")):
            mine = self.homes[name] / ASSIGNMENT / path.name
            mine.write_text(
                submission(kind, read_notebook(path), read_notebook(mine)), encoding="utf-8"
            )

    def gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(f"sqlite:///{self.course / 'gradebook.db'}", "ai-at-work")


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    school = Class(tmp_path_factory.mktemp("class"))
    assert school.teacher("release", ASSIGNMENT, "--due", "2100-01-01 12:00 UTC") == 0
    school.listed = {name: school.student(name, "List") for name in STUDENTS}
    for name in STUDENTS:
        school.student(name, "FetchAssignment")
    school.fetched = {
        name: sorted(p.name for p in (school.homes[name] / ASSIGNMENT).iterdir())
        for name in STUDENTS
    }
    school.work("ada-1", "correct")
    school.student("ada-1", "Submit")
    school.work("ben-2", "wrong")
    school.student("ben-2", "Submit")
    school.work("ben-2", "correct")
    school.student("ben-2", "Submit")
    # The teacher moves the due date to now; cleo submits after it.
    with school.gradebook() as gradebook:
        gradebook.update_or_create_assignment(
            ASSIGNMENT, duedate=datetime.now(timezone.utc).replace(tzinfo=None)
        )
    school.work("cleo-3", "wrong")
    school.student("cleo-3", "Submit")
    for step in ("collect", "grade", "feedback"):
        assert school.teacher(step, ASSIGNMENT) == 0, school.printed[step]
    for name in STUDENTS:
        school.student(name, "FetchFeedback")
    assert school.teacher("report", "--output", str(school.course / "reports")) == 0
    return school


def solutions() -> list[dict]:
    return [
        read_notebook(path) for path in sorted((ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb"))
    ]


def test_every_student_sees_the_released_assignment_and_fetches_it(school):
    for name in STUDENTS:
        assert [a["assignment_id"] for a in school.listed[name]] == [ASSIGNMENT]
        assert school.fetched[name] == sorted(
            p.name for p in (ROOT / "exercises" / ASSIGNMENT).iterdir()
        )
    assert (
        "Released" in school.printed["release"]
        and "Due date: 2100-01-01 12:00 UTC" in school.printed["release"]
    )


def test_collect_takes_the_latest_submission_and_flags_the_late_one(school):
    printed = school.printed["collect"]
    assert "3 submissions" in printed and "late: cleo-3." in printed
    assert re.search(r"cleo-3: submitted .* LATE by", printed) and "ada-1: submitted" in printed
    for path in (ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb"):
        collected = school.course / "submitted" / "ben-2" / ASSIGNMENT / path.name
        second = school.homes["ben-2"] / ASSIGNMENT / path.name  # what ben submitted last
        assert json.loads(collected.read_text()) == json.loads(second.read_text())


def test_scores_are_exactly_those_of_each_students_work(school):
    kinds = {"ada-1": "correct", "ben-2": "correct", "cleo-3": "wrong"}
    state = gradebook_state(f"sqlite:///{school.course / 'gradebook.db'}")
    for name, kind in kinds.items():
        scores, rule = autograded(state, name), expected_scores(kind, ASSIGNMENT)
        assert {cell: scores[cell] for cell in rule} == rule, name
    with school.gradebook() as gradebook:
        for name in kinds:
            submitted = gradebook.find_submission(ASSIGNMENT, name)
            assert (submitted.total_seconds_late > 0) == (name == "cleo-3")
            assert not submitted.late_submission_penalty  # nbgrader's default: late, but no penalty
    assert sum(expected_scores("wrong", ASSIGNMENT).values()) < sum(
        expected_scores("correct", ASSIGNMENT).values()
    )


def feedback_pages(home: Path) -> list[Path]:
    return sorted(home.glob(f"{ASSIGNMENT}/feedback/*/*.html"))


def test_each_student_fetches_their_own_feedback_and_nothing_else(school):
    assert f"Released {len(STUDENTS)} feedback pages" in school.printed["feedback"], (
        f"nbgrader {nbgrader.__version__} no longer does what "
        "classroom.submitted_through_exchange was checked against (nbgrader 0.9.6): re-check it"
    )
    with school.gradebook() as gradebook:
        scores = {name: gradebook.find_submission(ASSIGNMENT, name).score for name in STUDENTS}
    for name in STUDENTS:
        # ben submitted twice; only the collected one is graded
        pages = feedback_pages(school.homes[name])
        assert len(pages) == len(solutions())
        shown = sum(
            float(re.search(r"Score: ([\d.]+) / ", page.read_text(encoding="utf-8")).group(1))
            for page in pages
        )
        assert shown == scores[name], name
        others = [other for other in STUDENTS if other != name]
        files = [p for p in school.homes[name].rglob("*") if p.is_file()]
        assert not any(other in str(p) for p in files for other in others)
        assert not any(other in p.read_text(errors="ignore") for p in files for other in others)


def test_the_feedback_pages_hold_no_hidden_test(school):
    secret = [line for notebook in solutions() for line in hidden_test_lines(notebook)]
    assert secret, "the assignment has hidden tests"
    for name in STUDENTS:
        for page in feedback_pages(school.homes[name]):
            text = visible_text(page.read_text(encoding="utf-8"))
            leaked = [line for line in secret if line in text]
            assert not leaked and "HIDDEN TESTS" not in text.replace(
                "hidden tests: not shown", ""
            ), (name, leaked[:3])


def test_the_exchange_keeps_submissions_and_feedback_unlistable_for_students(school):
    course = school.exchange / "ai-at-work"
    for folder in ("inbound", "feedback"):
        mode = (course / folder).stat().st_mode
        assert not mode & (stat.S_IROTH | stat.S_IRGRP), f"other users could list exchange/{folder}"
    # one page each; their names are secret hashes
    assert len(list((course / "feedback").iterdir())) == 3


def test_the_report_has_the_grades_a_plot_and_a_page(school):
    import pandas as pd

    reports = school.course / "reports"
    grades = pd.read_csv(reports / "grades.csv")
    with school.gradebook() as gradebook:
        for row in grades.itertuples():
            assert row.raw_score == gradebook.find_submission(row.assignment, row.student_id).score
    assert sorted(grades.student_id) == sorted(STUDENTS)
    questions = pd.read_csv(reports / "questions.csv")
    graded_cells = [cell for notebook in solutions() for cell in notebook.cells if is_grade(cell)]
    assert len(questions) == len(STUDENTS) * len(graded_cells)
    assert (reports / "class-report.png").read_bytes().startswith(b"\x89PNG")
    page = (reports / "class-report.html").read_text(encoding="utf-8")
    assert page.count("<h1>") == 1 and 'alt="Dot plots.' in page
    assert "data:image/png;base64," in page
    # nobody graded the written answers yet
    assert "written answers to grade" in page and "<td>3</td>" in page


def test_the_report_page_shows_every_name_as_text():
    """A course id, an assignment or a question named like code is shown, never run."""
    import pandas as pd

    hostile = "<script>alert('x')</script>"
    per_question = pd.DataFrame(
        {
            "assignment": [hostile],
            "question": [hostile],
            "kind": ["autograded"],
            "max_points": [2.0],
            "students": [3],
            "mean": [0.5],
            "median": [0.5],
            "full_marks": [1 / 3],
            "zero": [0.0],
        }
    )
    per_assignment = pd.DataFrame(
        {
            "assignment": [hostile],
            "lesson": ["04 The junior paradox"],
            "students": [3],
            "mean": [0.5],
            "median": [0.5],
            "written_answers_to_grade": [0],
        }
    )
    page = report.page(per_question, per_assignment, b"png", course_id=hostile)
    assert "<script>" not in page
    assert visible_text(page).count(hostile) == 5  # the title, the heading, a section, two tables
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    assert page.count("<h1>") == 1 and page.count('<th scope="col">') == 6 + 8
    assert "<td>50%</td>" in page and "<td>33%</td>" in page and 'alt="Dot plots.' in page
