"""What the tests share: the course's folders, its lessons and assignments (from the topic
registry, course/topics.py), reading notebooks, and running Jupyter's tools in subprocesses."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import nbformat

from course import topics

ROOT = Path(__file__).resolve().parent.parent
WELCOME = ROOT / topics.WELCOME
TOPIC_LESSONS = [ROOT / t.lesson for t in topics.TOPICS]
LESSONS = [WELCOME, *TOPIC_LESSONS]
ASSIGNMENTS = topics.assignments()
# The assignment the class-scale tests grade (a class of 100, the exchange, PostgreSQL, the hub):
# any would do, as nothing in them depends on it; this one's notebook runs fastest (plain Python).
CLASS_ASSIGNMENT = "junior_paradox"
TOPIC_NAMES = [t.name for t in topics.TOPICS]


def course_files(suffix: str) -> list:
    """Files of the course with this suffix: what git tracks or would track (not what it ignores,
    such as generated folders and the strategy documents learners write), or, outside a git
    checkout, every file outside hidden, generated and environment folders."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        return sorted(
            ROOT / name for name in listed if name.endswith(suffix) and (ROOT / name).is_file()
        )
    except (OSError, subprocess.CalledProcessError):
        pass
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = sorted(
            d for d in subfolders if not d.startswith((".", "_build", "node_modules"))
        )
        found += [Path(folder, f) for f in sorted(files) if f.endswith(suffix)]
    return found


def read_notebook(path: Path):
    """A notebook as nbformat reads it (cells with ``.source`` as one string)."""
    return nbformat.read(path, as_version=4)


def cell_source(cell) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def tool_env() -> dict:
    """The environment for nbgrader and jupyter subprocesses: this Python's bin/ first on PATH
    (nbgrader's gradebook shells out to `alembic`)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
