"""Every teacher command on bad input: it destroys no record, and says in a sentence what to do.

One scratch course is released (to an exchange folder), gets its students from the roster example
in the hub recipe (teachers/jupyterhub.md), and is graded once: a correct submission, a blank one
(a real 0), four that cannot be read as a notebook (binary data, a broken link, a folder named
like the notebook, the notebook renamed), and a student on the roster who never submits. The
written answers are graded by hand. Tests that break something (a corrupt or empty gradebook, a
damaged autograded notebook) work on a copy of that course.
"""

import argparse
import contextlib
import csv
import io
import re
import shutil
from types import SimpleNamespace

import pandas as pd
import pytest

from common import CLASS_ASSIGNMENT, ROOT
from course import cli
from course.teach import classroom, grading, records, report
from simulated import grade_by_hand, scratch_course, submit_all

ASSIGNMENT = CLASS_ASSIGNMENT
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
TIMEOUT = "--Execute.timeout=5"  # every cell of a solution runs well within it
BROKEN = ("binary-1", "folder-1", "link-1", "renamed-1")


def run(course, *args, options=(TIMEOUT,)):
    """`ai-course <args>` in ``course``, in this process: its exit code and all it printed."""
    out = io.StringIO()
    with (
        classroom.working_directory(course),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(out),
    ):
        try:
            code = cli.main([*args, *options])
        except SystemExit as exit:  # argparse refuses an option
            code = exit.code
    return code, out.getvalue()


def recipe_roster() -> list[dict]:
    """The roster example in teachers/jupyterhub.md."""
    recipe = (ROOT / "teachers" / "jupyterhub.md").read_text(encoding="utf-8")
    block = re.search(r"```csv\n(id,.*?)```", recipe, re.S).group(1)
    return list(csv.DictReader(io.StringIO(block)))


def break_submissions(course) -> None:
    """Submissions nbgrader cannot read as a notebook, each in its own way."""
    solution = (ROOT / "solutions" / ASSIGNMENT / NOTEBOOK).read_text(encoding="utf-8")
    for student in BROKEN:
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / "timestamp.txt").write_text("2025-05-01 12:00:00.000000 UTC")
    (course / "submitted" / "binary-1" / ASSIGNMENT / NOTEBOOK).write_bytes(bytes(range(256)) * 8)
    (course / "submitted" / "folder-1" / ASSIGNMENT / NOTEBOOK).mkdir()
    (course / "submitted" / "link-1" / ASSIGNMENT / NOTEBOOK).write_text(solution)
    (course / "submitted" / "link-1" / ASSIGNMENT / "notes.txt").symlink_to(course / "missing")
    (course / "submitted" / "renamed-1" / ASSIGNMENT / f"{ASSIGNMENT} (1).ipynb").write_text(
        solution
    )


@pytest.fixture(scope="module")
def taught(tmp_path_factory, empty_gradebook):
    root = tmp_path_factory.mktemp("bad-inputs")
    course = scratch_course(root / "course", [ASSIGNMENT], empty_gradebook)
    exchange = [f"--Exchange.root={root / 'exchange'}", TIMEOUT]
    (root / "exchange").mkdir()
    students = recipe_roster()
    with (root / "roster.csv").open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(students[0]))
        writer.writeheader()
        writer.writerows(students)
    printed = {}
    for step in (["release", ASSIGNMENT], ["roster", str(root / "roster.csv")]):
        code, printed[step[0]] = run(course, *step, options=exchange)
        assert code == 0, printed[step[0]]
    correct, blank, absent = (student["id"] for student in students[:3])
    submit_all(course, ASSIGNMENT, [(correct, "correct"), (blank, "blank")])
    break_submissions(course)
    code, printed["grade"] = run(course, "grade", ASSIGNMENT, "--workers=2")
    assert code == 1, printed["grade"]  # the broken ones
    db_url = f"sqlite:///{course / 'gradebook.db'}"
    grade_by_hand(db_url, ASSIGNMENT, correct, share=1)
    grade_by_hand(db_url, ASSIGNMENT, blank, share=0)
    # feedback without the exchange option: nbgrader_config.py's exchange folder does not exist
    code, printed["feedback"] = run(course, "feedback", ASSIGNMENT)
    printed["feedback code"] = code
    code, printed["report"] = run(course, "report", "--lms", "canvas")
    assert code == 0, printed["report"]
    return SimpleNamespace(
        course=course,
        root=root,
        printed=printed,
        exchange=exchange,
        students=students,
        correct=correct,
        blank=blank,
        absent=absent,
    )


