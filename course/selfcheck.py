"""Self-checks: the visible tests of every assignment call these.

A check that does not pass raises :class:`NotYet`, an ``AssertionError`` whose message is a hint in
plain language. nbgrader counts the failed test cell as zero points; a self-learner without a
grader reads the hint and tries again. A hint says what to look at, never what the answer is.

In a notebook a failed check shows a short block instead of a traceback: where the check is,
what the learner's answer gave, and the hint. Nothing of this module's own code is shown, since
it is not where the mistake is::

    ✘ Not yet: the self-check at Cell In[12], line 4.
      gini([3, 1, 2]) returned -0.5
      Hint: a Gini coefficient is never negative: check the sign of your sum.

:func:`call` calls the learner's function: an exception, a missing ``return`` or a result that
was printed instead of returned becomes a hint that says so. The checks that follow a call show
what it returned. :func:`word_count` counts the words of a written answer against its limit.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import reprlib
from numbers import Real
from pathlib import Path

from course.i18n import _

_shorten = reprlib.Repr()
_shorten.maxstring, _shorten.maxother, _shorten.maxlist, _shorten.maxtuple = 60, 60, 6, 6
_last_call: dict = {}  # what call() returned last: {"call": "gini([3, 1, 2])", "value": -0.5}


class NotYet(AssertionError):
    """A self-check that did not pass; ``str()`` is "Not yet. " and the hint."""

    def __init__(self, hint: str, got=None, *, has_got: bool = False):
        self.hint = _(hint)
        super().__init__(_("Not yet.") + " " + self.hint)
        self.got = _what_it_gave(got) if has_got else ""

    def _render_traceback_(self) -> list[str]:
        """What IPython shows instead of a traceback (its hook for exceptions that draw
        themselves): where the check is, what the answer gave, and the hint."""
        where = _cell_line(self.__traceback__)
        headline = _("the self-check at {where}") if where else _("the self-check")
        not_yet = _("Not yet")
        lines = [f"\x1b[31m✘ {not_yet}\x1b[0m: {headline.format(where=where)}."]
        if self.got:
            lines.append(f"  {self.got}")
        hint = _("Hint")
        lines.append(f"  {hint}: {self.hint}")
        return lines


def _cell_line(traceback) -> str:
    """ "Cell In[12], line 4": the last notebook cell the traceback passes through, as IPython
    names it (the feedback pages read this to tell a visible check from a hidden test)."""
    try:
        shell = get_ipython()  # noqa: F821 (defined only inside IPython)
    except NameError:
        return ""
    found = ""
    while traceback is not None:
        code = traceback.tb_frame.f_code
        label = shell.compile.format_code_name(code.co_filename)
        if label:
            found = f"{label[0]} {label[1]}, line {traceback.tb_lineno}"
        traceback = traceback.tb_next
    return found


def _what_it_gave(value) -> str:
    if _last_call and _last_call["value"] is value:
        gave = _("{call} returned {value}").format(
            call=_last_call["call"], value=_shorten.repr(value)
        )
        if value is None:
            gave += " " + _("(what a function gives when no `return` line runs)")
        return gave
    return _("Your answer: {value}").format(value=_shorten.repr(value))


def check(condition: bool, hint: str, **got) -> None:
    """Fail with ``hint`` unless ``condition`` holds. ``got=value`` shows the learner's value."""
    if not condition:
        raise NotYet(hint, got.get("got"), has_got="got" in got)


def _describe(function, args, kwargs) -> str:
    shown = [_shorten.repr(a) for a in args] + [
        f"{k}={_shorten.repr(v)}" for k, v in kwargs.items()
    ]
    name = getattr(function, "__name__", None) or _("your function")
    return f"{name}({', '.join(shown)})"


def _where_it_stopped(error) -> str:
    """' (in one_year, line 5 of its cell)': the learner's own code where an exception started."""
    found = ""
    traceback = error.__traceback__
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if "ipykernel" in code.co_filename or code.co_filename.startswith("<"):
            where = _("in {function}, line {line} of its cell")
            found = f" ({where.format(function=code.co_name, line=traceback.tb_lineno)})"
        traceback = traceback.tb_next
    return found


