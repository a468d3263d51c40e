"""The ``ai-course`` command.

``ai-course start`` opens the course in JupyterLab at the welcome lesson. JupyterLab starts in
the course folder (not in ``notebooks/``), so the file browser reaches the lessons, the
exercises and everything else. Options it does not know, such as ``--port=8899`` or
``--no-browser``, go to JupyterLab unchanged.

``ai-course explore <topic>`` shows one lesson's explorer as an app, with Voila: the lesson's
title and the explorer, no code, served on this computer only (to project it in class).
Options it does not know go to Voila.

The teacher's commands (``roster``, ``release``, ``collect``, ``grade``, ``feedback``,
``report``, ``guide``) run the teacher's tools in :mod:`course.teach`, thin layers over
nbgrader's API; run them inside the course folder. nbgrader options such as
``--CourseDirectory.db_url=postgresql://...`` go to nbgrader. Each has one function below, which
imports its tool (and nbgrader) only when it runs. A command that cannot do its task ends with
exit status 1 and one or two sentences that say why and what to do (:func:`run`), not a traceback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from course import topics
from course.topics import WELCOME

NBGRADER_OPTIONS = ("--Exchange", "--CourseDirectory.")  # nbgrader settings


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


def language_folder(root: Path, language: str) -> Path:
    """The course folder of a language: the English course, or its Dutch edition in ``nl/``."""
    from course.teach.classroom import ClassTaskError

    if language == "en" or root.name == language:
        return root
    if not (root / language / "nbgrader_config.py").is_file():
        raise ClassTaskError(f"this course has no {language}/ edition: run `ai-course translate`.")
    return root / language


def app_notebook(topic: topics.Topic, title: str | None = None, language: str = "en"):
    """A notebook with only a title and the topic's explorer: what Voila shows as the app.
    ``title``: the lesson's H1 (the English one by default); ``language``: the course's language."""
    import nbformat

    code = f"from course import {topic.name}\n\n{topic.name}.explorer()"
    if language != "en":
        code = f'import course\n\ncourse.language("{language}")\n{code}'
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(f"# {title or f'{topic.number} {topic.title}'}"),
            nbformat.v4.new_code_cell(code),
        ],
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
    )


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


def start(args, extra) -> int:
    """``ai-course start``: JupyterLab at the welcome lesson, with the course folder as its root."""
    from course.teach.classroom import ClassTaskError, course_directory

    root = language_folder(course_directory(installed=True), args.lang)
    if not (root / WELCOME).is_file():
        raise ClassTaskError(
            f"the course folder {root} has no {WELCOME}: is it the AI at Work course?"
        )
    nbgrader_options = [option for option in extra if option.startswith(NBGRADER_OPTIONS)]
    if nbgrader_options:
        raise ClassTaskError(
            f"{' '.join(nbgrader_options)} would not reach the Assignments tab, which reads "
            "nbgrader's settings from nbgrader_config.py: set it there (c.Exchange.root = ...)."
        )
    # JupyterLab's Assignments tab reads nbgrader_config.py in the folder JupyterLab runs in.
    os.chdir(root)
    command = lab_command(root, extra)
    if os.name != "posix":
        return subprocess.call(command)
    os.execv(command[0], command)  # JupyterLab takes over: Ctrl+C and signals reach it directly
    return 0  # not reached


def explore(args, extra) -> int:
    """``ai-course explore <topic>``: the topic's explorer alone, as a Voila app."""
    import nbformat

    from course.teach.classroom import course_directory
    from course.teach.guide import heading, read

    try:
        topic = topics.topic(args.topic)
    except ValueError as error:
        raise SystemExit(f"ai-course explore: {error}") from None
    title = None
    if args.lang != "en":  # the Dutch lesson's own title
        title = heading(
            read(language_folder(course_directory(installed=True), args.lang) / topic.lesson)
        )
    with tempfile.TemporaryDirectory(prefix="ai-course-explore-") as folder:
        notebook = Path(folder) / f"{topic.name}.ipynb"
        nbformat.write(app_notebook(topic, title, args.lang), notebook)
        return subprocess.call(voila_command(notebook, extra))


def translate(args, extra) -> int:
    """``ai-course translate``: the catalogues and the Dutch course (course.teach.translate)."""
    from course.teach import translate as translation
    from course.teach.classroom import course_directory

    root = course_directory()
    if root.name == translation.LANGUAGE:
        root = root.parent  # from inside nl/: its English source
    return translation.translate(root, check=args.check)


def list_course(args, extra) -> int:
    """``ai-course list``: the lessons, with each topic's assignments."""
    print(f"00 Welcome                {WELCOME}")
    for t in topics.TOPICS:
        print(f"{t.number} {t.short_title:<22} {t.lesson}")
        for assignment in t.assignments:
            print(f"   assignment {assignment:<22} exercises/{assignment}/")
    print(
        "Open a lesson's explorer as an app: ai-course explore <topic>, "
        "e.g. ai-course explore junior_paradox."
    )
    return 0


# --- the teacher's commands: one function each ------------------------------------------------


def teacher_setup(extra: list[str]):
    """Work in the course folder; nbgrader's settings, with the nbgrader options given."""
    from course.teach import classroom

    root = classroom.course_directory()
    os.chdir(root)  # nbgrader reads nbgrader_config.py from the current folder
    return classroom.nbgrader_config(root, extra)