def copied(taught, tmp_path):
    """A copy of the taught course, to break."""
    return shutil.copytree(taught.course, tmp_path / "course", symlinks=True)


def files_in(course, *folders) -> dict:
    """Every file in ``folders`` of ``course`` with its bytes, to tell whether any changed."""
    return {
        path.relative_to(course): path.read_bytes()
        for folder in folders
        for path in sorted((course / folder).rglob("*"))
        if path.is_file()
    }


RECORDS = ("autograded", "feedback", "reports", "submitted", "exercises")


def one_sentence_without_traceback(printed: str) -> bool:
    return "Traceback" not in printed and "above" not in printed and printed.count("\n") <= 1


# --- 1 and 2: a gradebook that cannot be read destroys nothing ---------------------------------


@pytest.mark.parametrize("damage", ["corrupt", "empty"])
def test_a_gradebook_that_cannot_be_read_is_refused_and_nothing_changes(taught, tmp_path, damage):
    course = copied(taught, tmp_path)
    gradebook = course / "gradebook.db"
    if damage == "corrupt":
        gradebook.write_text("This is not a database.\n")
        said = "gradebook.db cannot be read (file is not a database)"
    else:
        gradebook.write_bytes(b"")
        said = "the gradebook gradebook.db is empty (0 bytes)"
    before = files_in(course, *RECORDS)
    roster = str(taught.root / "roster.csv")
    for step in (
        ["feedback", ASSIGNMENT, "--partial"],
        ["grade", ASSIGNMENT, "--force"],
        ["report"],
        ["release", ASSIGNMENT, "--force"],
        ["collect", ASSIGNMENT],
        ["roster", roster],
    ):
        code, printed = run(course, *step, options=taught.exchange)
        assert code == 1 and said in printed, (step, printed)
        assert one_sentence_without_traceback(printed), (step, printed)
    assert files_in(course, *RECORDS) == before
    assert gradebook.stat().st_size == (0 if damage == "empty" else 24)  # not made anew
    # the refusal names the copy to restore: the newest, a gradebook that can be read
    latest = re.search(r"cp (backups/\S+) gradebook\.db", printed).group(1)
    assert latest == f"backups/{records.latest_backup(SimpleNamespace(root=course)).name}"
    records.check_gradebook(SimpleNamespace(root=course, db_url=f"sqlite:///{course / latest}"))


def test_no_report_replaces_the_last_one_unless_it_is_complete(taught, tmp_path, monkeypatch):
    course = copied(taught, tmp_path)
    before = files_in(course, "reports")
    renamed = tmp_path / "renamed.csv"  # a change the next grades.csv would show
    renamed.write_text(f"id,last_name\n{taught.correct},Byron\n")
    assert run(course, "roster", str(renamed))[0] == 0

    def broken_page(*args):
        raise RuntimeError("the page broke")

    monkeypatch.setattr(report, "page", broken_page)  # after the CSV files, before the page
    with pytest.raises(RuntimeError):
        run(course, "report")
    assert files_in(course, "reports") == before
    assert [p.name for p in (course / "reports").iterdir() if p.name.startswith(".")] == []


def test_a_report_of_nothing_graded_writes_nothing(tmp_path, empty_gradebook):
    course = scratch_course(tmp_path / "course", [ASSIGNMENT], empty_gradebook)
    code, printed = run(course, "report")
    assert code == 1 and "nothing graded yet, so no report was written" in printed
    assert not (course / "reports").exists()


