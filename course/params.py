"""Model parameters: where each default comes from, and checks that refuse nonsense.

Every topic model keeps its parameters in a frozen dataclass whose fields are made with
:func:`param`, so that each default carries its source id (or "illustrative") and a one-line
meaning. :func:`assumptions` turns that into the table a lesson shows. The checks raise a
``ValueError`` with a sentence a student understands.
"""

from __future__ import annotations

import math
from dataclasses import field, fields
from numbers import Integral, Real

from course.sources import BIBLIOGRAPHY, ILLUSTRATIVE


def param(default, source: str, meaning: str):
    """A dataclass field with its source id (or "illustrative") and its meaning."""
    if source != ILLUSTRATIVE and source not in BIBLIOGRAPHY:
        raise KeyError(f"unknown source id {source!r} for a default: add it to course.sources")
    return field(default=default, metadata={"source": source, "meaning": meaning})


def assumptions(parameters):
    """A table of the parameters of a dataclass: default, meaning and source of each."""
    import pandas as pd

    return pd.DataFrame(
        [
            (f.name, f.default, f.metadata["meaning"], f.metadata["source"])
            for f in fields(parameters)
        ],
        columns=["parameter", "default", "meaning", "source"],
    ).set_index("parameter")


def number(name: str, value) -> None:
    """Refuse anything but a finite number (a bool, a string or NaN are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, not {value!r}.")


def share(name: str, value, *, below_one: bool = False) -> None:
    """Refuse anything but a share from 0 to 1 (or to just below 1 with ``below_one``)."""
    number(name, value)
    if value < 0 or value > 1 or (below_one and value == 1):
        upper = "up to (not including) 1" if below_one else "to 1"
        raise ValueError(f"{name} is a share: from 0 {upper}, not {value}.")


def whole(name: str, value, *, minimum: int = 0) -> None:
    """Refuse anything but a whole number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(f"{name} must be a whole number, {minimum} or more, not {value!r}.")
