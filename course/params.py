"""Model parameters: where each default comes from, and checks that refuse nonsense.

Every topic model keeps its parameters in a frozen dataclass whose fields are made with
:func:`param`, so that each default carries its source id (or "illustrative") and a one-line
meaning. :func:`assumptions` turns that into the table a lesson shows. The checks
(:func:`number`, :func:`amount`, :func:`share`, :func:`whole`, and :func:`numbers` for a list)
raise a ``ValueError`` with a sentence a student understands.
"""

from __future__ import annotations

import math
from dataclasses import field, fields
from numbers import Integral, Real

from course.i18n import _
from course.sources import BIBLIOGRAPHY, ILLUSTRATIVE


def param(default, source: str, meaning: str):
    """A dataclass field with its source id (or "illustrative") and its meaning.

    Parameters
    ----------
    default
        The field's default value.
    source : str
        A source id from :mod:`course.sources`, or "illustrative" for a value made up for
        teaching.
    meaning : str
        What the parameter means, in one line.

    Returns
    -------
    dataclasses.Field
        The field, with ``source`` and ``meaning`` in its metadata.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Team:
    ...     leaving: float = param(0.13, "linkedin2018", "share leaving per year")
    >>> Team().leaving
    0.13
    >>> param(1.0, "nosuch2020", "a meaning")
    Traceback (most recent call last):
    ...
    KeyError: "unknown source id 'nosuch2020' for a default: add it to course.sources"
    """
    if source != ILLUSTRATIVE and source not in BIBLIOGRAPHY:
        raise KeyError(f"unknown source id {source!r} for a default: add it to course.sources")
    return field(default=default, metadata={"source": source, "meaning": meaning})


def assumptions(parameters):
    """A table of the parameters of a dataclass: default, meaning and source of each.

    Parameters
    ----------
    parameters : type
        A dataclass whose fields are made with :func:`param`.

    Returns
    -------
    pandas.DataFrame
        One row per parameter, indexed by its name, with the columns ``default``, ``meaning``
        and ``source``.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Team:
    ...     leaving: float = param(0.13, "linkedin2018", "share leaving per year")
    ...     size: int = param(10, "illustrative", "people")
    >>> assumptions(Team)["source"].tolist()
    ['linkedin2018', 'illustrative']
    """
    import pandas as pd

    def source(field):
        return (
            _("illustrative")
            if field.metadata["source"] == ILLUSTRATIVE
            else field.metadata["source"]
        )

    # The texts are in the language in use (course.i18n); the names are code, and stay as they are.
    return pd.DataFrame(
        [(f.name, f.default, _(f.metadata["meaning"]), source(f)) for f in fields(parameters)],
        columns=["parameter", _("default"), _("meaning"), _("source")],
    ).set_index("parameter")


def number(name: str, value) -> None:
    """Refuse anything but a finite number (a bool, a string or NaN are not numbers here).

    Parameters
    ----------
    name : str
        The name the error message uses for the value: a parameter's name as code writes it,
        or a description already in the language in use (`_("...")`).
    value
        The value to check.

    Raises
    ------
    ValueError
        If ``value`` is not a finite real number.

    Examples
    --------
    >>> number("hours", 2.5)
    >>> number("hours", "2.5")
    Traceback (most recent call last):
    ...
    ValueError: hours must be a finite number, not '2.5'.
    """
    if type(value) is float and math.isfinite(value):  # the usual case, checked quickly
        return
    if isinstance(value, bool) or not isinstance(value, Real) or not _finite(value):
        raise ValueError(
            _("{name} must be a finite number, not {value}.").format(name=name, value=_shown(value))
        )


def _shown(value) -> str:
    """The value as Python writes it, cut short when it is long (a huge number, a long list)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _finite(value: Real) -> bool:
    """Whether a number is finite as a float: a whole number beyond 1e308 is not."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def amount(name: str, value, *, minimum: float = 0, above: bool = False, unit: str = "") -> None:
    """Refuse anything but a finite number of at least ``minimum`` (above it, with ``above``).

    Parameters
    ----------
    name : str
        The name the error message uses for the value: a parameter's name as code writes it,
        or a description already in the language in use (`_("...")`).
    value
        The value to check.
    minimum : float, default 0
        The smallest value allowed.
    above : bool, default False
        Refuse ``minimum`` itself too: the value must be more than it.
    unit : str, default ""
        What the value counts, for the message ("seconds", "juniors per year").

    Raises
    ------
    ValueError
        If ``value`` is not a finite number, or is below (or, with ``above``, at) ``minimum``.

    Examples
    --------
    >>> amount("benefit", 0)
    >>> amount("benefit", -1, unit="euros")
    Traceback (most recent call last):
    ...
    ValueError: benefit must be 0 or more euros, not -1.
    >>> amount("talk_time", 0, above=True, unit="seconds")
    Traceback (most recent call last):
    ...
    ValueError: talk_time must be more than 0 seconds, not 0.
    """
    number(name, value)
    if value < minimum or (above and value == minimum):
        if unit:
            bound = _("more than {minimum} {unit}") if above else _("{minimum} or more {unit}")
        else:
            bound = _("more than {minimum}") if above else _("{minimum} or more")
        bound = bound.format(minimum=f"{minimum:g}", unit=_(unit))
        raise ValueError(
            _("{name} must be {bound}, not {value}.").format(
                name=name, bound=bound, value=_shown(value)
            )
        )