def test_a_failed_feedback_page_leaves_the_last_one(taught, tmp_path):
    course = copied(taught, tmp_path)
    before = files_in(course, "feedback")
    assert before, "the course has feedback pages"
    damaged = course / "autograded" / taught.correct / ASSIGNMENT / NOTEBOOK
    damaged.write_text("not a notebook any more")
    code, printed = run(course, "feedback", ASSIGNMENT)
    assert code == 1 and f"{taught.correct}: FAILED: the feedback page of" in printed
    assert files_in(course, "feedback") == before


def test_a_failed_release_leaves_the_student_version(taught, tmp_path):
    course = copied(taught, tmp_path)
    before = files_in(course, "exercises")
    (course / "solutions" / ASSIGNMENT / NOTEBOOK).write_text("{ not a notebook")
    code, printed = run(course, "release", ASSIGNMENT, "--force", options=taught.exchange)
    assert code == 1 and f"nbgrader generate_assignment {ASSIGNMENT} failed" in printed
    assert "(nbgrader's messages: logs/ai-course.log)" in printed and "Traceback" not in printed
    assert files_in(course, "exercises") == before


def test_every_step_that_changes_the_gradebook_keeps_a_copy_first_and_says_where(taught):
    course = taught.course
    for step in ("release", "roster", "grade"):
        named = re.search(r"before this step: (backups/\S+)", taught.printed[step]).group(1)
        copy = course / named
        assert copy.is_file() and step in copy.name
        records.check_gradebook(
            SimpleNamespace(root=course, db_url=f"sqlite:///{copy}"), first_step=False
        )


def test_the_backups_keep_the_newest(tmp_path, empty_gradebook):
    course = tmp_path
    shutil.copy(empty_gradebook, course / "gradebook.db")
    (course / "backups").mkdir()
    for day in range(1, 26):
        (course / "backups" / f"gradebook-202501{day:02d}-120000-grade.db").write_text("old")
    coursedir = SimpleNamespace(root=str(course), db_url=f"sqlite:///{course / 'gradebook.db'}")
    newest = records.backup_gradebook(coursedir, "grade")
    kept = sorted(p.name for p in (course / "backups").iterdir())
    assert len(kept) == records.KEEP and kept[-1] == newest.name


# --- 3: a failed submission, a missing one and a real 0 are three things -----------------------


def test_a_failed_a_missing_and_a_zero_submission_are_told_apart(taught):
    grades = pd.read_csv(taught.course / "reports" / "grades.csv").set_index("student_id")
    assert grades.loc[taught.correct, "status"] == report.GRADED
    assert grades.loc[taught.correct, "score"] == grades.loc[taught.correct, "max_score"]
    assert grades.loc[taught.blank, "status"] == report.GRADED
    assert grades.loc[taught.blank, "score"] == 0  # a real 0
    assert grades.loc[taught.absent, "status"] == report.NOT_SUBMITTED
    for student in BROKEN:
        assert grades.loc[student, "status"] == report.NOT_GRADED, student
    assert grades.loc[[taught.absent, *BROKEN], "score"].isna().all()
    questions = pd.read_csv(taught.course / "reports" / "questions.csv")
    assert set(questions[questions.student.isin(BROKEN)].status) == {report.CELL_NOT_GRADED}
    assert report.CELL_TO_GRADE not in set(questions.status)  # no failed test cell waits for it
    assert "4 not graded, 1 not submitted" in taught.printed["report"]
    assert "answers to grade" not in taught.printed["report"]
    assert (
        "no score in the gradebook, and the reports show them as not graded, not as 0"
        in (taught.printed["grade"])
    )


# --- 6: feedback that could not be released says so, and fails --------------------------------


def test_feedback_that_could_not_be_released_exits_non_zero_and_says_why(taught):
    printed = taught.printed["feedback"]
    assert taught.printed["feedback code"] == 1
    assert "Not released: nbgrader's exchange folder (/srv/nbgrader/exchange" in printed
    assert "c.Exchange.root in nbgrader_config.py" in printed


