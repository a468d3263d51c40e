"""A class of five on one machine, through the exchange folder set in the course's settings.

The teacher sets the exchange folder in the course's nbgrader_config.py, as teachers/README.md
says ("A class on one machine"), and runs the commands of README.md's list for teachers, without
any nbgrader option for the exchange: roster, release, collect, grade, the written answers graded
by hand (as the formgrader does), feedback, report with a grade file for a learning platform. Each
student has a copy of the course (its nbgrader_config.py is all they need here) and works through
the code behind JupyterLab's Assignments tab (nbgrader's AssignmentList), run in their copy as
`ai-course start` runs JupyterLab: list, fetch, submit, fetch feedback. The class:

- ada submits the solution, with a test cell replaced by her own (nbgrader puts it back);
- ben submits a wrong answer, then the solution: the latest submission counts;
- cleo submits a wrong answer after the due date: late; nobody grades her written answer;
- dan's first answer is an endless loop, stopped at the time limit;
- eve's first answer kills the Python kernel: not graded.

All run as one operating-system user here, so each student's own settings folder (on
JUPYTER_CONFIG_PATH) says who they are, as the user name does on a real machine; the file modes
of the exchange are checked as nbgrader sets them.
"""

import contextlib
import csv
import io
import json
import os
import re
import shlex
import stat
from datetime import datetime, timezone
from pathlib import Path

import nbgrader
import pandas as pd
import pytest
from nbgrader.utils import is_grade

from common import CLASS_ASSIGNMENT, ROOT, read_notebook
from course import cli
from course.teach import classroom, report
from simulated import (
    autograded,
    expected_scores,
    grade_by_hand,
    gradebook_state,
    hidden_test_lines,
    scratch_course,
    submission,
    visible_text,
)

ASSIGNMENT = CLASS_ASSIGNMENT
ROSTER = [  # ids that no notebook text holds by chance; a name that is not ASCII
    ("ada-1", "Ada", "Lovelace", "correct"),
    ("ben-2", "Ben", "de Vries", "correct"),
    ("cleo-3", "Cleo", "Janssen", "wrong"),
    ("dan-4", "Dan", "Bakker", "endless"),
    ("eve-5", "Eve", "Öztürk", "crash"),
]
STUDENTS = [student for student, *_ in ROSTER]
KIND = {student: kind for student, _, _, kind in ROSTER}
PENDING = "cleo-3"  # nobody grades her written answer
TIMEOUT = 5  # s: every cell of a solution runs well within it
EXCHANGE_SETTING = 'c.Exchange.root = "/srv/nbgrader/exchange"'


