"""Class tasks for teachers, as thin layers over nbgrader's own API.

nbgrader does every step: its ``NbGraderAPI`` generates, releases, collects, autogrades and
returns feedback. This module adds what a teacher needs around those calls: it finds the course
folder, reads nbgrader's settings the way ``nbgrader`` itself does, checks the gradebook before a
step and copies it before a change (:mod:`course.teach.records`), checks every result (the API
returns ``success: False`` instead of raising), and says what happened, student by student.
Parallel autograding is in :mod:`course.teach.grading`, feedback without hidden tests in
:mod:`course.teach.feedback`, the class report in :mod:`course.teach.report`.

Everything here works for any assignment in ``solutions/``: nothing is written per assignment.
nbgrader is imported inside the functions, so that ``ai-course start``, which uses
:func:`course_directory`, does not load it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
from datetime import datetime
from pathlib import Path

from course.teach.records import (
    ClassTaskError,
    backup_gradebook,
    check_gradebook,
    keep_log,
    kept_on_failure,
)


def course_directory(start: Path | None = None, *, installed: bool = False) -> Path:
    """The course folder: the current folder, or the first one above it, with nbgrader_config.py.

    Every ``ai-course`` command finds its course this way, so that all of them act on the same one.
    ``installed``: outside any course folder, use the course this package was installed from (a
    student's ``ai-course start`` from anywhere); the teacher's commands never do, so that they
    cannot act on a course the teacher did not mean.
    """
    here = (start or Path.cwd()).resolve()
    package_course = Path(__file__).resolve().parents[2]
    candidates = (here, *here.parents, *([package_course] if installed else []))
    for folder in candidates:
        if (folder / "nbgrader_config.py").is_file():
            return folder
    raise ClassTaskError(
        "there is no nbgrader_config.py in this folder or above it: "
        "run this command inside the course folder."
    )


@contextlib.contextmanager
def working_directory(folder: Path):
    """Run a block in ``folder``: nbgrader reads nbgrader_config.py from the current folder only."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def tools_on_path() -> None:
    """Put this Python's bin/ first on PATH: nbgrader's gradebook runs the `alembic` command."""
    tools = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != tools:
        os.environ["PATH"] = tools + os.pathsep + os.environ.get("PATH", "")


def nbgrader_config(root: Path, overrides: list[str] | tuple = ()):
    """nbgrader's settings, read as `nbgrader` reads them when run in ``root``.

    First the Jupyter config folders (on a class hub, the global nbgrader_config.py with the
    exchange), then the course's own nbgrader_config.py, then ``overrides``: nbgrader options
    written as on its command line, such as ``--CourseDirectory.db_url=postgresql://...``.
    """
    tools_on_path()
    from nbgrader.apps import NbGrader
    from traitlets.config.loader import KVArgParseConfigLoader

    app = NbGrader()
    with working_directory(root):
        app.load_config_file()
    config = app.config
    if "root" not in config.CourseDirectory:
        config.CourseDirectory.root = str(root)
    wrong = [
        option
        for option in overrides
        if not option.startswith("--") or "." not in option.split("=")[0]
    ]
    if wrong:
        raise ClassTaskError(
            f"not an nbgrader option: {' '.join(wrong)} (write them as --Class.setting=value)"
        )
    if overrides:
        config.merge(KVArgParseConfigLoader(list(overrides)).load_config())
    return config


def nbgrader_api(config):
    """nbgrader's high-level API with these settings."""
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=config)


def require(result: dict, step: str, root=None) -> dict:
    """Fail with nbgrader's own reason, in one line, unless ``result`` (from NbGraderAPI)
    succeeded. ``root``: the course folder, whose logs/ai-course.log gets nbgrader's messages."""
    if not result["success"]:
        log = (result.get("log") or "") + (result.get("error") or "")
        problems = [
            line.split("] ", 1)[1]
            for line in log.splitlines()
            if line.startswith(("[CRITICAL] ", "[ERROR] "))
        ]
        reason = problems[0] if problems else "nbgrader did not say why"
        where = f" (nbgrader's messages: {keep_log(root, step, log)})" if root else ""
        raise ClassTaskError(f"{step} failed: {reason}{where}")
    return result


