"""Autograde a class in parallel, with nbgrader doing every grade.

nbgrader autogrades one submission after another (nbgrader issue #174). :func:`grade` runs
nbgrader's own autograde (``NbGraderAPI.autograde``, one student per call) in several worker
processes. Each worker grades into a private SQLite copy of the gradebook, so no two processes
ever write to the same database. After each student, the worker sends back what nbgrader changed
in that student's submission, and this process alone writes it into the course's gradebook
(SQLite or PostgreSQL), one transaction per student. So the grades are the ones that nbgrader's
sequential ``nbgrader autograde`` gives (a test compares them), and only columns that nbgrader
changed are written (a grader typing a manual score meanwhile keeps it).

A submission that breaks nbgrader (a kernel that dies, a loop that cannot be interrupted, a file
that is not a notebook) fails alone, exactly as in nbgrader's own run: the other students are
graded, and it is reported by name with the reason. Like ``nbgrader autograde``, a submission
that is already autograded is skipped unless it was resubmitted since or ``force`` is set; so
running it again after a failure grades just the ones that are missing.

A submission that nbgrader could not grade keeps the rows nbgrader made for it, without a score
(as in nbgrader's own run): the reports show it as not graded, never as 0. nbgrader's messages
about it go to logs/ai-course.log; the teacher reads one sentence per student that says what
happened and what to do.

nbgrader has no API for three things this needs: copying a gradebook
(:func:`course.teach.records.copy_gradebook`), why a submission failed (:func:`diagnose`), and
whether it was skipped (:func:`skipped`). Each says which nbgrader version it was checked against,
and tests/test_grading.py fails, saying what to re-check, when an nbgrader upgrade breaks it.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.reader import NotJSONError

from course.teach.classroom import (
    ClassTaskError,
    back_up,
    check_assignment,
    folder_of,
    students_in,
)
from course.teach.records import check_gradebook, copy_gradebook, keep_log

RESUBMIT = "ask the student to submit it again"
LOOK = "look at the notebook, then grade it by hand or have the student submit it again"
DAMAGED = f"the notebook file is damaged, or is not a notebook: {RESUBMIT}"
# The exception that stopped nbgrader, and what it means for the teacher. The first match wins.
FAILURES = {
    DeadKernelError: "the Python kernel died while running it "
    f"(os._exit, or out of memory, for example): {LOOK}",
    CellTimeoutError: "a cell ran past the time limit and could not be stopped "
    f"(a loop that catches KeyboardInterrupt, for example): {LOOK}",
    NotJSONError: DAMAGED,
    UnicodeDecodeError: DAMAGED,  # binary data, such as a zip file renamed to .ipynb
}
NO_NOTEBOOK = f"the submission folder holds no notebook: {RESUBMIT}"
TIMED_OUT = "a cell ran past the time limit; it was stopped and the rest was graded"
AGAIN = "grade it again"


@dataclass
class GradingResult:
    """What happened to one student's submission when it was autograded."""

    student: str
    graded: bool  # nbgrader graded it (or it was graded before and skipped)
    score: float | None = None  # autograded points in the gradebook
    max_score: float | None = None
    problem: str = ""  # why it was not graded, or what went wrong while grading
    skipped: bool = False  # already autograded, and not resubmitted since
    seconds: float = 0.0
    changes: dict = field(default_factory=dict, repr=False)
    log: str = field(default="", repr=False)  # nbgrader's messages, when it failed

    def line(self) -> str:
        if not self.graded:
            return f"NOT GRADED: {self.problem}"
        if self.score is None:
            points = "no grades"
        else:
            points = f"{self.score:g}/{self.max_score:g} autograded points"
        if self.skipped:
            return f"{points} (graded before; --force grades it again)"
        return points + (f"; {self.problem}" if self.problem else "") + f" ({self.seconds:.0f} s)"


# --- what nbgrader does not tell through its API ----------------------------------------------


