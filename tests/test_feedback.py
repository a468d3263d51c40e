"""Feedback without hidden tests, and with notes: the preprocessors on hand-made cells.

The cells copy the shape of real autograded ones: IPython tracebacks with colour codes, where
``Cell In[N], line L`` names the cell by its execution count. The round trip through nbgrader,
for every assignment, is in test_assignments.py.
"""

import html

from nbformat import NotebookNode, from_dict
from nbgrader.utils import is_grade, is_locked
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from common import CLASS_ASSIGNMENT, ROOT, read_notebook
from course.teach import feedback

RELEASE = ROOT / "exercises" / CLASS_ASSIGNMENT / f"{CLASS_ASSIGNMENT}.ipynb"
SOURCE = """from course import selfcheck

selfcheck.check(double(2) == 4, "Twice 2?")
selfcheck.passed("Question 1")

### BEGIN HIDDEN TESTS
assert double(-7) == -14
assert double(0.5) == 1.0
### END HIDDEN TESTS"""


def traceback(count: int, line: int) -> list[str]:
    """An IPython traceback through line ``line`` of the cell In[count], with its colour codes."""
    red, cyan, green, reset = "\x1b[31m", "\x1b[36m", "\x1b[32m", "\x1b[39m"
    return [
        f"{red}{'-' * 75}{reset}",
        f"{red}AssertionError{reset}                            Traceback (most recent call last)",
        f"{cyan}Cell{reset}{cyan} {reset}{green}In[{count}]{reset}{green}, line {line}{reset}\n"
        f"{green}----> {reset}{green}{line}{reset} assert double(-7) == -14\n",
        f"{red}AssertionError{reset}: ",
    ]


def grade_cell(outputs=(), count=5):
    return from_dict(
        {
            "cell_type": "code",
            "execution_count": count,
            "source": SOURCE,
            "outputs": list(outputs),
            "metadata": {
                "nbgrader": {
                    "grade": True,
                    "grade_id": "test_double",
                    "locked": True,
                    "points": 2,
                    "schema_version": 3,
                    "solution": False,
                    "task": False,
                }
            },
        }
    )


def error(ename="AssertionError", evalue="", tb=()):
    return NotebookNode(output_type="error", ename=ename, evalue=evalue, traceback=list(tb))


def hide(cell):
    return feedback.HideHiddenTests().preprocess_cell(cell, {}, 0)[0]


def verdict_of(cell) -> str:
    """The one output a test cell with hidden tests has on the page: a paragraph."""
    [output] = cell.outputs
    assert output.output_type == "display_data" and "<pre" not in output.data["text/html"]
    assert (
        output.data["text/html"]
        == f'<p class="verdict">{html.escape(output.data["text/plain"])}</p>'
    )
    return output.data["text/plain"]


def test_hidden_lines_are_the_region_with_its_markers():
    assert feedback.hidden_lines(SOURCE) == {6, 7, 8, 9}
    two_regions = (
        "a\n### BEGIN HIDDEN TESTS\nb\n### END HIDDEN TESTS\n"
        "c\n# BEGIN HIDDEN TESTS\nd\n# END HIDDEN TESTS"
    )
    assert feedback.hidden_lines(two_regions) == {2, 3, 4, 6, 7, 8}
    assert feedback.hidden_lines("no hidden tests here") == set()


def test_each_hidden_region_becomes_one_comment_line_indented_as_its_marker():
    source = "a = 1\n    ### BEGIN HIDDEN TESTS\n    secret()\n    ### END HIDDEN TESTS\nb = 2"
    assert (
        feedback.without_hidden(source, feedback.hidden_lines(source))
        == f"a = 1\n    {feedback.NOT_SHOWN}\nb = 2"
    )


def test_only_this_cells_frames_count_and_colour_codes_do_not_matter():
    chained = traceback(3, 2) + traceback(5, 7) + traceback(5, 3)  # In[3] is the learner's cell
    assert feedback.lines_run(chained, 5) == [7, 3]
    assert feedback.lines_run(chained, 3) == [2]
    assert feedback.lines_run(["\x1b[0;31mCellTimeoutError\x1b[0m: No reply"], 5) == []


def test_a_passing_cell_says_so_and_keeps_no_hidden_line():
    cell = hide(
        grade_cell([NotebookNode(output_type="stream", name="stdout", text="✔ Question 1\n")])
    )
    assert verdict_of(cell).startswith("✔ Passed")
    assert "double(-7)" not in cell.source and "HIDDEN" not in cell.source.replace(
        feedback.NOT_SHOWN, ""
    )
    assert 'selfcheck.check(double(2) == 4, "Twice 2?")' in cell.source


def test_a_visible_failure_shows_its_line_and_hint_but_no_traceback():
    cell = hide(grade_cell([error(evalue="Not yet. Twice 2?", tb=traceback(5, 3))]))
    assert (
        verdict_of(cell)
        == "✘ Not passed: the visible check on line 3 failed. AssertionError: Not yet. Twice 2?"
    )