def share(name: str, value, *, below_one: bool = False) -> None:
    """Refuse anything but a share from 0 to 1 (or to just below 1 with ``below_one``).

    Parameters
    ----------
    name : str
        The name the error message uses for the value: a parameter's name as code writes it,
        or a description already in the language in use (`_("...")`).
    value
        The value to check.
    below_one : bool, default False
        Refuse 1 too (for shares where 1 makes the model meaningless).

    Raises
    ------
    ValueError
        If ``value`` is not a finite number from 0 to 1.

    Examples
    --------
    >>> share("cut", 0.5)
    >>> share("cut", 50)
    Traceback (most recent call last):
    ...
    ValueError: cut is a share: from 0 to 1 (50 % is 0.5), not 50.
    """
    number(name, value)
    if value < 0 or value > 1 or (below_one and value == 1):
        upper = _("up to (not including) 1") if below_one else _("to 1")
        # a whole percentage typed for a share is the usual slip: say how to write it
        hint = ""
        if value in range(2, 101):
            hint = " " + _("({percent} % is {share})").format(
                percent=f"{value:g}", share=f"{value / 100:g}"
            )
        raise ValueError(
            _("{name} is a share: from 0 {upper}{hint}, not {value}.").format(
                name=name, upper=upper, hint=hint, value=_shown(value)
            )
        )


def whole(name: str, value, *, minimum: int = 0) -> None:
    """Refuse anything but a whole number of at least ``minimum``.

    Parameters
    ----------
    name : str
        The name the error message uses for the value: a parameter's name as code writes it,
        or a description already in the language in use (`_("...")`).
    value
        The value to check: an ``int`` (a float such as ``2.0`` is refused).
    minimum : int, default 0
        The smallest number allowed.

    Raises
    ------
    ValueError
        If ``value`` is not a whole number of at least ``minimum``.

    Examples
    --------
    >>> whole("years", 30, minimum=1)
    >>> whole("years", 2.0)
    Traceback (most recent call last):
    ...
    ValueError: years must be a whole number, 0 or more, not 2.0.
    """
    if type(value) is int and value >= minimum:  # the usual case, checked quickly
        return
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(
            _("{name} must be a whole number, {minimum} or more, not {value}.").format(
                name=name, minimum=minimum, value=_shown(value)
            )
        )


def numbers(name: str, values):
    """A non-empty list of finite numbers as a float array, or a ValueError that says why.

    Bools, strings and NaN are refused, as :func:`number` refuses them one at a time.

    Parameters
    ----------
    name : str
        The name the error message uses for the values.
    values : list of numbers or numpy.ndarray
        One number or more.

    Returns
    -------
    numpy.ndarray
        The values as a one-dimensional array of floats.

    Examples
    --------
    >>> numbers("incomes", [10, 20.5]).tolist()
    [10.0, 20.5]
    >>> numbers("incomes", [10, "20"])
    Traceback (most recent call last):
    ...
    ValueError: incomes must be a list of finite numbers, not [10, '20'].
    """
    import numpy as np

    if isinstance(values, np.ndarray):
        plain = values.dtype.kind in "iuf"  # whole or decimal numbers, not bools or text
    else:
        try:
            plain = not any(isinstance(v, (bool, np.bool_, str, bytes)) for v in values)
        except TypeError:  # not a list at all
            plain = False
    try:
        array = np.asarray(values, dtype=float) if plain else None
    except (TypeError, ValueError, OverflowError):  # OverflowError: a whole number beyond 1e308
        array = None
    if array is None or array.ndim != 1 or array.size == 0 or not np.isfinite(array).all():
        raise ValueError(
            _("{name} must be a list of finite numbers, not {value}.").format(
                name=name, value=_shown(values)
            )
        )
    return array