def diagnose(result: dict, submitted: Path, autograded: Path, expected=()) -> str:
    """The teacher's reason why nbgrader failed, or what went wrong while it graded ('' if nothing).

    ``result`` is what ``NbGraderAPI.autograde`` returned: success, and nbgrader's log as text;
    ``expected``: the names of the assignment's notebooks. The submission folder tells what
    nbgrader would report as a traceback (a broken link, a file it cannot read, a notebook with
    another name). Checked against nbgrader 0.9.6 with nbclient 0.11 and nbformat 5.11: the log
    of a submission that failed holds the traceback, which names the exception as
    ``module.Class`` (builtins by name alone); a cell stopped at the time limit keeps nbclient's
    CellTimeoutError among its outputs.
    """
    if result["success"]:
        return TIMED_OUT if stopped_at_time_limit(autograded) else ""
    problem = folder_problem(submitted, expected)
    if problem:
        return problem
    log = result.get("log") or ""
    for error, meaning in FAILURES.items():
        module = "" if error.__module__ == "builtins" else f"{error.__module__}."
        if f"{module}{error.__qualname__}:" in log:
            return meaning
    # Something else: the last exception that the log or the error shows ('Error: message').
    for text in (log, result.get("error") or ""):
        raised = re.findall(r"^\s*([\w.]+(?:Error|Exception): .+)$", text, re.M)
        if raised:
            return f"nbgrader stopped with {raised[-1][:200]}"
    return "nbgrader failed without saying why"


def folder_problem(submitted: Path, expected) -> str:
    """What in the submission folder keeps nbgrader from grading it ('' if nothing)."""
    for path in sorted(submitted.rglob("*")):
        name = path.relative_to(submitted)
        if path.is_symlink() and not path.exists():
            return f"{name} is a link to a file that is not there: remove it, then {AGAIN}"
        if path.suffix == ".ipynb" and path.is_dir():
            return f"{name} is a folder, not a notebook: {RESUBMIT}"
        if not os.access(path, os.R_OK):
            return f"{name} cannot be read (no permission): make it readable, then {AGAIN}"
    notebooks = sorted(path.name for path in submitted.glob("*.ipynb"))
    if not notebooks:
        return NO_NOTEBOOK
    missing = [name for name in expected if name not in notebooks]
    if missing and len(notebooks) == 1 and len(missing) == 1:
        return f"the notebook is named {notebooks[0]!r}: rename it to {missing[0]}, then {AGAIN}"
    if missing:
        return (
            f"the submission has no {', '.join(missing)} (it holds {', '.join(notebooks)}): "
            f"rename its notebooks as the assignment names them, then {AGAIN}"
        )
    return ""


def stopped_at_time_limit(autograded: Path) -> bool:
    """Whether a cell of the autograded notebooks was stopped at the time limit."""
    return any(
        output.get("ename") == CellTimeoutError.__name__
        for path in autograded.glob("*.ipynb")
        for cell in nbformat.read(path, as_version=4).cells
        for output in cell.get("outputs", [])
    )


def skipped(result: dict) -> bool:
    """Whether nbgrader skipped the submission: autograded before, and not resubmitted since.

    nbgrader's API tells it only in the log. Checked against nbgrader 0.9.6, whose autograde then
    logs "Skipping existing assignment".
    """
    return "Skipping existing assignment" in (result.get("log") or "")


# --- a submission's rows in the gradebook, and what changed ------------------------------------


def values(row) -> dict:
    """A row's own columns (no ids, no links to other rows)."""
    return {
        c.key: getattr(row, c.key)
        for c in type(row).__table__.columns
        if not c.primary_key and not c.foreign_keys
    }


def rows_of(submission) -> dict:
    """A student's submission as {key: row}: the submission, its notebooks, grades and comments."""
    rows = {("submission",): submission}
    for notebook in submission.notebooks:
        rows["notebook", notebook.name] = notebook
        rows.update({("grade", notebook.name, grade.name): grade for grade in notebook.grades})
        rows.update(
            {("comment", notebook.name, comment.name): comment for comment in notebook.comments}
        )
    return rows


def snapshot(gradebook, assignment: str, student: str) -> dict:
    from nbgrader.api import MissingEntry

    try:
        submission = gradebook.find_submission(assignment, student)
    except MissingEntry:
        return {}
    return {key: values(row) for key, row in rows_of(submission).items()}


def changed(before: dict, after: dict) -> dict:
    """The columns whose values differ, by row."""
    changes = {}
    for key, row in after.items():
        different = {
            name: value
            for name, value in row.items()
            if key not in before or before[key][name] != value
        }
        if different:
            changes[key] = different
    return changes


def write_changes(gradebook, assignment: str, student: str, changes: dict) -> None:
    """Write one student's changes into the gradebook, in one transaction."""
    gradebook.update_or_create_student(student)
    rows = rows_of(gradebook.update_or_create_submission(assignment, student))
    for key, columns in changes.items():
        for name, value in columns.items():
            setattr(rows[key], name, value)
    gradebook.db.commit()