def folder_of(coursedir, step: str, student: str, assignment: str) -> Path:
    """A student's folder for ``assignment`` in nbgrader's ``step`` folder (submitted, ...)."""
    return Path(coursedir.format_path(step, student, assignment))


def check_assignment(coursedir, assignment: str) -> None:
    """Fail clearly when ``assignment`` has no folder in the source directory (solutions/)."""
    if not folder_of(coursedir, coursedir.source_directory, ".", assignment).is_dir():
        source = Path(coursedir.root) / coursedir.source_directory
        known = (
            sorted(p.name for p in source.iterdir() if p.is_dir() and not p.name.startswith("."))
            if source.is_dir()
            else []
        )
        raise ClassTaskError(
            f"there is no assignment {assignment!r}. "
            f"The assignments are: {', '.join(known) or 'none'}."
        )


def students_in(coursedir, step: str, assignment: str) -> list[str]:
    """The students with a folder for ``assignment`` in nbgrader's ``step`` folder."""
    pattern = folder_of(coursedir, step, "*", assignment)
    position = pattern.parts.index("*")
    return sorted(
        Path(path).parts[position] for path in glob.glob(str(pattern)) if Path(path).is_dir()
    )


def exchange_ready(api, assignment: str) -> None:
    """Fail clearly unless nbgrader's exchange works here (a course id, its folder, not Windows)."""
    if not api.exchange_is_functional:
        raise ClassTaskError(
            f"{no_exchange(api)} Without an exchange, hand out exercises/{assignment}/ and put "
            f"each student's notebook in submitted/<student>/{assignment}/ (teachers/README.md)."
        )


def no_exchange(api) -> str:
    return (
        f"nbgrader's exchange folder ({api.exchange_root or 'not set'}, course "
        f"{api.course_id or 'not set'}) does not exist here. Make it as teachers/README.md says "
        "(A class on one machine; on a hub, teachers/jupyterhub.md); its place is "
        "c.Exchange.root in nbgrader_config.py."
    )


def due_date(api, assignment: str) -> datetime | None:
    """The assignment's due date in the gradebook (UTC without time zone, as nbgrader keeps it)."""
    from nbgrader.api import MissingEntry

    with api.gradebook as gradebook:
        try:
            return gradebook.find_assignment(assignment).duedate
        except MissingEntry:
            return None


