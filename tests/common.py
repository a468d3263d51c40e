"""What the tests share: the course's folders, its lessons and assignments (from the topic
registry, course/topics.py), reading notebooks, and running Jupyter's tools in subprocesses."""

import os
import socket
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
