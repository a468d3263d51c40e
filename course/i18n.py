"""The course speaks the notebook's language: English, or Dutch.

English is the source. A Dutch notebook starts with one line, ``import course;
course.language("nl")``, and from then on everything the package writes in that kernel is Dutch:
explorer labels and summaries, assumption tables, sources, self-check hints, and numbers the Dutch
way (``3,5 %``, ``€ 1.234``). Each notebook has a kernel of its own, so an English and a Dutch
notebook open side by side each keep their own language.

- :func:`_` translates an English text through the catalogue
  ``locale/nl/LC_MESSAGES/course.po`` (gettext's PO format, which translators' tools read). A text
  without a translation stays English.
- :func:`number`, :func:`percent` and :func:`euros` write numbers for the language in use (Babel
  knows each language's decimal and grouping signs).

Write a sentence with numbers as one translatable template with named fields, so that a
translator can reorder it::

    _("seniors fall below the target of {target} in year {year}").format(target=..., year=...)
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

LANGUAGES = ("en", "nl")
LOCALE = Path(__file__).resolve().parent.parent / "locale"  # in the course folder, beside course/
_current = {"language": "en"}


def language(code: str | None = None) -> str:
    """Set the language of everything the course writes (``"en"`` or ``"nl"``); return it."""
    if code is not None:
        if code not in LANGUAGES:
            raise ValueError(
                _("the course speaks these languages: {languages}; not {code}.").format(
                    languages=", ".join(LANGUAGES), code=repr(code)
                )
            )
        _current["language"] = code
    return _current["language"]


@contextlib.contextmanager
def speaking(code: str):
    """Write in ``code`` inside a ``with`` block (a teacher's tool handling a Dutch notebook)."""
    before = language()
    language(code)
    try:
        yield
    finally:
        language(before)


@functools.cache
def catalogue(code: str) -> dict[str, str]:
    """English text -> its translation, for the package (empty for English)."""
    if code == "en":
        return {}
    from babel.messages.pofile import read_po

    path = LOCALE / code / "LC_MESSAGES" / "course.po"
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        found = read_po(file)
    return {m.id: m.string for m in found if m.id and m.string and not m.fuzzy}


def _(text: str) -> str:
    """``text`` in the language in use (English when it has no translation)."""
    return catalogue(language()).get(text, text) if language() != "en" else text


def readable(table, texts: tuple[str, ...]):
    """A copy of a pandas table for a learner to read: its column names, and the values of the
    columns ``texts`` (and its index, when it is one of them), in the language in use.

    The tables the models return keep their English names, which code and answers use.

    >>> import pandas as pd
    >>> readable(pd.DataFrame({"task": ["filing"], "hours": [4]}), ("task",)).columns.tolist()
    ['task', 'hours']
    """
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise ValueError(
            _("readable shows a pandas DataFrame, not {kind}.").format(kind=type(table).__name__)
        )

    def shown(value):
        return _(value) if isinstance(value, str) else value

    copy = table.copy()
    for column in texts:
        if column in copy.columns:
            copy[column] = [shown(value) for value in copy[column]]
    if copy.index.name in texts:
        copy.index = pd.Index([shown(name) for name in copy.index], name=_(copy.index.name))
    return copy.rename(columns=shown)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now (gettext's convention for a
    constant): translate it with :func:`_` where it is used."""
    return text


def number(value: float, decimals: int = 0) -> str:
    """A number with grouping, in the language in use: 1,234.5 or 1.234,5."""
    if language() == "en":
        return f"{value:,.{decimals}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=language())


def percent(share: float, decimals: int = 0) -> str:
    """A share as a percentage: 50% in English, 50 % in Dutch."""
    if language() == "en":
        return f"{share:.{decimals}%}"
    return f"{number(share * 100, decimals)} %"


def euros(value: float, decimals: int = 0) -> str:
    """An amount in euros: €1,234 in English, € 1.234 in Dutch."""
    sign = "-" if value < 0 else ""
    if language() == "en":
        return f"{sign}€{number(abs(value), decimals)}"
    return f"{sign}€ {number(abs(value), decimals)}"