def test_a_hidden_failure_names_only_the_kind_of_error():
    cell = hide(grade_cell([error(evalue="(-13, -14)", tb=traceback(5, 7))]))
    text = verdict_of(cell)
    assert "a hidden test failed (AssertionError)" in text
    assert "-14" not in text and "double(" not in text and "(-13" not in text


def test_an_error_without_a_line_of_this_cell_is_not_placed_in_the_visible_tests():
    cell = hide(grade_cell([error(ename="ValueError", tb=["\x1b[0;31mValueError\x1b[0m: bad"])]))
    assert verdict_of(cell) == "✘ Not passed: the tests of this cell stopped with ValueError."
    # A frame from another cell (the learner's) does not count either.
    cell = hide(grade_cell([error(tb=traceback(4, 3))], count=5))
    assert "visible check" not in verdict_of(cell)


def test_a_test_cell_stopped_at_the_time_limit_says_how_long_and_the_usual_cause():
    """nbgrader's Execute interrupts the kernel (KeyboardInterrupt) and adds CellTimeoutError."""
    for ename in ("CellTimeoutError", "KeyboardInterrupt"):
        cell = grade_cell([error(ename=ename, tb=[f"\x1b[0;31m{ename}\x1b[0m: "])])
        text = verdict_of(
            feedback.HideHiddenTests(config=timeout(7)).preprocess_cell(cell, {}, 0)[0]
        )
        assert "the tests of this cell ran longer than 7 seconds, the time limit" in text
        assert "An endless loop is the usual cause" in text and ename not in text


def test_an_answer_stopped_at_the_time_limit_says_so_instead_of_a_traceback():
    answer = from_dict(
        {
            "cell_type": "code",
            "execution_count": 2,
            "source": "while True:\n    pass",
            "outputs": [
                {"output_type": "stream", "name": "stdout", "text": "started\n"},
                error(ename="KeyboardInterrupt", tb=traceback(2, 1)),
                error(ename="CellTimeoutError"),
            ],
            "metadata": {"nbgrader": {"solution": True, "grade": False, "grade_id": "a"}},
        }
    )
    feedback.mark_stopped(answer, 30)
    assert [o.output_type for o in answer.outputs] == ["stream", "display_data"]
    assert answer.outputs[0].text == "started\n"
    note = answer.outputs[1].data["text/plain"]
    assert "<pre" not in answer.outputs[1].data["text/html"]
    assert note.startswith(
        "⏱ This cell ran longer than 30 seconds, the time limit, and was stopped."
    )


def test_verdicts_are_paragraphs_that_wrap_and_quote_the_hint_as_text():
    """The page shows a printed output as one line that its box cuts off; a paragraph wraps."""
    hint = "Not yet. " + "Divide by the total time of the job, so that the weights add up. " * 3
    cell = hide(grade_cell([error(evalue=hint + "<b>", tb=traceback(5, 3))]))
    assert verdict_of(cell).endswith(f"AssertionError: {hint}<b>")
    assert "&lt;b&gt;</p>" in cell.outputs[0].data["text/html"]


def timeout(seconds):
    config = Config()
    config.Execute.timeout = seconds
    return config


def test_cells_without_hidden_tests_are_left_as_they_are():
    visible_only = grade_cell([error(evalue="Not yet.", tb=traceback(5, 3))])
    visible_only.source = "from course import selfcheck\nselfcheck.check(False, 'Not yet.')"
    assert hide(visible_only) == visible_only
    answer = from_dict(
        {
            "cell_type": "code",
            "execution_count": 4,
            "source": "### BEGIN HIDDEN TESTS\nx\n### END HIDDEN TESTS",
            "outputs": [],
            "metadata": {"nbgrader": {"solution": True, "grade": False, "grade_id": "a"}},
        }
    )
    assert hide(answer).source.startswith("### BEGIN HIDDEN TESTS")


def test_the_course_config_and_ai_course_feedback_both_use_it():
    course = PyFileConfigLoader("nbgrader_config.py", path=str(ROOT)).load_config()
    assert course.GenerateFeedback.preprocessors[-2:] == feedback.PREPROCESSORS
    before = list(course.GenerateFeedback.preprocessors)
    feedback.course_feedback(course)
    assert course.GenerateFeedback.preprocessors == before  # not added twice
    bare = Config()
    feedback.course_feedback(bare)
    names = [getattr(p, "__name__", p) for p in bare.GenerateFeedback.preprocessors]
    assert names == ["GetGrades", "CSSHTMLHeaderPreprocessor", *feedback.PREPROCESSORS]


def test_feedback_pages_tell_a_changed_test_cell_from_an_untouched_one():
    """FeedbackNotes relies on the checksum that generate_assignment leaves in each locked cell
    of the release: a changed cell no longer matches it."""
    release = read_notebook(RELEASE)
    assert feedback.put_back(release, release) == set()
    changed = read_notebook(RELEASE)
    test = next(c for c in changed.cells if c.cell_type == "code" and is_grade(c) and is_locked(c))
    test.source = "pass"
    assert feedback.put_back(release, changed) == {test.metadata.nbgrader["grade_id"]}