def call(function, *args, **kwargs):
    """Call the learner's function and return what it returns.

    Turns into a hint: a function that is not written yet, one that stops with an exception
    (naming where in the learner's code), and one that prints its result instead of returning it.
    What it printed is shown as usual. A check that fails on the result shows the call and what it
    returned (a missing ``return`` shows as None).
    """
    name = getattr(function, "__name__", _("your function"))
    if not callable(function):
        raise NotYet(
            _("{name} should be a function (def {name}(...):), but it is {value}.").format(
                name=name, value=_shorten.repr(function)
            )
        )
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            value = function(*args, **kwargs)
    except NotImplementedError:
        raise NotYet(
            _(
                "{name} is not written yet: replace `raise NotImplementedError()` with your code, "
                "run that cell, then run this check again."
            ).format(name=name)
        ) from None
    except Exception as error:
        raise NotYet(
            _(
                "{name} stopped with {error}{where}. "
                "Read the error, fix your function, run its cell, then run this check again."
            ).format(
                name=name, error=f"{type(error).__name__}: {error}", where=_where_it_stopped(error)
            )
        ) from error
    finally:
        print(printed.getvalue(), end="")
    if value is None and printed.getvalue().strip():
        raise NotYet(
            _(
                "{name} printed its result instead of returning it: use `return`, not `print`."
            ).format(name=name)
        )
    _last_call.update(call=_describe(function, args, kwargs), value=value)
    return value


def earlier(question: str, function, *args, **kwargs):
    """Check an earlier question's function that this question uses, before using it: a failure
    here says which function to fix first, instead of failing deep inside this question's."""
    name = getattr(function, "__name__", _("that function"))
    question = _(question)
    try:
        value = call(function, *args, **kwargs)
    except NotYet as problem:
        raise NotYet(
            _(
                "This question uses {name} from {question}, and it does not work yet: {problem} "
                "Fix {question} first."
            ).format(name=name, question=question, problem=problem.hint)
        ) from None
    check(
        value is not None,
        _(
            "This question uses {name} from {question}, which returned None: "
            "does it end with a `return` line? Fix {question} first."
        ).format(name=name, question=question),
    )
    return value


def answered(answer) -> None:
    """Fail while an answer cell still holds its blank (``...``)."""
    check(
        answer is not ...,
        _("Replace ... with your answer, then run that cell and this check again."),
    )


def choice(answer, options: str = "ABCD") -> None:
    """Check that ``answer`` is one of the letters ``options``. It cannot say whether the letter
    is right without giving the answer away: the hidden tests (or the solutions) do."""
    answered(answer)
    letters = ", ".join(f'"{letter}"' for letter in options)
    check(
        isinstance(answer, str) and answer.strip().upper() in options and len(answer.strip()) == 1,
        _("Answer with one letter in quotes: {letters}.").format(letters=letters),
        got=answer,
    )
    print(
        _(
            "✔ {letter} is one of the choices. Whether it is the right one, the visible check "
            "cannot say without giving it away: your teacher's grading does."
        ).format(letter=repr(answer.strip().upper()))
    )


def one_of(answer, options: tuple[str, ...]) -> None:
    """Check that ``answer`` is one of the words ``options`` (case and spaces do not matter)."""
    answered(answer)
    words = ", ".join(f'"{option}"' for option in options)
    known = {option.lower() for option in options}
    check(
        isinstance(answer, str) and answer.strip().lower() in known,
        _("Answer with one of these words, in quotes: {words}.").format(words=words),
        got=answer,
    )


def whole(answer, low: int, high: int, hint: str) -> None:
    """Check that ``answer`` is a whole number from ``low`` to ``high``; ``hint`` says where to
    read it (a year, a number of people: never a share or a percentage)."""
    answered(answer)
    check(
        isinstance(answer, int) and not isinstance(answer, bool),
        _("Answer with a whole number, without quotes (such as 12).") + " " + _(hint),
        got=answer,
    )
    check(
        low <= answer <= high,
        _("The answer is a whole number from {low} to {high}.").format(low=low, high=high)
        + " "
        + _(hint),
        got=answer,
    )