def record_failed(gradebook, coursedir, assignment: str, student: str) -> None:
    """Make sure a submission that could not be graded is in the gradebook, without scores, so
    that the reports show it as not graded. nbgrader records most failures so itself; it records
    none when it fails before it opens the submission (a broken link, for one)."""
    from nbgrader.api import MissingEntry

    try:
        gradebook.find_submission(assignment, student)
    except MissingEntry:
        folder = folder_of(coursedir, coursedir.submitted_directory, student, assignment)
        gradebook.update_or_create_student(student)
        gradebook.update_or_create_submission(
            assignment, student, timestamp=coursedir.get_existing_timestamp(str(folder))
        )
    finally:
        gradebook.db.rollback()  # end the read, or an open transaction would block SQLite


def autograded_points(
    gradebook, assignment: str, student: str
) -> tuple[float | None, float | None]:
    from nbgrader.api import MissingEntry

    try:
        submission = gradebook.find_submission(assignment, student)
    except MissingEntry:
        return None, None
    grades = [
        g for notebook in submission.notebooks for g in notebook.grades if g.cell_type == "code"
    ]
    return sum(g.auto_score or 0 for g in grades), sum(g.max_score for g in grades)


# --- the workers -------------------------------------------------------------------------------

_worker: dict = {}


def start_worker(config, template: str, scratch: str) -> None:
    """Set up one worker process: its own copy of the gradebook, and nbgrader's API on it."""
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI

    # Kernels write start-up warnings to stderr; the teacher reads our summary instead.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    database = Path(scratch) / f"worker-{os.getpid()}.db"
    shutil.copy(template, database)
    config.CourseDirectory.db_url = f"sqlite:///{database}"
    _worker["api"] = NbGraderAPI(config=config)
    _worker["gradebook"] = Gradebook(config.CourseDirectory.db_url, _worker["api"].course_id)


def read(gradebook, assignment: str, student: str) -> tuple[dict, tuple]:
    """A student's submission and autograded points, read in a transaction that ends at once
    (an open read would keep nbgrader from writing to SQLite)."""
    try:
        submission = snapshot(gradebook, assignment, student)
        return submission, autograded_points(gradebook, assignment, student)
    finally:
        gradebook.db.rollback()


def grade_one(assignment: str, student: str, force: bool) -> GradingResult:
    """Autograde one student with nbgrader, in a worker: what happened, and what it changed."""
    api, gradebook = _worker["api"], _worker["gradebook"]
    coursedir = api.coursedir
    start = time.perf_counter()
    before, _ = read(gradebook, assignment, student)
    result = api.autograde(assignment, student, force=force, create=True)
    after, (score, max_score) = read(gradebook, assignment, student)
    submitted = folder_of(coursedir, coursedir.submitted_directory, student, assignment)
    autograded = folder_of(coursedir, coursedir.autograded_directory, student, assignment)
    source = folder_of(coursedir, coursedir.source_directory, ".", assignment)
    expected = sorted(path.name for path in source.glob("*.ipynb"))
    was_skipped = skipped(result)
    return GradingResult(
        student,
        graded=result["success"],
        score=score,
        max_score=max_score,
        problem="" if was_skipped else diagnose(result, submitted, autograded, expected),
        skipped=was_skipped,
        seconds=time.perf_counter() - start,
        changes=changed(before, after),
        log="" if result["success"] else (result.get("log") or "") + (result.get("error") or ""),
    )


