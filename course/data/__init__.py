"""Small tables of published figures and illustrative examples, as CSV files in this folder.

Every table has a ``source`` column: a source id from ``course.sources``, or "illustrative" for
made-up examples. :func:`load` reads a table and checks its columns, types and ranges against a
schema, so a broken file fails with a message that names the file, the column and the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from course.sources import BIBLIOGRAPHY, ILLUSTRATIVE

FOLDER = Path(__file__).resolve().parent
# The columns whose text a learner reads (in a table, a plot or a sentence), per table: a Dutch
# notebook shows them translated, through course.i18n. Their values stay English in the data, so
# that code and answers can name them.
READ_BY_LEARNERS = {
    "discernment": ("sentence", "error", "explanation"),
    "example_occupations": ("occupation", "task"),
    "hidden_substitution_cases": ("case",),
    "ilo_exposure_by_group": ("group",),
    "meaning_of_work_tasks": ("job", "task"),
}


@dataclass(frozen=True)
class Column:
    """What a column must hold: "text" (not empty), "number" or "whole", within [low, high]."""

    kind: str = "text"
    low: float | None = None
    high: float | None = None


def load(name: str, schema: dict[str, Column], folder: Path = FOLDER):
    """The table ``<name>.csv`` with its columns converted and checked.

    A broken file raises a ValueError that names the file, the column and the lines.
    """
    import pandas as pd

    path = folder / f"{name}.csv"
    where = f"course/data/{path.name}"
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=True)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise ValueError(f"{where} cannot be read as a CSV table: {error}") from None
    expected = [*schema, "source"]
    if list(table.columns) != expected:
        raise ValueError(
            f"{where} must have the columns {expected}, in that order; "
            f"it has {list(table.columns)}."
        )
    for column, rule in {**schema, "source": Column()}.items():
        values = table[column].str.strip()
        if rule.kind == "text":
            bad = values == ""
        else:
            numbers = pd.to_numeric(values, errors="coerce")
            bad = numbers.isna()
            if rule.kind == "whole":
                bad |= numbers % 1 != 0
            if rule.low is not None:
                bad |= numbers < rule.low
            if rule.high is not None:
                bad |= numbers > rule.high
            values = numbers.astype(int) if rule.kind == "whole" and not bad.any() else numbers
        if bad.any():
            rows = ", ".join(str(i + 2) for i in table.index[bad][:5])  # +2: the header is line 1
            span = "" if rule.kind == "text" else f" from {rule.low} to {rule.high}"
            raise ValueError(
                f"{where}, column {column!r}: line(s) {rows} must hold a {rule.kind}{span}."
            )
        table[column] = values
    unknown = sorted(set(table["source"]) - set(BIBLIOGRAPHY) - {ILLUSTRATIVE})
    if unknown:
        raise ValueError(f"{where}: unknown source id(s) {unknown}; add them to course/sources.py.")
    return table
