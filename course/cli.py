"""The ``ai-course`` command.

``ai-course start`` opens the course in JupyterLab at the welcome lesson. JupyterLab starts in
the course folder (not in ``notebooks/``), so the file browser reaches the lessons, the
exercises and everything else. Options it does not know, such as ``--port=8899`` or
``--no-browser``, go to JupyterLab unchanged.

The teacher's commands (``release``, ``collect``, ``grade``, ``feedback``, ``report``, ``guide``)
are thin layers over nbgrader's API, in :mod:`course.classroom`; run them inside the course
folder. nbgrader options such as ``--CourseDirectory.db_url=postgresql://...`` go to nbgrader.
Each has one function below, which imports nbgrader only when it runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

WELCOME = "notebooks/00_welcome.ipynb"


def course_root(start: Path | None = None) -> Path:
    """The course folder: the current folder or one above it, else the folder of this package."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents, Path(__file__).resolve().parent.parent):
        if (folder / WELCOME).is_file() and (folder / "nbgrader_config.py").is_file():
            return folder
    raise SystemExit(
        "ai-course: cannot find the course folder (the one with notebooks/ and nbgrader_config.py). "
        "Run this command inside it."
    )


def lab_command(root: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command line that opens the welcome lesson with ``root`` as its root."""
    return [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{WELCOME}",
        *extra,
    ]


# --- the teacher's commands: one function each ------------------------------------------------


def teacher_setup(extra: list[str]):
    """Work in the course folder, with nbgrader's settings and the command line's nbgrader options."""
    from course import classroom

    root = classroom.course_directory()
    os.chdir(root)  # nbgrader reads nbgrader_config.py from the current folder
    return classroom.nbgrader_config(root, extra)


def release(args, extra) -> int:
    from course import classroom

    classroom.release(teacher_setup(extra), args.assignment, due=args.due, force=args.force)
    return 0


def collect(args, extra) -> int:
    from course import classroom

    classroom.collect(teacher_setup(extra), args.assignment)
    return 0


def grade(args, extra) -> int:
    import warnings

    from sqlalchemy.exc import SAWarning

    from course import grading

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's own, on every new submission
    start = time.perf_counter()
    outcomes = grading.grade(teacher_setup(extra), args.assignment, students=args.student,
                             workers=args.workers, force=args.force)
    failed = [o for o in outcomes if not o.graded]
    stopped = [o for o in outcomes if o.graded and o.problem]
    print(f"Done in {time.perf_counter() - start:.0f} s: {len(outcomes) - len(failed)} of {len(outcomes)} "
          f"submissions of {args.assignment} graded" + (f", {len(stopped)} with a cell stopped at the time limit." if stopped else "."))
    if failed:
        print("Not graded (the gradebook has no new grades for them; fix the cause, then run this command again):")
        for outcome in failed:
            print(f"  {outcome.student}: {outcome.problem}")
    print(f"Next: grade the written answers (Formgrader, Manual Grading), then `ai-course feedback {args.assignment}`.")
    return 1 if failed else 0


def feedback(args, extra) -> int:
    from course import classroom

    failed = classroom.feedback(teacher_setup(extra), args.assignment)
    for student, problem in failed:
        print(f"  no feedback for {student}: {problem}")
    return 1 if failed else 0


def report(args, extra) -> int:
    from course import report as class_report

    class_report.report(teacher_setup(extra), Path(args.output).resolve())
    return 0


def guide(args, extra) -> int:
    from course import guide as teacher_guide

    root = course_root()
    readme = root / "teachers" / "README.md"
    if args.check:
        current = readme.read_text(encoding="utf-8")
        fresh = teacher_guide.render(root)
        if fresh not in current:
            print(f"{readme} is out of date: run `ai-course guide`.")
            return 1
        print(f"{readme} is up to date.")
        return 0
    changed = teacher_guide.update(readme, root)
    print(f"{'Updated' if changed else 'Already up to date:'} {readme}")
    return 0


def add_teacher_commands(commands) -> None:
    """The teacher's subcommands; each parser's ``run`` is its function above."""
    def command(name, run, help, assignment=True):
        parser = commands.add_parser(name, help=help, description=help + ". Run it inside the course folder; "
                                     "nbgrader options (--Class.setting=value) go to nbgrader.")
        if assignment:
            parser.add_argument("assignment", help="the assignment: a folder name in solutions/")
        parser.set_defaults(run=run)
        return parser

    parser = command("release", release, "generate an assignment and release it to nbgrader's exchange")
    parser.add_argument("--due", help='a due date, such as "2025-06-01 17:00 Europe/Amsterdam"')
    parser.add_argument("--force", action="store_true", help="release again over an earlier release")
    command("collect", collect, "collect the submissions of an assignment from the exchange")
    parser = command("grade", grade, "autograde the submissions of an assignment in parallel, with nbgrader")
    parser.add_argument("--workers", type=int, help="worker processes (default: one per processor)")
    parser.add_argument("--student", action="append", help="grade only this student (repeat for more)")
    parser.add_argument("--force", action="store_true", help="grade again submissions that are already graded")
    command("feedback", feedback, "make feedback pages without the hidden tests, and release them")
    parser = command("report", report, "export the grades to CSV and plot how the class did", assignment=False)
    parser.add_argument("--output", default="reports", help="the folder for the files (default: reports/)")
    parser = command("guide", guide, "write the lessons part of the teacher guide (teachers/README.md)", assignment=False)
    parser.add_argument("--check", action="store_true", help="only check that it is up to date")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ai-course", description="AI at Work: the course's command.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="open the course in JupyterLab at the welcome lesson")
    add_teacher_commands(commands)
    args, extra = parser.parse_known_args(argv)
    if args.command == "start":
        return subprocess.call(lab_command(course_root(), extra))
    if hasattr(args, "run"):
        return run_teacher_command(args, extra)
    return 2


def run_teacher_command(args, extra) -> int:
    """Run a teacher's command; a task that cannot be done ends with its reason, not a traceback."""
    from course.classroom import ClassTaskError

    try:
        return args.run(args, extra)
    except ClassTaskError as problem:
        print(f"ai-course {args.command}: {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