def readme_commands() -> list[list[str]]:
    """The commands of README.md's list for teachers, each as its words; the step done by hand
    (a comment) as ["#", its text]."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme.split("## For teachers")[1], re.S).group(1)
    commands = []
    for line in block.splitlines():
        if line.startswith("#"):
            commands.append(["#", line.lstrip("# ")])
        else:
            commands.append(shlex.split(line, comments=True))
    return commands


class Class:
    """The teacher's course folder, the exchange, and the students' copies of the course."""

    def __init__(self, root: Path):
        self.course = scratch_course(root / "teacher" / "course", [ASSIGNMENT])
        self.exchange = root / "exchange"
        self.exchange.mkdir(mode=0o777)
        # The one place of the exchange folder: the course's nbgrader settings.
        settings = self.course / "nbgrader_config.py"
        text = settings.read_text()
        assert EXCHANGE_SETTING in text, "teachers/README.md tells teachers to change this line"
        settings.write_text(
            text.replace(EXCHANGE_SETTING, f"c.Exchange.root = {str(self.exchange)!r}")
        )
        self.homes = {name: root / "home" / name / "ai-at-work" for name in STUDENTS}
        for name, home in self.homes.items():
            (home / ".me").mkdir(parents=True)
            home.joinpath("nbgrader_config.py").write_text(settings.read_text())
            # who the student is, and their own cache, as their account gives them on a machine
            (home / ".me" / "nbgrader_config.py").write_text(
                f"c.CourseDirectory.student_id = {name!r}\n"
                f"c.Exchange.cache = {str(home / '.cache')!r}\n"
            )
        self.printed, self.codes = {}, {}

    def teacher(self, *args) -> int:
        out = io.StringIO()
        with (
            classroom.working_directory(self.course),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(out),
        ):
            code = cli.main([*args, f"--Execute.timeout={TIMEOUT}"])
        key = " ".join(args[:1] + tuple(a for a in args[1:] if a.startswith("--")))
        self.printed[key], self.codes[key] = out.getvalue(), code
        return code

    def student(self, name: str, step: str):
        """A student's step in JupyterLab's Assignments tab, run in their copy of the course:
        list, fetch, submit or fetch_feedback (nbgrader's AssignmentList, the tab's server side)."""
        from nbgrader.server_extensions.assignment_list.handlers import AssignmentList

        tab = AssignmentList()
        tab.root_dir = str(self.homes[name])
        before = os.environ.get("JUPYTER_CONFIG_PATH")
        os.environ["JUPYTER_CONFIG_PATH"] = str(self.homes[name] / ".me")
        try:
            with classroom.working_directory(self.homes[name]):  # as `ai-course start` runs it
                if step == "list":
                    return tab.list_released_assignments(course_id="ai-at-work")
                action = {
                    "fetch": tab.fetch_assignment,
                    "submit": tab.submit_assignment,
                    "fetch_feedback": tab.fetch_feedback,
                }[step]
                return action("ai-at-work", ASSIGNMENT)
        finally:
            if before is None:
                del os.environ["JUPYTER_CONFIG_PATH"]
            else:
                os.environ["JUPYTER_CONFIG_PATH"] = before

    def work(self, name: str, kind: str) -> None:
        for path in sorted((ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb")):
            mine = self.homes[name] / ASSIGNMENT / path.name
            mine.write_text(
                submission(kind, read_notebook(path), read_notebook(mine)), encoding="utf-8"
            )

    def gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(f"sqlite:///{self.course / 'gradebook.db'}", "ai-at-work")


def write_roster(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "first_name", "last_name", "email", "lms_user_id"])
        for number, (student, first, last, _) in enumerate(ROSTER, 1):
            writer.writerow([student, first, last, f"{student}@example.edu", f"s{1000 + number}"])


def run_readme(school, command: list[str], roster: Path, *extra) -> int:
    """One of README.md's commands, for this class: its assignment, roster and due date."""
    words = [roster.as_posix() if w == "roster.csv" else w for w in command[1:]]
    words = [ASSIGNMENT if w == "junior_paradox" else w for w in words]
    if "--due" in words:
        words[words.index("--due") + 1] = "2100-01-01 12:00 UTC"
    return school.teacher(*words, *extra)


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    school = Class(tmp_path_factory.mktemp("class"))
    roster = school.course.parent / "roster.csv"
    write_roster(roster)
    steps = iter(readme_commands())
    for _ in range(2):  # roster, release
        assert run_readme(school, next(steps), roster) == 0
    school.listed = {name: school.student(name, "list") for name in STUDENTS}
    for name in STUDENTS:
        assert school.student(name, "fetch")["success"]
    school.fetched = {
        name: sorted(p.name for p in (school.homes[name] / ASSIGNMENT).iterdir())
        for name in STUDENTS
    }
    school.work("ben-2", "wrong")
    school.student("ben-2", "submit")
    school.work("ada-1", "tampered")
    for name in ("ben-2", "dan-4", "eve-5"):
        school.work(name, KIND[name])
    for name in ("ada-1", "ben-2", "dan-4", "eve-5"):
        assert school.student(name, "submit")["success"]
    # The teacher moves the due date to now; cleo submits after it.
    with school.gradebook() as gradebook:
        gradebook.update_or_create_assignment(
            ASSIGNMENT, duedate=datetime.now(timezone.utc).replace(tzinfo=None)
        )
    school.work("cleo-3", "wrong")
    assert school.student("cleo-3", "submit")["success"]
    assert run_readme(school, next(steps), roster) == 0  # collect
    assert run_readme(school, next(steps), roster) == 1  # grade: eve's cannot be graded
    by_hand = next(steps)
    assert by_hand[0] == "#" and "Formgrader" in by_hand[1]
    db_url = f"sqlite:///{school.course / 'gradebook.db'}"
    for name in ("ada-1", "ben-2", "dan-4"):
        grade_by_hand(db_url, ASSIGNMENT, name, share=0.75)
    feedback = next(steps)
    assert run_readme(school, feedback, roster) == 1  # refused: cleo's answer waits
    assert run_readme(school, feedback, roster, "--partial") == 0
    for name in STUDENTS:
        school.student(name, "fetch_feedback")
    school.report_command = next(steps)
    assert run_readme(school, school.report_command, roster) == 0
    assert next(steps, None) is None
    return school


