"""What a student finds where an answer goes: a value answer stays a one-line blank to fill in.

nbgrader replaces every solution region with one stub, ``# YOUR CODE HERE`` and
``raise NotImplementedError()``. That suits a function the student writes. For an answer that is a
value (``shortage_year = 7``, ``best_policy = "B"``), a learner who does not program would have to
delete a line of Python they do not understand. :class:`AnswerStubs` gives such a region, one that
holds only ``name = <a literal value>`` lines, the stub ``name = ...`` with a comment, and leaves
every other region to nbgrader. The course's nbgrader_config.py puts it in the place of nbgrader's
``ClearSolutions`` when an assignment is generated.
"""

from __future__ import annotations

import ast
import re

from nbgrader.preprocessors import ClearSolutions
from traitlets import Unicode

PREPROCESSOR = "course.teach.stubs.AnswerStubs"


def value_names(code: str) -> list[str] | None:
    """The names a region assigns when it only assigns literal values to plain names, else None."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    names = []
    for statement in tree.body:
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            return None
        try:
            ast.literal_eval(statement.value)
        except ValueError:
            return None
        names.append(statement.targets[0].id)
    return names or None


class AnswerStubs(ClearSolutions):
    """nbgrader's ClearSolutions, with a fill-in-the-value stub for a region of values only."""

    value_stub = Unicode(
        "{name} = ...  # your answer: replace ... with it",
        help="The line that stands for each value a region assigns; {name} is the value's name.",
    ).tag(config=True)

    def _replace_solution_region(self, cell, language: str) -> bool:
        if cell.cell_type != "code":
            return super()._replace_solution_region(cell, language)
        lines = cell.source.split("\n")
        begins = [i for i, line in enumerate(lines) if self.begin_solution_delimeter in line]
        ends = [i for i, line in enumerate(lines) if self.end_solution_delimeter in line]
        if len(begins) != 1 or len(ends) != 1 or ends[0] < begins[0]:
            return super()._replace_solution_region(cell, language)
        begin, end = begins[0], ends[0]
        indent = re.match(r"\s*", lines[begin]).group(0)
        region = "\n".join(line.removeprefix(indent) for line in lines[begin + 1 : end])
        names = value_names(region)
        if names is None:
            return super()._replace_solution_region(cell, language)
        stubs = [indent + self.value_stub.format(name=name) for name in names]
        cell.source = "\n".join(lines[:begin] + stubs + lines[end + 1 :])
        return True