def default_workers() -> int:
    """One worker per processor this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def grade(
    config,
    assignment: str,
    *,
    students=None,
    workers: int | None = None,
    force: bool = False,
    say=print,
) -> list[GradingResult]:
    """Autograde the submissions of ``assignment`` in ``workers`` processes; one result a student.

    ``students``: the student ids to grade (default: every folder in submitted/ that holds this
    assignment). The course's gradebook, with the assignment generated, must exist. ``say`` gets
    a line for each student as it is graded, then a summary.
    """
    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.coursedir import CourseDirectory
    from sqlalchemy.exc import SAWarning

    coursedir = CourseDirectory(config=config)
    check_assignment(coursedir, assignment)
    submitted = students_in(coursedir, coursedir.submitted_directory, assignment)
    if not submitted:
        raise ClassTaskError(
            f"there are no submissions of {assignment} in {coursedir.submitted_directory}/: "
            "collect them first."
        )
    unknown = sorted(set(students or ()) - set(submitted))
    if unknown:
        some = ", ".join(submitted[:10]) + (" ..." if len(submitted) > 10 else "")
        raise ClassTaskError(
            f"{coursedir.submitted_directory}/ has no submission of {assignment} from "
            f"{', '.join(unknown)}. The students with one are: {some}."
        )
    if workers is not None and workers < 1:
        raise ClassTaskError(f"cannot grade with {workers} workers: give 1 or more.")
    students = sorted(students or submitted)
    workers = min(workers or default_workers(), len(students))
    check_gradebook(coursedir)
    back_up(coursedir, "grade", say)
    results, handled, started = [], set(), time.time()
    with (
        tempfile.TemporaryDirectory(prefix="ai-course-grade-") as scratch,
        Gradebook(coursedir.db_url, coursedir.course_id) as gradebook,
        warnings.catch_warnings(),
    ):
        # nbgrader's gradebook warns about its own relationships when a new submission is written.
        warnings.simplefilter("ignore", SAWarning)
        try:
            gradebook.find_assignment(assignment)
        except MissingEntry:
            raise ClassTaskError(
                f"{assignment} is not in the gradebook: run `ai-course release {assignment}` "
                f"(or `nbgrader generate_assignment {assignment}`) first."
            ) from None
        template = Path(scratch) / "gradebook.db"
        copy_gradebook(gradebook.engine, template)
        say(
            f"Grading {len(students)} submissions of {assignment} with {workers} workers "
            f"(cell time limit {config.Execute.get('timeout', 30)} s) ..."
        )
        # spawn: each worker is a fresh interpreter, with no inherited database connections
        context = multiprocessing.get_context("spawn")
        try:
            with ProcessPoolExecutor(
                workers,
                mp_context=context,
                initializer=start_worker,
                initargs=(config, str(template), scratch),
            ) as pool:
                futures = {
                    pool.submit(grade_one, assignment, student, force): student
                    for student in students
                }
                for done, future in enumerate(as_completed(futures), 1):
                    try:
                        result = future.result()
                    except Exception as error:  # the worker failed: this student is not graded
                        result = GradingResult(
                            futures[future],
                            graded=False,
                            problem=f"the grading worker failed ({type(error).__name__}: {error})",
                        )
                    if result.changes:
                        write_changes(gradebook, assignment, result.student, result.changes)
                    if result.graded:
                        handled.add(result.student)
                    else:
                        record_failed(gradebook, coursedir, assignment, result.student)
                    counter = f"[{done:>{len(str(len(students)))}}/{len(students)}]"
                    say(f"{counter} {result.student}: {result.line()}")
                    results.append(result)
        finally:
            # A submission graded in this run whose grades did not reach the gradebook (a worker
            # failed, or the teacher pressed Ctrl-C) must not look graded: the next run grades it.
            for student in set(students) - handled:
                folder = folder_of(coursedir, coursedir.autograded_directory, student, assignment)
                if folder.is_dir() and folder.stat().st_mtime >= started:
                    shutil.rmtree(folder, ignore_errors=True)
    results.sort(key=lambda result: result.student)
    failed = [r for r in results if not r.graded]
    log = None
    if failed:
        details = "\n".join(f"--- {r.student}\n{r.log or r.problem}" for r in failed)
        log = keep_log(coursedir.root, f"grade {assignment}: not graded", details)
    for line in summary(results, assignment, time.time() - started, log):
        say(line)
    return results


def summary(
    results: list[GradingResult], assignment: str, seconds: float, log: Path | None = None
) -> list[str]:
    """What the teacher reads at the end: how many were graded, who was not and why, what next."""
    failed = [r for r in results if not r.graded]
    stopped = [r for r in results if r.graded and r.problem]
    lines = [
        f"Done in {seconds:.0f} s: {len(results) - len(failed)} of {len(results)} "
        f"submissions of {assignment} graded"
        + (f", {len(stopped)} with a cell stopped at the time limit." if stopped else ".")
    ]
    if failed:
        lines.append(
            "Not graded: they have no score in the gradebook, and the reports show them as not "
            "graded, not as 0. Fix the cause, then run this command again"
            + (f" (nbgrader's messages: {log}):" if log else ":")
        )
        lines += [f"  {r.student}: {r.problem}" for r in failed]
    lines.append(
        "Next: grade the written answers (Formgrader, Manual Grading), "
        f"then `ai-course feedback {assignment}`."
    )
    return lines
