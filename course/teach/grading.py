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
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from course.teach.classroom import ClassTaskError, check_assignment, folder_of, students_in

# What nbgrader's log says, and what it means for the teacher. The first match wins.
PROBLEMS = [
    (
        "Kernel died",
        "the Python kernel died while running it (for example os._exit, or it ran out of memory)",
    ),
    ("NotJSONError", "the file is not a notebook"),
    ("does not appear to be JSON", "the file is not a notebook"),
    ("No notebooks were matched", "the submission folder holds no notebook"),
    (
        "Timeout waiting for execute reply",
        "a cell ran past the time limit and could not be stopped "
        "(for example, a loop that catches KeyboardInterrupt)",
    ),
]
TIMED_OUT = "a cell ran past the time limit; it was stopped and the rest was graded"


@dataclass
class Outcome:
    """What happened to one student's submission."""

    student: str
    graded: bool  # nbgrader graded it (or it was graded before and skipped)
    score: float | None = None  # autograded points in the gradebook
    max_score: float | None = None
    problem: str = ""  # why it was not graded, or what went wrong while grading
    skipped: bool = False  # already autograded, and not resubmitted since
    seconds: float = 0.0
    changes: dict = field(default_factory=dict, repr=False)

    def line(self) -> str:
        if not self.graded:
            return f"NOT GRADED: {self.problem}"
        points = (
            "no grades"
            if self.score is None
            else f"{self.score:g}/{self.max_score:g} autograded points"
        )
        if self.skipped:
            return f"{points} (graded before; --force grades it again)"
        return points + (f"; {self.problem}" if self.problem else "") + f" ({self.seconds:.0f} s)"


def diagnose(log: str, success: bool) -> str:
    """The teacher's reason for a failure, from nbgrader's log ('' when nothing went wrong)."""
    if success:
        return TIMED_OUT if "Timeout waiting for execute reply" in log else ""
    for sign, meaning in PROBLEMS:
        if sign in log:
            return meaning
    errors = [
        line[len("[ERROR] ") :]
        for line in log.splitlines()
        if line.startswith("[ERROR]")
        and not any(
            generic in line
            for generic in ("There was an error processing", "Please see", "Traceback")
        )
    ]
    lines = errors or [line for line in log.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "nbgrader failed without saying why"


# --- the gradebook: copies, snapshots, changes -------------------------------------------------


def copy_gradebook(source_engine, target: Path) -> None:
    """Copy every row of nbgrader's tables (and its schema version) into a new SQLite file."""
    from nbgrader.api import Base
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    with source_engine.connect() as read, engine.begin() as write:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row._mapping) for row in read.execute(table.select())]
            if rows:
                write.execute(table.insert(), rows)
        version = read.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        write.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        write.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:version)"),
            {"version": version},
        )
    engine.dispose()


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
        return snapshot(gradebook, assignment, student), autograded_points(
            gradebook, assignment, student
        )
    finally:
        gradebook.db.rollback()


def grade_one(assignment: str, student: str, force: bool) -> Outcome:
    """Autograde one student with nbgrader, in a worker; return the outcome and the gradebook changes."""
    api, gradebook = _worker["api"], _worker["gradebook"]
    start = time.perf_counter()
    before, _ = read(gradebook, assignment, student)
    result = api.autograde(assignment, student, force=force, create=True)
    log = (result.get("log") or "") + (result.get("error") or "")
    after, (score, max_score) = read(gradebook, assignment, student)
    return Outcome(
        student,
        graded=result["success"],
        score=score,
        max_score=max_score,
        problem=diagnose(log, result["success"]),
        skipped="Skipping existing assignment" in log,
        seconds=time.perf_counter() - start,
        changes=changed(before, after),
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
) -> list[Outcome]:
    """Autograde the submissions of ``assignment`` in ``workers`` processes; one Outcome per student.

    ``students``: the student ids to grade (default: every folder in submitted/ that holds this
    assignment). The course's gradebook, with the assignment generated, must exist.
    """
    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=config)
    check_assignment(coursedir, assignment)
    students = sorted(students or students_in(coursedir, coursedir.submitted_directory, assignment))
    if not students:
        raise ClassTaskError(
            f"there are no submissions of {assignment} in {coursedir.submitted_directory}/: collect them first."
        )
    workers = max(1, min(workers or default_workers(), len(students)))
    outcomes, handled, started = [], set(), time.time()
    with (
        tempfile.TemporaryDirectory(prefix="ai-course-grade-") as scratch,
        Gradebook(coursedir.db_url, coursedir.course_id) as gradebook,
    ):
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
        context = multiprocessing.get_context(
            "spawn"
        )  # a fresh interpreter: no inherited database connections
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
                        outcome = future.result()
                    except (
                        Exception
                    ) as error:  # the worker itself failed: this student is not graded
                        outcome = Outcome(
                            futures[future],
                            graded=False,
                            problem=f"the grading worker failed ({type(error).__name__}: {error})",
                        )
                    if outcome.changes:
                        write_changes(gradebook, assignment, outcome.student, outcome.changes)
                    if outcome.graded:
                        handled.add(outcome.student)
                    say(
                        f"[{done:>{len(str(len(students)))}}/{len(students)}] {outcome.student}: {outcome.line()}"
                    )
                    outcomes.append(outcome)
        finally:
            # A submission graded in this run whose grades did not reach the gradebook (a worker
            # failed, or the teacher pressed Ctrl-C) must not look graded: the next run grades it.
            for student in set(students) - handled:
                folder = folder_of(coursedir, coursedir.autograded_directory, student, assignment)
                if folder.is_dir() and folder.stat().st_mtime >= started:
                    shutil.rmtree(folder, ignore_errors=True)
    return sorted(outcomes, key=lambda outcome: outcome.student)
