"""The ``ai-course`` command.

``ai-course start`` opens the course in JupyterLab at the welcome lesson. JupyterLab starts in
the course folder (not in ``notebooks/``), so the file browser reaches the lessons, the
exercises and everything else. Options it does not know, such as ``--port=8899`` or
``--no-browser``, go to JupyterLab unchanged.

``ai-course explore <topic>`` shows one lesson's explorer as an app, with Voila: the lesson's
title and the explorer, no code, served on this computer only (to project it in class).
Options it does not know go to Voila.

The teacher's commands (``release``, ``collect``, ``grade``, ``feedback``, ``report``, ``guide``)
are thin layers over nbgrader's API, in :mod:`course.classroom`; run them inside the course
folder. nbgrader options such as ``--CourseDirectory.db_url=postgresql://...`` go to nbgrader.
Each has one function below, which imports nbgrader only when it runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WELCOME = "notebooks/00_welcome.ipynb"
# The modules that are not a topic: what the lessons share, and the teacher's commands.
SHARED = {
    "cli",
    "data",
    "params",
    "selfcheck",
    "sources",
    "ui",
    "classroom",
    "feedback",
    "grading",
    "guide",
    "report",
}


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
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{WELCOME}",
        *extra,
    ]


def lesson_title(lesson: Path) -> str:
    """The text of a lesson's H1 heading."""
    for cell in json.loads(lesson.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return lesson.stem


def explorer_lessons(root: Path) -> dict[str, Path]:
    """Each topic whose model has an ``explorer()``, with its lesson (``notebooks/NN_<topic>.ipynb``)."""
    lessons = {}
    for lesson in sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        topic = lesson.stem[3:]
        try:
            module = importlib.import_module(f"course.{topic}")
        except ModuleNotFoundError as error:
            if error.name != f"course.{topic}":
                raise
            continue  # a lesson without a model, such as the welcome
        if callable(getattr(module, "explorer", None)):
            lessons[topic] = lesson
    return lessons


def app_notebook(topic: str, title: str) -> dict:
    """A notebook with only a title and the topic's explorer: what Voila shows as the app."""
    return {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": f"# {title}"},
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": None,
                "outputs": [],
                "source": f"from course import {topic}\n\n{topic}.explorer()",
            },
        ],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 4,
    }


def voila_command(notebook: Path, extra: list[str]) -> list[str]:
    """The Voila command line that serves ``notebook`` on loopback only, without its code."""
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        "--Voila.ip=127.0.0.1",
        "--strip_sources=True",
        *extra,
    ]


def explore(topic: str, extra: list[str]) -> int:
    """``ai-course explore <topic>``: the topic's explorer alone, as a Voila app."""
    root = course_root()
    lessons = explorer_lessons(root)
    if topic not in lessons:
        raise SystemExit(
            f"ai-course explore: no explorer called {topic!r}. Choose one of: {', '.join(lessons)}."
        )
    title = lesson_title(lessons[topic])
    with tempfile.TemporaryDirectory(prefix="ai-course-explore-") as folder:
        notebook = Path(folder) / f"{topic}.ipynb"
        notebook.write_text(json.dumps(app_notebook(topic, title)), encoding="utf-8")
        return subprocess.call(voila_command(notebook, extra))


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
    outcomes = grading.grade(
        teacher_setup(extra),
        args.assignment,
        students=args.student,
        workers=args.workers,
        force=args.force,
    )
    failed = [o for o in outcomes if not o.graded]
    stopped = [o for o in outcomes if o.graded and o.problem]
    print(
        f"Done in {time.perf_counter() - start:.0f} s: {len(outcomes) - len(failed)} of {len(outcomes)} "
        f"submissions of {args.assignment} graded"
        + (f", {len(stopped)} with a cell stopped at the time limit." if stopped else ".")
    )
    if failed:
        print(
            "Not graded (the gradebook has no new grades for them; fix the cause, then run this command again):"
        )
        for outcome in failed:
            print(f"  {outcome.student}: {outcome.problem}")
    print(
        f"Next: grade the written answers (Formgrader, Manual Grading), then `ai-course feedback {args.assignment}`."
    )
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
        parser = commands.add_parser(
            name,
            help=help,
            description=help + ". Run it inside the course folder; "
            "nbgrader options (--Class.setting=value) go to nbgrader.",
        )
        if assignment:
            parser.add_argument("assignment", help="the assignment: a folder name in solutions/")
        parser.set_defaults(run=run)
        return parser

    parser = command(
        "release", release, "generate an assignment and release it to nbgrader's exchange"
    )
    parser.add_argument("--due", help='a due date, such as "2025-06-01 17:00 Europe/Amsterdam"')
    parser.add_argument(
        "--force", action="store_true", help="release again over an earlier release"
    )
    command("collect", collect, "collect the submissions of an assignment from the exchange")
    parser = command(
        "grade", grade, "autograde the submissions of an assignment in parallel, with nbgrader"
    )
    parser.add_argument("--workers", type=int, help="worker processes (default: one per processor)")
    parser.add_argument(
        "--student", action="append", help="grade only this student (repeat for more)"
    )
    parser.add_argument(
        "--force", action="store_true", help="grade again submissions that are already graded"
    )
    command("feedback", feedback, "make feedback pages without the hidden tests, and release them")
    parser = command(
        "report", report, "export the grades to CSV and plot how the class did", assignment=False
    )
    parser.add_argument(
        "--output", default="reports", help="the folder for the files (default: reports/)"
    )
    parser = command(
        "guide",
        guide,
        "write the lessons part of the teacher guide (teachers/README.md)",
        assignment=False,
    )
    parser.add_argument("--check", action="store_true", help="only check that it is up to date")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ai-course", description="AI at Work: the course's command."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="open the course in JupyterLab at the welcome lesson")
    commands.add_parser(
        "explore", help="show one lesson's explorer as an app (Voila), without code"
    ).add_argument(
        "topic",
        help="the topic, as in the lesson's file name: junior_paradox for 04_junior_paradox",
    )
    add_teacher_commands(commands)
    args, extra = parser.parse_known_args(argv)
    if args.command == "start":
        command = lab_command(course_root(), extra)
        if os.name == "posix":
            os.execv(
                command[0], command
            )  # JupyterLab takes over: Ctrl+C and signals reach it directly
        return subprocess.call(command)
    if args.command == "explore":
        return explore(args.topic, extra)
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