def release(args, extra) -> int:
    from course.teach import classroom

    classroom.release(teacher_setup(extra), args.assignment, due=args.due, force=args.force)
    return 0


def collect(args, extra) -> int:
    from course.teach import classroom

    classroom.collect(teacher_setup(extra), args.assignment)
    return 0


def grade(args, extra) -> int:
    from course.teach import grading

    results = grading.grade(
        teacher_setup(extra),
        args.assignment,
        students=args.student,
        workers=args.workers,
        force=args.force,
    )
    return 0 if all(result.graded for result in results) else 1


def feedback(args, extra) -> int:
    from course.teach import classroom

    config = teacher_setup(extra)
    if not args.partial:
        classroom.refuse_while_pending(config, args.assignment)
    failed = classroom.feedback(config, args.assignment)
    released = classroom.nbgrader_api(config).exchange_is_functional
    return 0 if released and not failed else 1


def report(args, extra) -> int:
    from course.teach import report as class_report

    class_report.report(teacher_setup(extra), Path(args.output).resolve(), lms=args.lms)
    return 0


def roster(args, extra) -> int:
    from course.teach import classroom

    roster_file = Path(args.file).resolve()  # where the teacher is, before going to the course
    classroom.roster(teacher_setup(extra), roster_file)
    return 0


def guide(args, extra) -> int:
    from course.teach import classroom
    from course.teach import guide as generator

    root = classroom.course_directory()
    if (root.parent / "nbgrader_config.py").is_file() and (root.parent / "locale").is_dir():
        raise classroom.ClassTaskError(
            "this is a generated edition of the course: run `ai-course translate` in the English "
            "course folder, which writes its guide too."
        )
    stale = []
    for part in generator.generated(root):
        where = part.path.relative_to(root)
        if args.check:
            if part.fresh() != part.current():
                stale.append(where)
                print(f"{where} is out of date: run `ai-course guide`.")
        else:
            print(f"{'Updated' if part.write() else 'Already up to date:'} {where}")
    if args.check and not stale:
        print(
            "The teacher guide, README's lesson list and the welcome lesson's map are up to date."
        )
    return 1 if stale else 0


def workers(text: str) -> int:
    """--workers: a whole number, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers: give 1 or more")
    return int(text)


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
    parser.add_argument(
        "--workers", type=workers, help="worker processes (default: one per processor)"
    )
    parser.add_argument(
        "--student", action="append", help="grade only this student (repeat for more)"
    )
    parser.add_argument(
        "--force", action="store_true", help="grade again submissions that are already graded"
    )
    parser = command(
        "feedback", feedback, "make feedback pages without the hidden tests, and release them"
    )
    parser.add_argument(
        "--partial",
        action="store_true",
        help="release them although some answers are not graded yet: they say 'not graded yet'",
    )
    parser = command(
        "report", report, "export the grades to CSV and plot how the class did", assignment=False
    )
    parser.add_argument(
        "--output", default="reports", help="the folder for the files (default: reports/)"
    )
    parser.add_argument(
        "--lms",
        help="also write the graded scores as a file to import into this learning platform: "
        "canvas, brightspace or moodle",
    )
    parser = command(
        "roster",
        roster,
        "add the students of a CSV roster (id, first_name, last_name, email, lms_user_id) "
        "to the gradebook",
        assignment=False,
    )
    parser.add_argument("file", help="the roster, a CSV file")
    parser = command(
        "guide",
        guide,
        "write the lists of lessons: in the teacher guide, README and the welcome lesson",
        assignment=False,
    )
    parser.add_argument("--check", action="store_true", help="only check that it is up to date")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ai-course", description="AI at Work: the course's command."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    language = {
        "choices": ("en", "nl"),
        "default": "en",
        "help": "the course's language: en (English) or nl (Nederlands)",
    }
    opening = commands.add_parser(
        "start", help="open the course in JupyterLab at the welcome lesson"
    )
    opening.add_argument("--lang", **language)
    opening.set_defaults(run=start)
    explorer = commands.add_parser(
        "explore", help="show one lesson's explorer as an app (Voila), without code"
    )
    explorer.add_argument(
        "topic",
        help="the topic, as in the lesson's file name: junior_paradox for 04_junior_paradox",
    )
    explorer.add_argument("--lang", **language)
    explorer.set_defaults(run=explore)
    translating = commands.add_parser(
        "translate",
        help="update the Dutch catalogues from the English texts and write the Dutch course (nl/)",
    )
    translating.add_argument(
        "--check", action="store_true", help="only check that both are current"
    )
    translating.set_defaults(run=translate)
    commands.add_parser("list", help="list the lessons and their assignments").set_defaults(
        run=list_course
    )
    add_teacher_commands(commands)
    args, extra = parser.parse_known_args(argv)
    return run(args, extra)


def run(args, extra) -> int:
    """Run a command; a task that cannot be done ends with its reason, not a traceback."""
    from course.teach.classroom import ClassTaskError

    try:
        return args.run(args, extra)
    except ClassTaskError as problem:
        print(f"ai-course {args.command}: {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