def share(answer, hint: str) -> None:
    """Check that ``answer`` is a share from 0 to 1 (25 % is 0.25); ``hint`` says where to
    read it."""
    answered(answer)
    number(answer, _("A share"))
    check(
        not 1 < answer <= 100,
        _("Give a share from 0 to 1, not a percentage: 25 % is 0.25.") + " " + _(hint),
        got=answer,
    )
    check(0 <= answer <= 1, _("A share is from 0 to 1.") + " " + _(hint), got=answer)


def number(value, what: str) -> None:
    """Fail unless ``value`` is a single finite number (not a list, a string, True or NaN)."""
    # 2,5 typed the Dutch way is the pair (2, 5) in Python
    comma = isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)
    check(
        not comma,
        _("Write a number with a decimal point, as Python does: 2.5, not 2,5."),
        got=value,
    )
    check(
        isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value),
        _("{what} should be a single number.").format(what=_(what)),
        got=value,
    )


def close(
    actual, expected: float, hint: str, *, rel_tol: float = 1e-6, abs_tol: float = 1e-9
) -> None:
    """Fail with ``hint`` unless ``actual`` is a number close to ``expected``; show ``actual``."""
    number(actual, _("The result"))
    check(math.isclose(actual, expected, rel_tol=rel_tol, abs_tol=abs_tol), hint, got=actual)


def passed(what: str) -> None:
    """Say that every visible check of ``what`` passed (hidden tests may still differ)."""
    print(_("✔ {what}: every self-check passed.").format(what=_(what)))


def _notebook_with(grade_id: str) -> Path | None:
    """The notebook this kernel runs (Jupyter tells it in JPY_SESSION_NAME), else the last saved
    notebook in the current folder that holds the cell ``grade_id``."""
    named = os.environ.get("JPY_SESSION_NAME", "")
    candidates = [Path(named)] if named.endswith(".ipynb") else []
    candidates += sorted(Path.cwd().glob("*.ipynb"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates:
        with contextlib.suppress(OSError, ValueError):
            if f'"grade_id": "{grade_id}"' in path.read_text(encoding="utf-8"):
                return path
    return None


# nbgrader's placeholders for a written answer, and how a solution introduces its model answer
PLACEHOLDERS = ("YOUR ANSWER HERE", "JOUW ANTWOORD HIER")
MODEL_ANSWER = ("*A model answer", "*Een modelantwoord")


def count_words(answer: str) -> int:
    """The words of a written answer. Not counted: nbgrader's placeholder, and the line that
    introduces a model answer to teachers in the solutions."""
    for placeholder in PLACEHOLDERS:
        answer = answer.replace(placeholder, "")
    lines = answer.splitlines()
    text = "\n".join(line for line in lines if not line.startswith(MODEL_ANSWER))
    return len([word for word in text.split() if any(ch.isalnum() for ch in word)])


def word_count(grade_id: str, low: int, high: int) -> int | None:
    """Count the words of the written answer in cell ``grade_id`` of the saved notebook, and say
    how that compares with the limit. Save the notebook first (Ctrl+S): this reads the file."""
    path = _notebook_with(grade_id)
    if path is None:
        print(_("The word count reads the saved notebook, and it cannot find it here."))
        return None
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    [cell] = [
        c for c in cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id
    ]
    words = count_words("".join(cell["source"]))
    if words < low:
        verdict = _("{missing} short of the {low} words asked for")
    elif words > high:
        verdict = _("{over} over the limit of {high}: cut what does not carry your argument")
    else:
        verdict = _("within the {low}–{high} words asked for")
    verdict = verdict.format(missing=low - words, over=words - high, low=low, high=high)
    print(_("Your answer has {words} words: {verdict}.").format(words=words, verdict=verdict))
    print(_("(This counts the notebook as last saved: press Ctrl+S first.)"))
    return words
