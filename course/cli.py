"""The ``ai-course`` command.

``ai-course start`` opens the course in JupyterLab at the welcome lesson. JupyterLab starts in
the course folder (not in ``notebooks/``), so the file browser reaches the lessons, the
exercises and everything else. Options it does not know, such as ``--port=8899`` or
``--no-browser``, go to JupyterLab unchanged.

``ai-course explore <topic>`` shows one lesson's explorer as an app, with Voila: the lesson's
title and the explorer, no code, served on this computer only (to project it in class).
Options it does not know go to Voila.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

WELCOME = "notebooks/00_welcome.ipynb"
SHARED = {"cli", "data", "params", "selfcheck", "sources", "ui"}  # every other module in course/ is a topic


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
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
             "source": f"from course import {topic}\n\n{topic}.explorer()"},
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 4,
    }


def voila_command(notebook: Path, extra: list[str]) -> list[str]:
    """The Voila command line that serves ``notebook`` on loopback only, without its code."""
    return [sys.executable, "-m", "voila", str(notebook), "--Voila.ip=127.0.0.1", "--strip_sources=True", *extra]


def explore(topic: str, extra: list[str]) -> int:
    """``ai-course explore <topic>``: the topic's explorer alone, as a Voila app."""
    root = course_root()
    lessons = explorer_lessons(root)
    if topic not in lessons:
        raise SystemExit(f"ai-course explore: no explorer called {topic!r}. Choose one of: {', '.join(lessons)}.")
    title = lesson_title(lessons[topic])
    with tempfile.TemporaryDirectory(prefix="ai-course-explore-") as folder:
        notebook = Path(folder) / f"{topic}.ipynb"
        notebook.write_text(json.dumps(app_notebook(topic, title)), encoding="utf-8")
        return subprocess.call(voila_command(notebook, extra))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ai-course", description="AI at Work: the course's command.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="open the course in JupyterLab at the welcome lesson")
    commands.add_parser("explore", help="show one lesson's explorer as an app (Voila), without code").add_argument(
        "topic", help="the topic, as in the lesson's file name: junior_paradox for 04_junior_paradox")
    args, extra = parser.parse_known_args(argv)
    if args.command == "start":
        command = lab_command(course_root(), extra)
        if os.name == "posix":
            os.execv(command[0], command)  # JupyterLab takes over: Ctrl+C and signals reach it directly
        return subprocess.call(command)
    if args.command == "explore":
        return explore(args.topic, extra)
    return 2


if __name__ == "__main__":
    sys.exit(main())