# --- 7: the roster of the hub recipe gives the reports names ------------------------------------


def test_the_recipes_roster_gives_the_reports_names_and_platform_ids(taught):
    grades = pd.read_csv(taught.course / "reports" / "grades.csv").set_index("student_id")
    for student in taught.students:
        assert grades.loc[student["id"], "last_name"] == student["last_name"]
        assert grades.loc[student["id"], "email"] == student["email"]
    assert "3 students added to the gradebook, 0 updated." in taught.printed["roster"]
    canvas = (taught.course / "reports" / "canvas-grades.csv").read_text(encoding="utf-8")
    first = taught.students[0]
    assert f"{first['last_name']}, {first['first_name']}" in canvas
    assert first["lms_user_id"] in canvas


def test_a_roster_the_gradebook_cannot_take_is_refused_with_what_to_do(taught, tmp_path):
    cases = {
        "name,email\nAda,ada@example.edu\n": "must name its columns, from id, first_name",
        "id,first_name\nada-1,Ada\nada-1,Ada\n": "ada-1 is there more than once",
        "id,first_name\n,Ada\n": "line 2 has none",
    }
    for number, (text, said) in enumerate(cases.items()):
        path = tmp_path / f"roster-{number}.csv"
        path.write_text(text)
        code, printed = run(taught.course, "roster", str(path))
        assert code == 1 and said in printed and one_sentence_without_traceback(printed), printed


# --- 8: messages: what happened and what to do, no traceback -----------------------------------


def test_submissions_that_cannot_be_read_are_named_with_what_to_do(taught):
    lines = {
        student: next(
            line for line in taught.printed["grade"].splitlines() if f"] {student}: " in line
        )
        for student in BROKEN
    }
    assert grading.DAMAGED in lines["binary-1"]
    assert f"{NOTEBOOK} is a folder, not a notebook: ask the student" in lines["folder-1"]
    assert "notes.txt is a link to a file that is not there: remove it" in lines["link-1"]
    assert (
        f"the notebook is named '{ASSIGNMENT} (1).ipynb': rename it to {NOTEBOOK}, then grade"
        in lines["renamed-1"]
    )
    printed = taught.printed["grade"]
    assert "Traceback" not in printed and "No notebooks found" not in printed
    assert "(nbgrader's messages: logs/ai-course.log)" in printed
    log = (taught.course / "logs" / "ai-course.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "No notebooks found" in log  # the detail, kept for the teacher


def test_releasing_again_without_force_says_how(taught):
    code, printed = run(taught.course, "release", ASSIGNMENT, options=taught.exchange)
    assert code == 1 and one_sentence_without_traceback(printed), printed
    assert f"{ASSIGNMENT} is already released" in printed
    assert f"`ai-course release {ASSIGNMENT} --force`" in printed


@pytest.mark.parametrize(
    "args, said",
    [
        (["grade", ASSIGNMENT, "--student=nobody"], "has no submission of"),
        (["grade", ASSIGNMENT, "--workers=0"], "'0' is not a number of workers: give 1 or more"),
        (["report", "--output", "reports/grades.csv/new"], "cannot write into"),
        (["release", "no_such_assignment"], "there is no assignment 'no_such_assignment'"),
        (["report", "--lms", "blackboard"], "choose one of canvas, brightspace, moodle"),
    ],
)
def test_a_wrong_option_is_refused_in_a_sentence(taught, args, said):
    code, printed = run(taught.course, *args)
    assert code in (1, 2) and said in printed, printed
    assert "Traceback" not in printed
    if "--output" in args:
        assert "choose a folder you may write to with --output" in printed


def test_jupyterlab_is_not_given_nbgrader_settings_it_would_ignore(monkeypatch):
    started = []
    monkeypatch.setattr(cli.os, "execv", lambda *command: started.append(command))
    with pytest.raises(classroom.ClassTaskError, match="would not reach the Assignments tab"):
        cli.start(argparse.Namespace(lang="en"), ["--Exchange.root=/tmp/exchange"])
    assert not started
