"""Grading a class: `ai-course grade` against nbgrader's sequential `nbgrader autograde`.

Two scratch courses get the same simulated class (tests/simulated.py: by default 100
submissions of the first assignment, 60 correct, 20 wrong, 12 blank and 8 broken). One is graded
by `nbgrader autograde <assignment>`, the other by `ai-course grade <assignment> --workers=N`,
each as a command, timed from start to end (wall time; the processor time they used is shown
too, since other work on a shared machine slows the wall time). The two gradebooks must come out
the same. Goal (issue 6): at least 1.6 times faster on 2 cores.

Run from the course folder:
``python benchmarks/grading.py [--assignment A] [--workers 2] [--timeout 5]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# tests/ must be on sys.path first: the simulated class and the course's assignments come from there
from common import ASSIGNMENTS, CLASS_ASSIGNMENT  # noqa: E402
from simulated import (  # noqa: E402
    CLASS_OF_100,
    class_of,
    gradebook_state,
    scratch_course,
    submit_all,
)


def timed(command: list[str], course: Path, env: dict) -> tuple[float, float]:
    """Wall time and processor time (the command and everything it started, kernels included)."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(
        command, cwd=course, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--assignment", default=CLASS_ASSIGNMENT, choices=ASSIGNMENTS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--timeout",
        type=int,
        default=5,
        help="nbgrader's cell time limit, seconds (the course: 30)",
    )
    args = parser.parse_args()

    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    students = class_of(CLASS_OF_100)
    timeout = f"--Execute.timeout={args.timeout}"
    with tempfile.TemporaryDirectory(prefix="grading-benchmark-") as scratch:
        courses = {}
        for name in ("nbgrader", "ai-course"):
            course = scratch_course(Path(scratch) / name, [args.assignment])
            subprocess.run(
                ["nbgrader", "generate_assignment", args.assignment],
                cwd=course,
                env=env,
                check=True,
                capture_output=True,
            )
            submit_all(course, args.assignment, students)
            courses[name] = course
        sequential, sequential_cpu = timed(
            ["nbgrader", "autograde", args.assignment, timeout], courses["nbgrader"], env
        )
        parallel, parallel_cpu = timed(
            ["ai-course", "grade", args.assignment, f"--workers={args.workers}", timeout],
            courses["ai-course"],
            env,
        )
        same = all(
            gradebook_state(f"sqlite:///{c / 'gradebook.db'}")
            == gradebook_state(f"sqlite:///{courses['nbgrader'] / 'gradebook.db'}")
            for c in courses.values()
        )
    print(
        f"grading {len(students)} submissions of {args.assignment} on {os.cpu_count()} processors "
        f"(load {os.getloadavg()[0]:.1f}): "
        f"nbgrader autograde {sequential:.0f} s ({sequential_cpu:.0f} s of processor time); "
        f"ai-course grade with {args.workers} workers {parallel:.0f} s "
        f"({parallel_cpu:.0f} s of processor time): "
        f"{sequential / parallel:.2f}x as fast (goal >= 1.6); same gradebook: {same}"
    )


if __name__ == "__main__":
    main()
