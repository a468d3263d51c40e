"""The mistakes students make, per assignment: each as the code (or value) a student would write.

``tests/mistakes/<assignment>.py`` holds ``MISTAKES``, a list of :class:`Mistake`. For every one,
tests/test_selfchecks.py puts the wrong answer into the solution notebook in place of the right
one, runs the notebook's visible checks, and requires that a check fails with a hint that names
the mistake: a ✔ for wrong code teaches the wrong thing. The teaching notes' common
misconceptions, off-by-one years, shares given as percentages, inputs changed in place, a
parameter ignored, brackets or order wrong, a result printed instead of returned: each a mistake
here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mistake:
    question: str  # the grade_id of the answer cell it replaces
    what: str  # the mistake, in a few words
    code: str  # the whole answer cell, as the student wrote it
    hint: str  # words the failing check's hint must contain (it names the mistake)


def mistakes(assignment: str) -> list[Mistake]:
    """The mistakes listed for ``assignment`` (none when it has no file here yet)."""
    if not (Path(__file__).parent / f"{assignment}.py").is_file():
        return []
    return importlib.import_module(f"mistakes.{assignment}").MISTAKES
