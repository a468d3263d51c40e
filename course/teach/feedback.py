"""Feedback pages that tell students the truth, and not the hidden tests.

nbgrader's feedback page shows each test cell as it was graded: the hidden tests' source, and the
traceback of a hidden test that failed (nbgrader issues #917 and #1363). A student who reads it
learns the hidden tests, and the next class gets them passed on. :class:`HideHiddenTests` is a
feedback preprocessor that changes only the test cells that hold hidden tests:

- the source keeps the visible tests; the hidden ones become one comment line;
- the outputs become one verdict: passed; or which visible check failed, with its hint (the
  ``AssertionError`` message that ``course.selfcheck`` writes); or that a hidden test failed,
  with the kind of error only; or that the cell ran into the time limit. No traceback is shown,
  since a traceback quotes source lines.

:class:`FeedbackNotes` adds what nbgrader's page leaves out or says wrong:

- an answer that nobody has graded yet says "Not graded yet", not 0 points;
- a cell that ran into the time limit says so, and what usually causes it, instead of a
  KeyboardInterrupt traceback;
- a locked cell (a test cell, a question) that the student changed says that it was put back as
  given before grading, as nbgrader does.

The course's nbgrader_config.py adds both to nbgrader's feedback preprocessors, so that
``nbgrader generate_feedback``, the formgrader's feedback button and ``ai-course feedback`` all
use them. Verdicts and notes are paragraphs of the page, which wrap, where the page would show
an output as one line that the box cuts off.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor

from course import i18n
from course.i18n import N_, _

PREPROCESSORS = ["course.teach.feedback.HideHiddenTests", "course.teach.feedback.FeedbackNotes"]
NOT_SHOWN = N_("# (hidden tests: not shown in feedback)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
STOPPED = ("CellTimeoutError", "KeyboardInterrupt")  # how a cell stopped at the time limit ends
PUT_BACK = N_(
    "**Put back:** the cell below was changed in your notebook. Before grading it was put back "
    "as it was given, and your work was graded with it."
)


def course_feedback(config) -> None:
    """Make sure nbgrader's feedback runs the course's preprocessors (a teacher's own settings
    may lack them)."""
    from nbgrader.converters import GenerateFeedback

    preprocessors = list(
        config.GenerateFeedback.get(
            "preprocessors", GenerateFeedback.class_traits()["preprocessors"].default()
        )
    )
    present = {p if isinstance(p, str) else f"{p.__module__}.{p.__name__}" for p in preprocessors}
    missing = [p for p in PREPROCESSORS if p not in present]
    if missing:
        config.GenerateFeedback.preprocessors = [*preprocessors, *missing]


def said(text: str) -> NotebookNode:
    """An output that the page shows as a paragraph, so that it wraps (the page shows a printed
    line whole, cut off at the edge of its box); escaped, since a hint may quote the student."""
    return nbformat.v4.new_output(
        "display_data",
        data={"text/html": f'<p class="verdict">{html.escape(text)}</p>', "text/plain": text},
    )


def time_limit(config) -> float:
    """nbgrader's cell time limit in these settings, in seconds."""
    from nbgrader.preprocessors import Execute

    return Execute(config=config).timeout  # typed, also when given on the command line


def stopped_note(seconds: float, subject: str) -> str:
    return _(
        "{subject} ran longer than {seconds} seconds, the time limit, and was stopped. "
        "An endless loop is the usual cause: check that every loop in your code ends."
    ).format(subject=subject, seconds=f"{seconds:g}")


def language_of(notebook) -> str:
    """The language a notebook of the course is written in (a Dutch notebook says so)."""
    return notebook.metadata.get("course", {}).get("language", "en")


def hidden_lines(
    source: str, begin: str = "BEGIN HIDDEN TESTS", end: str = "END HIDDEN TESTS"
) -> set[int]:
    """The line numbers (from 1) of the hidden-test regions in ``source``, markers included."""
    hidden, inside = set(), False
    for number, line in enumerate(source.split("\n"), 1):
        if begin in line:
            inside = True
        if inside:
            hidden.add(number)
        if end in line:
            inside = False
    return hidden


def without_hidden(source: str, hidden: set[int], comment: str = NOT_SHOWN) -> str:
    """``source`` with each hidden region replaced by one ``comment`` line, indented as its
    marker."""
    kept = []
    for number, line in enumerate(source.split("\n"), 1):
        if number not in hidden:
            kept.append(line)
        elif number - 1 not in hidden:  # the first line of a region
            kept.append(line[: len(line) - len(line.lstrip())] + comment)
    return "\n".join(kept).rstrip()


def lines_run(traceback: list[str], execution_count) -> list[int]:
    """The lines of this cell (``In[execution_count]``) that an error's traceback runs through."""
    text = ANSI.sub("", "\n".join(traceback))
    return [
        int(line)
        for count, line in re.findall(r"Cell In\[(\d+)\], line (\d+)", text)
        if int(count) == execution_count
    ]