def late_by(timestamp: datetime | None, due: datetime | None) -> str:
    """'2 h 5 min' when ``timestamp`` is after ``due``, else ''."""
    if not timestamp or not due or timestamp <= due:
        return ""
    minutes = int((timestamp - due).total_seconds() // 60)
    if minutes == 0:
        return "less than a minute"
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min"]
    return " ".join(part for part in parts if part)


def back_up(coursedir, step: str, say) -> None:
    """Copy the gradebook to backups/ before a step changes it, and say where."""
    copy = backup_gradebook(coursedir, step)
    if copy:
        say(f"The gradebook as it was before this step: {copy.relative_to(coursedir.root)}")


def release(
    config, assignment: str, *, due: str | None = None, force: bool = False, say=print
) -> None:
    """Generate the student version of ``assignment`` and release it to nbgrader's exchange.

    ``due``: a due date such as ``"2025-06-01 17:00 Europe/Amsterdam"``, stored in the gradebook,
    so that collect and grade can tell late submissions. ``force``: release again over an
    earlier release (students who already fetched it keep their copy).
    """
    from nbgrader.utils import parse_utc

    if force:
        config.ExchangeReleaseAssignment.force = True
    api = nbgrader_api(config)
    coursedir = api.coursedir
    check_assignment(coursedir, assignment)
    exchange_ready(api, assignment)
    check_gradebook(coursedir, first_step=True)
    if not force and assignment in api.get_released_assignments():
        raise ClassTaskError(
            f"{assignment} is already released. To release it again, run "
            f"`ai-course release {assignment} --force` (students who fetched it keep their copy)."
        )
    try:
        moment = parse_utc(due) if due else None
    except (ValueError, OverflowError):
        raise ClassTaskError(
            f"cannot read the due date {due!r}: write it as 2025-06-01 17:00 Europe/Amsterdam"
        ) from None
    back_up(coursedir, "release", say)
    say(
        f"Generating the student version of {assignment} "
        f"in {coursedir.release_directory}/{assignment}/ ..."
    )
    # nbgrader removes the old student version first, also when generating the new one fails
    with kept_on_failure(folder_of(coursedir, coursedir.release_directory, ".", assignment)):
        require(
            api.generate_assignment(assignment),
            f"nbgrader generate_assignment {assignment}",
            coursedir.root,
        )
    if moment:
        with api.gradebook as gradebook:
            gradebook.update_or_create_assignment(assignment, duedate=moment)
        say(f"Due date: {moment:%Y-%m-%d %H:%M} UTC.")
    say(f"Releasing {assignment} to the exchange ...")
    require(
        api.release_assignment(assignment),
        f"nbgrader release_assignment {assignment}",
        coursedir.root,
    )
    say(
        f"Released {assignment} for course {api.course_id}: "
        "students fetch it in JupyterLab's Assignments tab."
    )


def collect(config, assignment: str, *, say=print) -> list[tuple[str, datetime | None, str]]:
    """Collect the submissions of ``assignment`` from the exchange into submitted/.

    A student who submitted more than once is collected once, with the latest submission.
    Returns (student, time of submission, how late) for every collected student.
    """
    api = nbgrader_api(config)
    check_assignment(api.coursedir, assignment)
    exchange_ready(api, assignment)
    check_gradebook(api.coursedir)
    say(f"Collecting {assignment} from the exchange ...")
    require(api.collect(assignment), f"nbgrader collect {assignment}", api.coursedir.root)
    due = due_date(api, assignment)
    collected = []
    for student in students_in(api.coursedir, api.coursedir.submitted_directory, assignment):
        timestamp = api.coursedir.get_existing_timestamp(
            str(folder_of(api.coursedir, api.coursedir.submitted_directory, student, assignment))
        )
        lateness = late_by(timestamp, due)
        collected.append((student, timestamp, lateness))
        when = f"{timestamp:%Y-%m-%d %H:%M} UTC" if timestamp else "no time stamp"
        say(f"  {student}: submitted {when}" + (f", LATE by {lateness}" if lateness else ""))
    late = [student for student, _, lateness in collected if lateness]
    say(
        f"{len(collected)} submissions of {assignment} in {api.coursedir.submitted_directory}/"
        + (f"; late: {', '.join(late)}." if late else ".")
    )
    return collected


ROSTER = ("id", "first_name", "last_name", "email", "lms_user_id")  # nbgrader's student columns


def roster(config, path: Path, *, say=print) -> None:
    """Add the students of a CSV roster to the gradebook, or update them: their nbgrader id (on a
    hub, the user name their server runs as), names, email and id in the learning platform, so
    that the reports show names and the grade import files match the platform's students.
    Columns: :data:`ROSTER`; only ``id`` is required."""
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as file:  # utf-8-sig: Excel's CSV too
            reader = csv.DictReader(file)
            rows, columns = list(reader), reader.fieldnames or []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ClassTaskError(
            f"cannot read the roster {path} ({error}): save it as a CSV file in UTF-8."
        ) from None
    unknown = [column for column in columns if column not in ROSTER]
    if "id" not in columns or unknown:
        raise ClassTaskError(
            f"the roster's first line must name its columns, from {', '.join(ROSTER)} "
            f"(id is required); {path.name} has {', '.join(columns) or 'none'}."
        )
    ids = [row["id"].strip() for row in rows]
    blank = [number for number, id_ in enumerate(ids, 2) if not id_]
    twice = sorted({id_ for id_ in ids if ids.count(id_) > 1})
    if blank or twice:
        raise ClassTaskError(
            f"every student in {path.name} needs an id of their own: "
            + (f"line {', '.join(map(str, blank))} has none. " if blank else "")
            + (f"{', '.join(twice)} is there more than once." if twice else "")
        )
    api = nbgrader_api(config)
    check_gradebook(api.coursedir, first_step=True)
    back_up(api.coursedir, "roster", say)
    with api.gradebook as gradebook:
        known = {student.id for student in gradebook.students}
        for id_, row in zip(ids, rows, strict=True):
            details = {key: value.strip() for key, value in row.items() if key != "id" and value}
            gradebook.update_or_create_student(id_, **details)
    new = [id_ for id_ in ids if id_ not in known]
    say(f"{len(new)} students added to the gradebook, {len(ids) - len(new)} updated.")


def pending_answers(config, assignment: str) -> dict[str, list[str]]:
    """The answers of ``assignment`` that nobody has graded yet: {question: [student, ...]}, for
    the students whose submission is autograded."""
    from nbgrader.api import MissingEntry

    api = nbgrader_api(config)
    check_gradebook(api.coursedir)
    pending: dict[str, list[str]] = {}
    with api.gradebook as gradebook:
        for student in students_in(api.coursedir, api.coursedir.autograded_directory, assignment):
            try:
                submission = gradebook.find_submission(assignment, student)
            except MissingEntry:
                continue
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    if grade.needs_manual_grade:
                        pending.setdefault(grade.name, []).append(student)
    return pending


def refuse_while_pending(config, assignment: str) -> None:
    """Refuse feedback while any answer of ``assignment`` is still to grade by hand: its page
    would show it as 0 points to the student."""
    pending = pending_answers(config, assignment)
    if pending:
        listed = "; ".join(f"{question}: {', '.join(who)}" for question, who in pending.items())
        raise ClassTaskError(
            f"some answers of {assignment} are not graded yet ({listed}). Grade them in the "
            "Formgrader (Manual Grading) and run this command again; or release the pages now "
            f"with `ai-course feedback {assignment} --partial`: they say 'not graded yet' there."
        )


def feedback(config, assignment: str, *, say=print) -> list[tuple[str, str]]:
    """Generate feedback pages without the hidden tests, and release them to the exchange.

    Every autograded student gets a page; an answer nobody has graded yet says so on it. A
    student whose page cannot be made keeps the page they had, is reported, and the others go on.
    Returns (student, problem) for every page that failed. ``ai-course feedback`` first refuses
    while answers are still to grade (:func:`refuse_while_pending`), unless told --partial.
    """
    from course.teach.feedback import course_feedback

    course_feedback(config)
    api = nbgrader_api(config)
    coursedir = api.coursedir
    check_assignment(coursedir, assignment)
    check_gradebook(coursedir)
    students = students_in(coursedir, coursedir.autograded_directory, assignment)
    if not students:
        raise ClassTaskError(
            f"nobody's {assignment} is autograded yet: run `ai-course grade {assignment}` first."
        )
    failed = []
    for number, student in enumerate(students, 1):
        page = folder_of(coursedir, coursedir.feedback_directory, student, assignment)
        try:
            with kept_on_failure(page):
                require(
                    api.generate_feedback(assignment, student),
                    f"the feedback page of {student}",
                    coursedir.root,
                )
            say(f"[{number}/{len(students)}] {student}: feedback page made")
        except ClassTaskError as problem:
            failed.append((student, str(problem)))
            say(f"[{number}/{len(students)}] {student}: FAILED: {problem}")
    pages = f"{coursedir.feedback_directory}/<student>/{assignment}/"
    if not api.exchange_is_functional:
        say(f"Not released: {no_exchange(api)} Meanwhile, the pages are in {pages}.")
        return failed
    released, by_hand = [], []
    for student in students:
        if student in dict(failed):
            continue
        if not submitted_through_exchange(coursedir, student, assignment):
            by_hand.append(student)
            continue
        require(
            api.release_feedback(assignment, student),
            f"nbgrader release_feedback {assignment} for {student}",
            coursedir.root,
        )
        released.append(student)
    say(f"Released {len(released)} feedback pages: students fetch them in the Assignments tab.")
    if by_hand:
        say(
            "Not released, since they were not submitted through the exchange: "
            f"{', '.join(by_hand)}; their pages are in {pages}."
        )
    return failed


def submitted_through_exchange(coursedir, student: str, assignment: str) -> bool:
    """Whether the student's submission came through nbgrader's exchange, so that nbgrader can
    release its feedback page to that student.

    nbgrader's API does not tell. Checked against nbgrader 0.9.6: its exchange gives every
    submission a secret (submission_secret.txt, copied along into feedback/), and release_feedback
    names the released page with it; a notebook put into submitted/ by hand has none.
    """
    feedback_folder = folder_of(coursedir, coursedir.feedback_directory, student, assignment)
    return (feedback_folder / "submission_secret.txt").is_file()
