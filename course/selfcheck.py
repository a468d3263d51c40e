"""Self-checks: the visible tests of every assignment call these.

Each check raises an ``AssertionError`` whose message is a hint in plain language. nbgrader
counts the failed test cell as zero points; a self-learner without a grader reads the hint and
tries again. A hint says what to look at, never what the answer is.
"""

from __future__ import annotations

import math
from numbers import Real


def check(condition: bool, hint: str) -> None:
    """Fail with ``hint`` unless ``condition`` holds."""
    if not condition:
        raise AssertionError(f"Not yet. {hint}")


def call(function, *args, **kwargs):
    """Call the learner's function; turn an exception into a hint that names it."""
    try:
        return function(*args, **kwargs)
    except NotImplementedError:
        raise AssertionError(
            f"{function.__name__} is not written yet: replace `raise NotImplementedError()` "
            "with your code, run that cell, then run this check again."
        ) from None
    except Exception as error:
        raise AssertionError(
            f"{function.__name__} stopped with {type(error).__name__}: {error}. "
            "Read the error, fix your function, run its cell, then run this check again."
        ) from error


def number(value, what: str) -> None:
    """Fail unless ``value`` is a single finite number."""
    check(
        isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value),
        f"{what} should be a single number, but it is {value!r}.",
    )


def close(
    actual, expected: float, hint: str, *, rel_tol: float = 1e-6, abs_tol: float = 1e-9
) -> None:
    """Fail with ``hint`` unless ``actual`` is a number close to ``expected``."""
    number(actual, "The result")
    check(math.isclose(actual, expected, rel_tol=rel_tol, abs_tol=abs_tol), hint)


def passed(what: str) -> None:
    """Say that every visible check of ``what`` passed (hidden tests may still differ)."""
    print(f"✔ {what}: every self-check passed.")
