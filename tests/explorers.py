"""Every explorer of the course, found without a list, for the accessibility, browser and site
tests: the calls that show one in each lesson, and every topic module that has one. A new lesson
or topic is covered without any test code of its own."""

import ast
import importlib

from IPython.core.inputtransformer2 import TransformerManager

from common import LESSONS, cell_source, read_notebook
from course import ui


def _code(path) -> list[str]:
    """A notebook's code cells as plain Python (IPython magics turned into calls)."""
    cells = read_notebook(path)["cells"]
    return [
        TransformerManager().transform_cell(cell_source(c))
        for c in cells
        if c["cell_type"] == "code"
    ]


def calls(path) -> list[str]:
    """The source of every ``<module>.explorer(...)`` call in a notebook's code, in order."""
    found = []
    for source in _code(path):
        nodes = [
            node
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "explorer"
            and isinstance(node.func.value, ast.Name)
        ]
        found += [
            ast.get_source_segment(source, n)
            for n in sorted(nodes, key=lambda n: (n.lineno, n.col_offset))
        ]
    return found


def build(path, call: str):
    """The explorer a lesson's call makes, built headless: the lesson's imports from `course`,
    then the call."""
    namespace = {}
    for source in _code(path):
        for node in ast.parse(source).body:
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").split(".")[0] == "course"
                or isinstance(node, ast.Import)
                and any(a.name.split(".")[0] == "course" for a in node.names)
            ):
                exec(compile(ast.Module([node], []), str(path), "exec"), namespace)
    return eval(call, namespace)


LESSON_EXPLORERS = [(path, call) for path in LESSONS for call in calls(path)]
LESSONS_WITH_EXPLORERS = sorted({path for path, _ in LESSON_EXPLORERS})


def keyboard_step(explorer):
    """The first slider whose one step changes the summary, as a learner moves it with the keyboard.

    Returns the slider's position among the explorer's children, the arrow key that moves it one
    step (Right, or Left at the top of its range), and the summary the model gives after that step.
    The explorer is left at that setting.
    """
    for position, control in enumerate(explorer.controls.values()):
        if not isinstance(control, ui.Slider):
            continue
        before, start = explorer.text, control.value
        key, value = (
            ("ArrowRight", start + control.step)
            if start + control.step <= control.max
            else ("ArrowLeft", start - control.step)
        )
        control.value = value
        if explorer.text != before:
            return position, key, explorer.text
        control.value = start
    raise AssertionError("no slider of this explorer changes its summary by one step")


def explorer_of(topic: str):
    """A topic's explorer at its defaults, built headless."""
    return importlib.import_module(f"course.{topic}").explorer()
