"""The ``ai-course`` command.

``ai-course start`` opens the course in JupyterLab at the welcome lesson. JupyterLab starts in
the course folder (not in ``notebooks/``), so the file browser reaches the lessons, the
exercises and everything else. Options it does not know, such as ``--port=8899`` or
``--no-browser``, go to JupyterLab unchanged.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ai-course", description="AI at Work: the course's command.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="open the course in JupyterLab at the welcome lesson")
    args, extra = parser.parse_known_args(argv)
    if args.command == "start":
        command = lab_command(course_root(), extra)
        if os.name == "posix":
            os.execv(command[0], command)  # JupyterLab takes over: Ctrl+C and signals reach it directly
        return subprocess.call(command)
    return 2


if __name__ == "__main__":
    sys.exit(main())