def verdict(cell, hidden: set[int], seconds: float = 30) -> str:
    """One line for the student about a test cell with hidden tests (``seconds``: the time
    limit)."""
    errors = [output for output in cell.outputs if output.output_type == "error"]
    if not errors:
        return _("✔ Passed: the visible and the hidden tests of this cell.")
    error = errors[-1]
    if error.ename in STOPPED:
        return _("✘ Not passed: {note}").format(
            note=stopped_note(seconds, _("the tests of this cell"))
        )
    lines = lines_run(error.traceback, cell.execution_count)
    if lines and not hidden.intersection(lines):
        if error.ename == "NotYet":  # a course self-check: its message is the hint
            return _("✘ Not passed: the visible check on line {line} says: {hint}").format(
                line=lines[0], hint=error.evalue
            )
        failed = _("✘ Not passed: the visible check on line {line} failed.").format(line=lines[0])
        return f"{failed} {error.ename}: {error.evalue}".rstrip(": ")
    if lines:
        return _(
            "✘ Not passed: the visible checks passed, but a hidden test failed ({error}). "
            "Hidden tests try other cases than the visible ones, such as edge cases: "
            "test your answer on cases of your own."
        ).format(error=error.ename)
    return _("✘ Not passed: the tests of this cell stopped with {error}.").format(error=error.ename)


class HideHiddenTests(ClearHiddenTests):
    """Feedback preprocessor: test cells without their hidden tests, and a verdict, not tracebacks.

    It takes its markers from nbgrader's ClearHiddenTests settings (``### BEGIN HIDDEN TESTS`` /
    ``### END HIDDEN TESTS`` unless configured otherwise).
    """

    def preprocess(self, nb, resources):
        with i18n.speaking(language_of(nb)):  # a Dutch notebook gets a Dutch page
            return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not utils.is_grade(cell):
            return cell, resources
        hidden = hidden_lines(cell.source, self.begin_test_delimeter, self.end_test_delimeter)
        if not hidden:
            return cell, resources
        text = verdict(cell, hidden, time_limit(self.config))
        cell.outputs = [said(text)]
        cell.source = without_hidden(cell.source, hidden, _(NOT_SHOWN))
        return cell, resources


def note(text: str) -> NotebookNode:
    """A note to the student, as a Markdown cell of the page."""
    return nbformat.v4.new_markdown_cell(text)


def put_back(notebook, submitted) -> set[str]:
    """The grade ids of the locked cells of ``notebook`` (the autograded one) that nbgrader put
    back before grading: changed in the student's ``submitted`` notebook, or missing from it. A
    released locked cell keeps the checksum of its released version in its metadata (nbgrader's
    ComputeChecksums, the last step of generate_assignment); a cell without one is not judged."""
    mine = {
        cell.metadata.nbgrader.get("grade_id"): cell
        for cell in submitted.cells
        if "nbgrader" in cell.metadata
    }
    restored = set()
    for cell in filter(utils.is_locked, notebook.cells):
        grade_id = cell.metadata.nbgrader["grade_id"]
        given = mine.get(grade_id)
        checksum = given.metadata.nbgrader.get("checksum") if given else None
        if given is None or (checksum and utils.compute_checksum(given) != checksum):
            restored.add(grade_id)
    return restored


def mark_stopped(cell, seconds: float) -> None:
    """Replace the traceback of a code cell stopped at the time limit with a note."""
    if any(output.get("ename") in STOPPED for output in cell.outputs):
        cell.outputs = [output for output in cell.outputs if output.output_type != "error"]
        cell.outputs.append(said("⏱ " + stopped_note(seconds, _("This cell"))))


class FeedbackNotes(NbGraderPreprocessor):
    """Feedback preprocessor: notes for what nbgrader's page leaves out or says wrong (see the
    module's description). Runs after nbgrader's GetGrades."""

    def preprocess(self, nb, resources):
        with i18n.speaking(language_of(nb)):  # a Dutch notebook gets a Dutch page
            return self.notes(nb, resources)

    def notes(self, nb, resources):
        from nbgrader.api import Gradebook
        from nbgrader.coursedir import CourseDirectory

        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            grades = gradebook.find_submission_notebook(
                info["notebook"], info["assignment"], info["student"]
            ).grades
            pending = {grade.name: grade.max_score for grade in grades if grade.needs_manual_grade}
        coursedir = CourseDirectory(config=self.config)
        path = Path(
            coursedir.format_path(
                coursedir.submitted_directory, info["student"], info["assignment"]
            ),
            f"{info['notebook']}.ipynb",
        )
        restored = put_back(nb, nbformat.read(path, as_version=4)) if path.is_file() else set()
        cells = []
        if pending:
            cells.append(
                note(
                    _(
                        "**Not graded yet:** {answers} of your answers ({points} points) still "
                        "have to be graded by your teacher. The score at the top counts only what "
                        "has been graded so far."
                    ).format(answers=len(pending), points=f"{sum(pending.values()):g}")
                )
            )
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if grade_id in restored:
                cells.append(note(_(PUT_BACK)))
            if grade_id in pending:
                cells.append(
                    note(
                        _(
                            "**Not graded yet** ({points} points): your teacher has not graded "
                            "the answer below yet; its points are not in the score at the top."
                        ).format(points=f"{pending[grade_id]:g}")
                    )
                )
                cell.metadata.nbgrader["grade"] = False  # the page shows no score of 0 for it
            if cell.cell_type == "code":
                mark_stopped(cell, time_limit(self.config))
            cells.append(cell)
        nb.cells = cells
        return nb, resources
