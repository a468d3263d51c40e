"""Measure the numbers CONTRIBUTING.md sets (a benchmark, not a test; it prints, it does not fail).

- ``import course``, in a fresh interpreter: goal under 0.3 s.
- Every topic's explorer (the topics of ``course/topics.py``): the model alone (goal under
  5 ms) and the full update after a slider move, model and redraw (goal: median under 50 ms,
  none over 100 ms). Each control is
  moved in turn through its range (a drop-down through its options; a text box keeps its text),
  the way the tests and a learner move it; moves to settings the model refuses (its ValueError
  shown instead of a plot) are left out.
- Any other function a topic lists in its ``BENCHMARKS`` dict (a label -> a function without
  arguments, with its goal in the label), timed alone.
- With ``--suite``: the whole test suite's wall time (goal under 5 minutes).

Run from the course folder: ``python benchmarks/run.py [--suite] [--moves N]``.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from course import topics, ui

ROOT = Path(__file__).resolve().parent.parent


def import_time(repeats: int = 7) -> list[float]:
    """Seconds that `import course` takes, each in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import course; print(time.perf_counter() - t)"
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True
            ).stdout
        )
        for _ in range(repeats)
    ]


def measure(explorer, moves: int):
    """Times (in ms) of the model alone and of full updates over ``moves`` slider moves."""
    schedule = [
        (name, value)
        for name, control in explorer.controls.items()
        for value in ui.choices(control)
    ]
    model_ms, update_ms = [], []
    for i in range(moves):
        name, value = schedule[i % len(schedule)]
        control = explorer.controls[name]
        if control.value == value:
            continue
        start = time.perf_counter()
        control.value = value  # runs the explorer's update, as a slider release does
        update_ms.append((time.perf_counter() - start) * 1000)
        values = {n: c.value for n, c in explorer.controls.items()}
        start = time.perf_counter()
        try:
            explorer._model(**values)
        except ValueError:  # settings the model refuses: the explorer shows why and draws nothing
            update_ms.pop()
            continue
        model_ms.append((time.perf_counter() - start) * 1000)
    return model_ms, update_ms


def timed(function, repeats: int = 200) -> list[float]:
    """Times (in ms) of ``repeats`` calls of ``function``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", action="store_true", help="also time the whole test suite")
    parser.add_argument("--moves", type=int, default=200, help="slider moves per explorer")
    args = parser.parse_args()

    seconds = import_time()
    median, top = statistics.median(seconds) * 1000, max(seconds) * 1000
    print(f"import course: median {median:.1f} ms, max {top:.1f} ms (goal < 300 ms)")
    for topic in topics.TOPICS:
        module = importlib.import_module(f"course.{topic.name}")
        for label, function in getattr(module, "BENCHMARKS", {}).items():
            times = timed(function)
            median, top = statistics.median(times), max(times)
            print(f"{topic.name}: {label}: median {median:.3f} ms, max {top:.3f} ms")
        start = time.perf_counter()
        explorer = module.explorer()
        built = (time.perf_counter() - start) * 1000
        model_ms, update_ms = measure(explorer, args.moves)
        print(
            f"{topic.name}: built in {built:.0f} ms; "
            f"model median {statistics.median(model_ms):.2f} ms, max {max(model_ms):.2f} ms "
            f"(goal < 5); update median {statistics.median(update_ms):.1f} ms, "
            f"p95 {np.percentile(update_ms, 95):.1f} ms, max {max(update_ms):.1f} ms "
            f"(goal: median < 50, max < 100) over {len(update_ms)} moves"
        )

    if args.suite:
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q"], cwd=ROOT, capture_output=True, text=True
        )
        summary = (
            result.stdout.strip().splitlines()[-1]
            if result.stdout.strip()
            else result.stderr[-300:]
        )
        print(f"test suite: {time.perf_counter() - start:.0f} s (goal < 300 s): {summary}")


if __name__ == "__main__":
    main()