def solutions() -> list[dict]:
    return [
        read_notebook(path) for path in sorted((ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb"))
    ]


# --- 11: README's commands, with the written answers graded by hand before feedback -------------


def test_readmes_commands_for_teachers_go_from_roster_to_a_grade_file_in_order(school):
    steps = [command[1] for command in readme_commands()]
    assert steps == ["roster", "release", "collect", "grade", steps[4], "feedback", "report"]
    assert "Formgrader" in steps[4] and "Manual Grading" in steps[4]
    assert "--lms" in school.report_command


# --- 6: one exchange folder, in the course's settings, for every command and the tab ------------


def test_every_student_sees_the_released_assignment_in_the_tab_and_fetches_it(school):
    for name in STUDENTS:
        assert school.listed[name]["success"], school.listed[name]
        assert [a["assignment_id"] for a in school.listed[name]["value"]] == [ASSIGNMENT]
        assert school.fetched[name] == sorted(
            p.name for p in (ROOT / "exercises" / ASSIGNMENT).iterdir()
        )
    assert "Released" in school.printed["release --due"]
    assert "Due date: 2100-01-01 12:00 UTC" in school.printed["release --due"]


def test_jupyterlab_runs_in_the_course_folder_so_that_the_tab_reads_its_settings(monkeypatch):
    started = []
    monkeypatch.setattr(cli.os, "execv", lambda *command: started.append(os.getcwd()))
    monkeypatch.chdir(ROOT / "notebooks")
    cli.main(["start", "--no-browser"])
    assert started == [str(ROOT)]


def test_collect_takes_the_latest_submission_and_flags_the_late_one(school):
    printed = school.printed["collect"]
    assert "5 submissions" in printed and "late: cleo-3." in printed
    assert re.search(r"cleo-3: submitted .* LATE by", printed) and "ada-1: submitted" in printed
    for path in (ROOT / "solutions" / ASSIGNMENT).glob("*.ipynb"):
        collected = school.course / "submitted" / "ben-2" / ASSIGNMENT / path.name
        second = school.homes["ben-2"] / ASSIGNMENT / path.name  # what ben submitted last
        assert json.loads(collected.read_text()) == json.loads(second.read_text())


def test_scores_are_exactly_those_of_each_students_work(school):
    kinds = {"ada-1": "correct", "ben-2": "correct", "cleo-3": "wrong", "dan-4": "endless"}
    state = gradebook_state(f"sqlite:///{school.course / 'gradebook.db'}")
    for name, kind in kinds.items():
        scores, rule = autograded(state, name), expected_scores(kind, ASSIGNMENT)
        assert {cell: scores[cell] for cell in rule} == rule, name
    with school.gradebook() as gradebook:
        for name in kinds:
            submitted = gradebook.find_submission(ASSIGNMENT, name)
            assert (submitted.total_seconds_late > 0) == (name == "cleo-3")
            assert not submitted.late_submission_penalty  # nbgrader's default: late, but no penalty
    assert "eve-5: NOT GRADED: the Python kernel died" in school.printed["grade"]


# --- 4: no feedback while written answers wait, unless told; then it says so -------------------


def test_feedback_waits_for_the_written_answers_and_names_what_waits(school):
    printed = school.printed["feedback"]
    assert school.codes["feedback"] == 1
    assert "some answers of" in printed and f": {PENDING})" in printed
    assert "--partial" in printed and "Traceback" not in printed


def feedback_pages(home: Path) -> list[Path]:
    return sorted(home.glob(f"{ASSIGNMENT}/feedback/*/*.html"))


@pytest.fixture(scope="module")
def pages(school):
    return {
        name: visible_text(page.read_text(encoding="utf-8"))
        for name in STUDENTS
        for page in feedback_pages(school.homes[name])
    }


def test_a_written_answer_not_graded_yet_reads_so_and_not_as_zero(school, pages):
    assert f"Released {len(STUDENTS) - 1} feedback pages" in school.printed["feedback --partial"]
    waiting = pages[PENDING]
    assert "Not graded yet: 1 of your answers" in waiting
    assert "Written response (Score: 0.0" not in waiting
    for name in set(pages) - {PENDING}:
        assert (
            "Not graded yet" not in pages[name]
            and "Written response (Score: 3.0 / 4.0)" in (pages[name])
        ), name
    grades = pd.read_csv(school.course / "reports" / "grades.csv").set_index("student_id")
    assert grades.loc[PENDING, "status"] == report.TO_GRADE
    assert pd.isna(grades.loc[PENDING, "score"])  # not a partial score that looks final


# --- 9: what the pages say about the time limit and a test cell put back ------------------------


def test_the_endless_loop_reads_as_the_time_limit_and_its_usual_cause(pages):
    endless = " ".join(pages["dan-4"].split())
    assert f"This cell ran longer than {TIMEOUT} seconds, the time limit" in endless
    assert "An endless loop is the usual cause" in endless
    assert "KeyboardInterrupt" not in endless and "CellTimeoutError" not in endless


def test_a_replaced_test_cell_is_said_to_be_put_back(pages):
    assert pages["ada-1"].count("Put back:") == 1
    assert not any("Put back:" in pages[name] for name in set(pages) - {"ada-1"})


def test_each_student_fetches_their_own_feedback_and_nothing_else(school):
    assert f"Released {len(STUDENTS) - 1} feedback pages" in school.printed["feedback --partial"], (
        f"nbgrader {nbgrader.__version__} no longer does what "
        "classroom.submitted_through_exchange was checked against (nbgrader 0.9.6): re-check it"
    )
    with school.gradebook() as gradebook:
        scores = {name: gradebook.find_submission(ASSIGNMENT, name).score for name in STUDENTS}
    for name in STUDENTS:
        pages = feedback_pages(school.homes[name])
        if name == "eve-5":  # not graded: no page
            assert pages == []
            continue
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
    # one page each (eve has none); their names are secret hashes
    assert len(list((course / "feedback").iterdir())) == len(STUDENTS) - 1


# --- the report, and 10: a grade file each learning platform imports -----------------------------


def test_the_report_has_the_grades_a_plot_and_a_page(school):
    reports = school.course / "reports"
    grades = pd.read_csv(reports / "grades.csv")
    with school.gradebook() as gradebook:
        for row in grades.itertuples():
            if row.status == report.GRADED:
                assert row.raw_score == gradebook.find_submission(ASSIGNMENT, row.student_id).score
    assert sorted(grades.student_id) == sorted(STUDENTS)
    assert dict(zip(grades.student_id, grades.status, strict=True)) == {
        "ada-1": report.GRADED,
        "ben-2": report.GRADED,
        "cleo-3": report.TO_GRADE,
        "dan-4": report.GRADED,
        "eve-5": report.NOT_GRADED,
    }
    questions = pd.read_csv(reports / "questions.csv")
    graded_cells = [cell for notebook in solutions() for cell in notebook.cells if is_grade(cell)]
    assert len(questions) == len(STUDENTS) * len(graded_cells)
    assert (reports / "class-report.png").read_bytes().startswith(b"\x89PNG")
    page = (reports / "class-report.html").read_text(encoding="utf-8")
    assert page.count("<h1>") == 1 and 'alt="Dot plots.' in page
    assert "data:image/png;base64," in page
    assert "answers to grade" in page and "<td>1</td>" in page  # cleo's written answer


def lms_file(school, lms: str) -> list[list[str]]:
    """The grade file for ``lms``: the one `ai-course report --lms` wrote, or made the same way
    from the gradebook."""
    path = school.course / "reports" / f"{lms}-grades.csv"
    if not path.exists():
        with school.gradebook() as gradebook:
            rows, _ = report.lms_rows(report.class_results(gradebook), lms)
        return rows
    with path.open(encoding="utf-8", newline="") as file:  # UTF-8, as the platforms read it
        return list(csv.reader(file))


def graded_scores(school) -> dict:
    """lms_user_id -> the score a platform must get, or '' where none is final."""
    grades = pd.read_csv(school.course / "reports" / "grades.csv")
    ids = {student: f"s{1000 + n}" for n, student in enumerate(STUDENTS, 1)}
    return {
        ids[row.student_id]: (f"{row.score:g}" if row.status == report.GRADED else "")
        for row in grades.itertuples()
    }


def test_the_canvas_file_has_the_columns_canvas_imports(school):
    """Canvas's gradebook import (its guide, and app/models/gradebook_importer.rb): a header that
    starts Student, ID, then SIS User ID and SIS Login ID, and ends the student columns with
    Section; an optional Points Possible row; one row per student, found by SIS User ID."""
    header, possible, *rows = lms_file(school, "canvas")
    assert header[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert header[5:] == [ASSIGNMENT] and possible[0] == "Points Possible"
    with school.gradebook() as gradebook:
        assert float(possible[5]) == gradebook.find_assignment(ASSIGNMENT).max_score
    assert {row[2]: row[5] for row in rows} == graded_scores(school)
    assert ["Öztürk, Eve", "", "s1005", "", "", ""] in rows  # not graded: blank, not 0
    assert "--lms canvas" in " ".join(school.report_command)


def test_the_brightspace_file_has_the_columns_brightspace_imports(school):
    """Brightspace's grade import: OrgDefinedId (or Username) to find the student, a column
    '<item> Points Grade' per grade item, and End-of-Line Indicator, '#', last."""
    header, *rows = lms_file(school, "brightspace")
    assert header == ["OrgDefinedId", f"{ASSIGNMENT} Points Grade", "End-of-Line Indicator"]
    assert all(row[-1] == "#" and len(row) == len(header) for row in rows)
    assert {row[0]: row[1] for row in rows} == graded_scores(school)


def test_the_moodle_file_has_the_columns_moodle_imports(school):
    """Moodle's CSV grade import maps a column to a user field (here Email address) and each other
    to a grade item; a row whose user it cannot find stops the import, and an empty grade is
    no grade (grade/import/csv/classes/load_data.php)."""
    header, *rows = lms_file(school, "moodle")
    assert header == ["First name", "Last name", "Email address", ASSIGNMENT]
    assert sorted(row[2] for row in rows) == sorted(f"{s}@example.edu" for s in STUDENTS)
    for row in rows:
        assert row[3] == "" or float(row[3]) >= 0
    assert ["Eve", "Öztürk", "eve-5@example.edu", ""] in rows


def test_the_report_page_shows_every_name_as_text():
    """A course id, an assignment or a question named like code is shown, never run."""
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
            "answers_to_grade": [0],
            "not_graded": [1],
            "not_submitted": [0],
        }
    )
    page = report.page(per_question, per_assignment, b"png", course_id=hostile)
    assert "<script>" not in page
    assert visible_text(page).count(hostile) == 5  # the title, the heading, a section, two tables
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    assert page.count("<h1>") == 1 and page.count('<th scope="col">') == 8 + 8
    assert "<td>50%</td>" in page and "<td>33%</td>" in page and 'alt="Dot plots.' in page
