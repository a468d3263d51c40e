"""An AI strategy, and AI fluency in practice (the essay's closing).

The essay ends with an organisational AI strategy that looks beyond efficiency, and with AI
fluency (*AI-vloeiendheid*) as the skill every effect asks for. This module has four parts, each
with pure functions first and its widget last:

1. **The fluency framework.** ``SKILLS``: the four Ds of Dakan and Feller's AI Fluency
   framework (Delegation, Description, Discernment, Diligence), each as a statement a learner can
   rate.
2. **The self-assessment.** A learner rates the four Ds from 1 to 5 at the start of the course
   (lesson 00) and at the end (lesson 07). :func:`save_ratings` and :func:`load_ratings` keep the
   ratings in one small JSON file in the learner's home folder (:func:`store_path`); nothing is
   sent anywhere. :func:`rating_change` compares the two moments.
3. **Discernment practice.** Short texts in the style of an AI assistant's answer, about the
   course's own topics, with errors planted on purpose (``course/data/discernment.csv``).
   :func:`check_marks` compares the sentences a learner marks with the answer key and explains
   every sentence with its source.
4. **The strategy builder.** A :class:`Strategy` holds an organisation's commitments for the five
   effects. :func:`checklist_score`, :func:`gaps` and :func:`uncovered_effects` check it
   against the checklist (``CHECKLIST``); :func:`document` and :func:`document_html` write the
   one-page strategy a works council (*ondernemingsraad*) can discuss. :func:`explorer` is the
   builder's widget.

What it simplifies:

- A self-rating is what a learner believes about their skill, not a test of it. The change
  between two ratings shows a change in confidence, which is worth discussing, not proof of
  learning.
- The checklist follows the essay's recommendations, an opinion; two commitments are the course's
  own reading (disclosure to customers for effect 1, AI as a learning aid for effect 3).
- A commitment counts as made when it is there and concrete: a yes, or a number above zero. The
  checklist does not say how much is enough (that is for the organisation and its works council
  to agree), nor whether a commitment is kept. Every commitment weighs the same.
- The discernment check compares marks with a fixed answer key. It knows only the sentences it
  ships with; it does not read or judge new text.

The texts a learner reads (statements, messages, the document and its HTML page) are in the
language in use (``course.i18n``); the names that code uses (the skills, the moments, the kinds
of error, the verdicts) stay English, as the data do.

Where the defaults come from: every field of :class:`Strategy` starts at "not committed", the
strategy that looks only at efficiency which the essay warns against. Each field's ``source`` is
where the commitment comes from: ``rubens2025`` for the essay's recommendations, "illustrative"
for the course's own readings (:func:`assumptions` shows them as a table).
"""

from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass, fields
from numbers import Integral
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from course import data, params, sources, topics
from course.i18n import N_, _, language, number, percent
from course.params import param

# --- 1. the fluency framework ----------------------------------------------------------------

# The four Ds [dakanfeller], each as a statement in the course's own words that a learner rates.
# The names and statements are English here, as code uses them; the widgets show them with _().
SKILLS = {
    N_("Delegation"): N_(
        "I decide on purpose which parts of a task to hand to AI, which to do with it, "
        "and which to keep."
    ),
    N_("Description"): N_(
        "I tell an AI assistant clearly what I want: the goal, the context, the form "
        "and the limits."
    ),
    N_("Discernment"): N_(
        "I check what AI gives back: the facts, the sources, the reasoning, and what is missing."
    ),
    N_("Diligence"): N_(
        "I take responsibility for how I use AI: I am open about it, and I stand behind the result."
    ),
}

# --- 2. the self-assessment ------------------------------------------------------------------

SCALE = {
    1: N_("not yet"),
    2: N_("a little"),
    3: N_("sometimes"),
    4: N_("mostly"),
    5: N_("always, and I could show someone how"),
}
MOMENTS = {N_("start"): N_("at the start of the course"), N_("end"): N_("at the end of the course")}
STORE_VARIABLE = "AI_AT_WORK_SELF_ASSESSMENT"


def store_path() -> Path:
    """The file that keeps the self-assessment: ``~/.ai-at-work/self_assessment.json``.

    The home folder is the one place that belongs to the learner and can be written on a class
    JupyterHub (where it is the learner's own and lasts between sessions), on a laptop, and on
    Binder (where, like everything there, it lasts as long as the session). It does not depend on
    where the course is installed, and it survives an update of the course. The environment
    variable ``AI_AT_WORK_SELF_ASSESSMENT`` (a file path) overrides it, for tests or a shared
    computer.

    Returns
    -------
    pathlib.Path
        The file (it need not exist yet).

    Examples
    --------
    >>> store_path().name
    'self_assessment.json'
    """
    override = os.environ.get(STORE_VARIABLE)
    return (
        Path(override).expanduser()
        if override
        else Path.home() / ".ai-at-work" / "self_assessment.json"
    )


def check_moment(moment) -> str:
    """The moment of a self-assessment, "start" or "end", or a ValueError.

    Parameters
    ----------
    moment : str
        "start" (lesson 00) or "end" (lesson 07).

    Returns
    -------
    str
        The moment.

    Examples
    --------
    >>> check_moment("end")
    'end'
    """
    if not isinstance(moment, str) or moment not in MOMENTS:
        raise ValueError(
            _("moment must be one of {moments}, not {value}.").format(
                moments=", ".join(map(repr, MOMENTS)), value=repr(moment)
            )
        )
    return moment


def check_ratings(ratings) -> dict[str, int]:
    """The ratings as ``{skill: 1..5}`` for exactly the four Ds, or a ValueError that says why.

    Parameters
    ----------
    ratings : dict
        A rating from 1 to 5 for each of the four Ds.

    Returns
    -------
    dict
        The ratings, in the order of ``SKILLS``.

    Examples
    --------
    >>> check_ratings({"Diligence": 4, "Delegation": 2, "Description": 3, "Discernment": 5})
    {'Delegation': 2, 'Description': 3, 'Discernment': 5, 'Diligence': 4}
    """
    if not isinstance(ratings, dict):
        raise ValueError(
            _("ratings must be a dict such as `{{'Delegation': 3, ...}}`, not {value}.").format(
                value=repr(ratings)
            )
        )
    missing, unknown = set(SKILLS) - set(ratings), set(ratings) - set(SKILLS)
    if missing or unknown:
        if not unknown:
            message = _("rate exactly the four skills {skills}; missing: {missing}.")
        elif not missing:
            message = _("rate exactly the four skills {skills}; unknown: {unknown}.")
        else:
            message = _(
                "rate exactly the four skills {skills}; missing: {missing}; unknown: {unknown}."
            )
        raise ValueError(
            message.format(
                skills=", ".join(SKILLS),
                missing=", ".join(sorted(missing)),
                unknown=", ".join(sorted(map(str, unknown))),
            )
        )
    for skill in SKILLS:
        params.whole(skill, ratings[skill], minimum=1)
        if ratings[skill] > 5:
            raise ValueError(
                _("{skill} is rated from 1 to 5, not {value}.").format(
                    skill=skill, value=ratings[skill]
                )
            )
    return {skill: int(ratings[skill]) for skill in SKILLS}


def load_ratings(path: Path | str | None = None) -> tuple[dict[str, dict[str, int]], str]:
    """The saved ratings, ``{moment: {skill: rating}}``, and a sentence for the learner.

    Never raises: a missing file gives no ratings; a file that cannot be read, or holds anything
    but valid ratings, gives no ratings and a message saying that the learner starts fresh.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        The file; by default :func:`store_path`.

    Returns
    -------
    ratings : dict
        ``{moment: {skill: rating}}``, empty when there are none.
    message : str
        Where the ratings were read, or why none were.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> load_ratings(Path(folder.name) / "ratings.json")[0]
    {}
    >>> folder.cleanup()
    """
    path = Path(path) if path else store_path()
    if not path.exists():
        return {}, _("No self-assessment saved yet; it will be kept in {path}.").format(path=path)
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))["ratings"]
        if not isinstance(saved, dict):
            raise ValueError(_("its ratings are not a table of moments"))
        ratings = {check_moment(moment): check_ratings(values) for moment, values in saved.items()}
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as error:
        return {}, _(
            "Your saved self-assessment in {path} could not be read ({error}). Starting fresh: "
            "saving will replace that file."
        ).format(path=path, error=f"{type(error).__name__}: {error}")
    return ratings, _("Your self-assessment was loaded from {path}.").format(path=path)


def save_ratings(moment: str, ratings: dict, path: Path | str | None = None) -> Path:
    """Save the ratings for ``moment`` ("start" or "end"), keeping the other moment's.

    A file that cannot be read is replaced. The file is written whole or not at all, so a
    crash while saving never leaves half a file.

    Parameters
    ----------
    moment : str
        "start" or "end".
    ratings : dict
        A rating from 1 to 5 for each of the four Ds (see :func:`check_ratings`).
    path : pathlib.Path or str, optional
        The file; by default :func:`store_path`.

    Returns
    -------
    pathlib.Path
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> start = {"Delegation": 2, "Description": 3, "Discernment": 3, "Diligence": 4}
    >>> saved = save_ratings("start", start, Path(folder.name) / "ratings.json")
    >>> load_ratings(saved)[0] == {"start": start}
    True
    >>> folder.cleanup()
    """
    check_moment(moment)
    ratings = check_ratings(ratings)
    path = Path(path) if path else store_path()
    saved, _message = load_ratings(path)
    saved[moment] = ratings
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(
        json.dumps({"version": 1, "ratings": saved}, indent=2) + "\n", encoding="utf-8"
    )
    temporary.replace(path)
    return path


def _check_saved(ratings) -> dict[str, dict[str, int]]:
    """Ratings per moment, ``{moment: {skill: rating}}``, each moment checked."""
    if not isinstance(ratings, dict):
        raise ValueError(
            _("ratings must be a dict such as `{{'start': {{...}}}}`, not {value}.").format(
                value=repr(ratings)
            )
        )
    return {check_moment(moment): check_ratings(values) for moment, values in ratings.items()}


def rating_change(ratings: dict[str, dict[str, int]]) -> pd.DataFrame:
    """One row per skill: the rating at the start, at the end, and the change.

    Parameters
    ----------
    ratings : dict
        ``{moment: {skill: rating}}``, as :func:`load_ratings` gives them.

    Returns
    -------
    pandas.DataFrame
        The columns ``start``, ``end`` and ``change``, indexed by skill; NaN where a moment has
        no ratings.

    Examples
    --------
    >>> start = {"Delegation": 2, "Description": 3, "Discernment": 3, "Diligence": 4}
    >>> end = {**start, "Delegation": 4}
    >>> rating_change({"start": start, "end": end})["change"].tolist()
    [2.0, 0.0, 0.0, 0.0]
    """
    ratings = _check_saved(ratings)
    table = pd.DataFrame(
        {moment: [ratings.get(moment, {}).get(skill) for skill in SKILLS] for moment in MOMENTS},
        index=pd.Index(list(SKILLS), name="skill"),
        dtype=float,
    )
    table["change"] = table["end"] - table["start"]
    return table


def rating_summary(ratings: dict[str, dict[str, int]]) -> str:
    """The self-assessment in one sentence.

    Parameters
    ----------
    ratings : dict
        ``{moment: {skill: rating}}``, as :func:`load_ratings` gives them.

    Returns
    -------
    str
        The change since the start, or the one moment that has ratings.

    Examples
    --------
    >>> start = {"Delegation": 2, "Description": 3, "Discernment": 3, "Diligence": 4}
    >>> print(rating_summary({"start": start}))
    Your baseline: Delegation 2, Description 3, Discernment 3, Diligence 4. Rate yourself again \
in lesson 07.
    """
    ratings = _check_saved(ratings)
    start, end = ratings.get("start"), ratings.get("end")
    name = {skill: _(skill) for skill in SKILLS}
    if start and end:
        changes = ", ".join(
            f"{name[s]} {start[s]} → {end[s]} ({end[s] - start[s]:+d})" for s in SKILLS
        )
        return _("Since the start of the course: {changes}.").format(changes=changes)
    if start:
        return _("Your baseline: {ratings}. Rate yourself again in lesson 07.").format(
            ratings=", ".join(f"{name[s]} {start[s]}" for s in SKILLS)
        )
    if end:
        return _(
            "Now: {ratings}. No baseline from the start was saved, so there is no change to show."
        ).format(ratings=", ".join(f"{name[s]} {end[s]}" for s in SKILLS))
    return _("No ratings saved yet.")


# --- 3. discernment practice -----------------------------------------------------------------

ERRORS = {
    "wrong figure": "a number or date that differs from the source",
    "misattributed quote": "words given to someone who did not say or write them",
    "overstated finding": "a study's result stretched beyond what it found",
    "correlation as causation": "two things that go together, sold as one causing the other",
}
NO_ERROR = "none"

# Each text: (title, the question the assistant was asked). Its sentences are in the CSV.
TEXTS = {
    "entry_jobs": (N_("Entry-level jobs"), N_("Is AI taking away entry-level jobs?")),
    "use_and_gains": (
        N_("AI in the workplace, in numbers"),
        N_("How much do organisations use AI, and what does it bring them?"),
    ),
    "literacy_and_law": (
        N_("AI literacy and the law"),
        N_("What is AI literacy, and what must employers do about it?"),
    ),
}
_SENTENCES = {
    "text": data.Column(),
    "number": data.Column("whole", 1, 20),
    "sentence": data.Column(),
    "error": data.Column(),
    "explanation": data.Column(),
}


def discernment_text(text_id: str) -> pd.DataFrame:
    """The sentences of one practice text, numbered from 1, with the answer key.

    Parameters
    ----------
    text_id : str
        One of ``TEXTS``: "entry_jobs", "use_and_gains" or "literacy_and_law".

    Returns
    -------
    pandas.DataFrame
        One row per sentence: ``number``, ``sentence``, ``error`` (a kind of ``ERRORS``, or
        "none"), ``explanation`` and ``source``.

    Examples
    --------
    >>> discernment_text("entry_jobs")["number"].tolist()
    [1, 2, 3, 4, 5, 6, 7]
    """
    if not isinstance(text_id, str) or text_id not in TEXTS:
        raise ValueError(
            _("No practice text {value}; the texts are {texts}.").format(
                value=repr(text_id), texts=", ".join(map(repr, TEXTS))
            )
        )
    table = data.load("discernment", _SENTENCES)
    unknown = set(table["error"]) - set(ERRORS) - {NO_ERROR}
    if unknown:
        raise ValueError(
            _("course/data/discernment.csv: unknown kinds of error {kinds}.").format(
                kinds=sorted(unknown)
            )
        )
    return table[table["text"] == text_id].sort_values("number").reset_index(drop=True)


def check_marks(text_id: str, marked) -> pd.DataFrame:
    """Every sentence of the text with the learner's mark and a verdict.

    Parameters
    ----------
    text_id : str
        One of ``TEXTS``.
    marked : set of int
        The numbers of the sentences the learner thinks are wrong.

    Returns
    -------
    pandas.DataFrame
        The sentences (see :func:`discernment_text`) with ``marked`` and ``verdict``: "found"
        (a planted error, marked), "missed" (a planted error, not marked), "false alarm" (a
        correct sentence, marked) or "rightly left" (a correct sentence, not marked).

    Examples
    --------
    >>> check_marks("entry_jobs", {1, 2})["verdict"].tolist()[:3]
    ['false alarm', 'found', 'rightly left']
    >>> check_marks("entry_jobs", "25")
    Traceback (most recent call last):
    ...
    ValueError: marked must be a set of sentence numbers such as {2, 5}, not '25'.
    """
    table = discernment_text(text_id)
    numbers = list(table["number"])
    how = _("marked must be a set of sentence numbers such as {{2, 5}}, not {value}.").format(
        value=repr(marked)
    )
    if isinstance(marked, (str, bytes)) or not hasattr(marked, "__iter__"):
        raise ValueError(how)
    try:
        marked = set(marked)
    except TypeError:  # a list inside, say
        raise ValueError(how) from None
    for mark in marked:
        if isinstance(mark, bool) or not isinstance(mark, Integral):
            raise ValueError(how)
    wrong = sorted(mark for mark in marked if mark not in numbers)
    if wrong:
        raise ValueError(
            _("No sentence {wrong} in this text: its sentences are numbered 1 to {last}.").format(
                wrong=wrong[0], last=len(numbers)
            )
        )
    table["marked"] = table["number"].isin(marked)
    planted = table["error"] != NO_ERROR
    table["verdict"] = [
        (N_("found") if mark else N_("missed"))
        if error
        else (N_("false alarm") if mark else N_("rightly left"))
        for error, mark in zip(planted, table["marked"], strict=True)
    ]
    return table


def marks_summary(checked: pd.DataFrame) -> str:
    """One sentence on a checked text: the errors found, and the false alarms.

    Parameters
    ----------
    checked : pandas.DataFrame
        The result of :func:`check_marks`.

    Returns
    -------
    str

    Examples
    --------
    >>> marks_summary(check_marks("entry_jobs", {2, 3}))
    'You found 1 of the 4 planted errors and marked 1 correct sentence as wrong.'
    """
    count = checked["verdict"].value_counts()
    planted = count.get("found", 0) + count.get("missed", 0)
    alarms = count.get("false alarm", 0)
    if alarms == 0:
        text = _(
            "You found {found} of the {planted} planted errors and marked no correct sentence "
            "as wrong."
        )
    elif alarms == 1:
        text = _(
            "You found {found} of the {planted} planted errors and marked 1 correct sentence "
            "as wrong."
        )
    else:
        text = _(
            "You found {found} of the {planted} planted errors and marked {alarms} correct "
            "sentences as wrong."
        )
    return text.format(found=count.get("found", 0), planted=planted, alarms=alarms)


def marks_feedback(checked: pd.DataFrame) -> list[str]:
    """One line per sentence: the verdict, the kind of error, why, and the source id.

    Parameters
    ----------
    checked : pandas.DataFrame
        The result of :func:`check_marks`.

    Returns
    -------
    list of str

    Examples
    --------
    >>> marks_feedback(check_marks("entry_jobs", {2}))[1].startswith("Sentence 2 (found; ")
    True
    """
    lines = []
    for row in checked.itertuples():
        kind = _("correct") if row.error == NO_ERROR else _(row.error)
        lines.append(
            _("Sentence {number} ({verdict}; {kind}): {explanation} [source: {source}]").format(
                number=row.number,
                verdict=_(row.verdict),
                kind=kind,
                explanation=_(row.explanation),
                source=row.source,
            )
        )
    return lines


# --- 4. the strategy builder -----------------------------------------------------------------

# The five effects of the essay, by number, named as their lessons: "3 The junior paradox".
EFFECTS = {t.effect: f"{t.effect} {t.short_title}" for t in topics.TOPICS if t.effect}


def effect_name(effect: int) -> str:
    """``EFFECTS[effect]`` in the language in use: the number and the lesson's short title.

    Examples
    --------
    >>> effect_name(3)
    '3 The junior paradox'
    """
    [title] = [t.title for t in topics.TOPICS if t.effect == effect]
    short_title = _(title).split(":")[0]  # as Topic.short_title, of the translated title
    return f"{effect} {short_title}"


class Commitment(NamedTuple):
    """One item of the checklist: a field of :class:`Strategy` and what it means for the
    document."""

    field: str
    effect: int  # the essay's effect, 1 to 5
    label: str  # the builder's control
    made: str  # the document's sentence when it is made; {value} is the field's value, written out
    question: str  # the works council's question when it is not
    essay: str  # the essay's own words, or "" where the item is the course's reading


CHECKLIST = (
    Commitment(
        "disclose_to_customers",
        1,
        N_("Disclose AI use to customers"),
        N_(
            "Customers are told when AI does work that people used to do, "
            "or made what they see and hear."
        ),
        N_("How will customers, and we ourselves, notice when AI replaces someone's work?"),
        "",
    ),
    Commitment(
        "training_hours",
        2,
        N_("Paid hours a year to learn to work with AI"),
        N_(
            "Every worker gets {value} paid hours a year, with a budget, to learn to work with AI "
            "(AI fluency)."
        ),
        N_(
            "What time and budget do workers get to learn to work with AI, "
            "and who would be left behind?"
        ),
        "Uiteraard vereist dit een forse investering in leren en ontwikkelen, opleiden en "
        "onderwijs.",
    ),
    Commitment(
        "gains_to_workers",
        2,
        N_("Share of the gains back to workers"),
        N_(
            "At least {value} of what AI saves goes back to workers, as shorter hours, "
            "lighter work or better pay and conditions, in terms agreed with the works council."
        ),
        N_("How are the gains of AI shared with the people who work here?"),
        "Verder zouden werkgevers de baten van de inzet van AI ook ten goede moeten laten komen "
        "aan de werknemers (minder zware werkzaamheden, kortere werktijden en betere "
        "arbeidsomstandigheden).",
    ),
    Commitment(
        "junior_share",
        3,
        N_("Minimum share of junior positions"),
        N_(
            "At least {value} of positions stay junior positions, "
            "so that people can start here and grow."
        ),
        N_("Where will the seniors of ten years from now learn the work?"),
        "Arbeidsorganisaties zullen dan ook een ‘AI-first’-strategie moeten ontwikkelen waarbij "
        "ruimte blijft voor juniorposities.",
    ),
    Commitment(
        "ai_learning_aid",
        3,
        N_("AI as a learning aid for juniors"),
        N_("Juniors use AI as a learning aid, with time to learn the work themselves."),
        N_("Do juniors learn the work, or only check what AI did?"),
        "",
    ),
    Commitment(
        "recovery_share",
        4,
        N_("Share of freed time kept for recovery"),
        N_("Of the time AI frees, {value} is kept for recovery; the rest goes to new work."),
        N_("Does the time AI frees become rest, or more and harder work?"),
        "Voorkom dat AI-technologie vooral wordt gebruikt voor efficiëntieverbetering en "
        "productieverhoging.",
    ),
    Commitment(
        "human_tasks",
        5,
        N_("Meaningful and connective tasks stay human"),
        N_(
            "Meaningful and connective tasks stay with people; AI takes the tasks with little "
            "meaning."
        ),
        N_("Which tasks give the work its meaning, and who decides that they stay human?"),
        "Het moeten vooral de weinig betekenisvolle taken zijn die uitgevoerd worden door "
        "AI-toepassingen.",
    ),
    Commitment(
        "worker_autonomy",
        5,
        N_("Workers decide how they use AI"),
        N_("Workers decide how they use AI in their own work."),
        N_("How much say do workers have in how AI is used in their work?"),
        "Werknemers moeten juist ook autonoom zijn in het gebruik van AI-technologie.",
    ),
)


@dataclass(frozen=True)
class Strategy:
    """An organisation's commitments, one field per checklist item; bad values raise a ValueError.

    Examples
    --------
    >>> Strategy(training_hours=24, human_tasks=True).junior_share
    0.0
    >>> Strategy(human_tasks="yes")
    Traceback (most recent call last):
    ...
    ValueError: human_tasks is a yes-or-no commitment: True or False, not 'yes'.
    """

    disclose_to_customers: bool = param(
        False,
        "illustrative",
        "tell customers when AI does people's work (the course's reading of effect 1)",
    )
    training_hours: float = param(
        0, "rubens2025", "paid hours per worker per year to learn to work with AI"
    )
    gains_to_workers: float = param(
        0.0, "rubens2025", "share of what AI saves that goes back to workers"
    )
    junior_share: float = param(0.0, "rubens2025", "minimum share of positions kept for juniors")
    ai_learning_aid: bool = param(
        False, "illustrative", "juniors use AI as a learning aid (the course's reading of effect 3)"
    )
    recovery_share: float = param(
        0.0, "rubens2025", "share of the time AI frees that is kept for recovery"
    )
    human_tasks: bool = param(
        False, "rubens2025", "meaningful and connective tasks stay with people"
    )
    worker_autonomy: bool = param(
        False, "rubens2025", "workers decide how they use AI in their own work"
    )

    def __post_init__(self):
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(item.default, bool):
                if not isinstance(value, bool):
                    raise ValueError(
                        _("{name} is a yes-or-no commitment: True or False, not {value}.").format(
                            name=item.name, value=repr(value)
                        )
                    )
            elif item.name == "training_hours":
                params.number(item.name, value)
                if not 0 <= value <= 2000:
                    raise ValueError(
                        _(
                            "training_hours must be from 0 to 2000 hours a year (a working year), "
                            "not {value}."
                        ).format(value=value)
                    )
            else:
                params.share(item.name, value)


def assumptions() -> pd.DataFrame:
    """Every commitment with its effect, default, meaning, source and the essay's words.

    Returns
    -------
    pandas.DataFrame
        One row per field of :class:`Strategy` (see :func:`course.params.assumptions`), with
        the columns ``effect`` and "the essay's words" added.

    Examples
    --------
    >>> assumptions().loc["junior_share", "effect"]
    '3 The junior paradox'
    """
    table = params.assumptions(Strategy)
    table.insert(0, _("effect"), [effect_name(item.effect) for item in CHECKLIST])
    # the essay's words stay in its Dutch, in every language
    reading = _("(the course's reading)")
    table[_("the essay's words")] = [item.essay or reading for item in CHECKLIST]
    return table


def _check_strategy(strategy) -> None:
    if not isinstance(strategy, Strategy):
        raise ValueError(
            _("strategy must be a Strategy, not {kind}.").format(kind=type(strategy).__name__)
        )


def made(strategy: Strategy) -> dict[str, bool]:
    """For each commitment: is it made? A yes, or a number above zero.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.

    Returns
    -------
    dict
        ``{field: made}`` for every item of ``CHECKLIST``.

    Examples
    --------
    >>> made(Strategy(training_hours=16))["training_hours"]
    True
    """
    _check_strategy(strategy)
    return {item.field: bool(getattr(strategy, item.field)) for item in CHECKLIST}


def checklist_score(strategy: Strategy) -> int:
    """How many of the checklist's commitments the strategy makes.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.

    Returns
    -------
    int
        From 0 to ``len(CHECKLIST)``.

    Examples
    --------
    >>> checklist_score(Strategy(training_hours=16, human_tasks=True))
    2
    """
    return sum(made(strategy).values())


def _counts(strategy: Strategy) -> dict[str, tuple[int, int]]:
    """Per effect: (the checklist's commitments for it, how many are made).

    Plain Python: the builder runs it often.
    """
    done = made(strategy)
    return {
        effect: (
            sum(item.effect == effect for item in CHECKLIST),
            sum(done[item.field] for item in CHECKLIST if item.effect == effect),
        )
        for effect in EFFECTS
    }


def gaps(strategy: Strategy) -> list[Commitment]:
    """The checklist's commitments the strategy does not make, in checklist order.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.

    Returns
    -------
    list of Commitment

    Examples
    --------
    >>> [item.field for item in gaps(Strategy(junior_share=0.1))][:3]
    ['disclose_to_customers', 'training_hours', 'gains_to_workers']
    """
    done = made(strategy)
    return [item for item in CHECKLIST if not done[item.field]]


def uncovered_effects(strategy: Strategy) -> list[int]:
    """The effects for which the strategy makes no commitment at all.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.

    Returns
    -------
    list of int
        The effects' numbers, from 1 to 5, in order.

    Examples
    --------
    >>> uncovered_effects(Strategy(recovery_share=0.2))
    [1, 2, 3, 5]
    """
    return [effect for effect, (_total, count) in _counts(strategy).items() if count == 0]


def summary(strategy: Strategy) -> str:
    """The builder's one-line result: the commitments made, and the effects left uncovered.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.

    Returns
    -------
    str
        One sentence.

    Examples
    --------
    >>> summary(Strategy(recovery_share=0.2, human_tasks=True))
    '2 of 8 commitments made; effects left uncovered: 1 Hidden substitution, 2 After job loss, \
3 The junior paradox.'
    """
    counts = {"score": checklist_score(strategy), "total": len(CHECKLIST)}
    uncovered = uncovered_effects(strategy)
    open_items = len(gaps(strategy))
    if uncovered:
        text = _("{score} of {total} commitments made; effects left uncovered: {effects}.")
    elif open_items > 1:
        text = _(
            "{score} of {total} commitments made; every effect is covered, {open} commitments are "
            "still open."
        )
    elif open_items == 1:
        text = _(
            "{score} of {total} commitments made; every effect is covered, 1 commitment is still "
            "open."
        )
    else:
        text = _("{score} of {total} commitments made; every effect is covered.")
    effects = ", ".join(effect_name(effect) for effect in uncovered)
    return text.format(**counts, effects=effects, open=open_items)


# --- the one-page strategy document ----------------------------------------------------------


# The name the lesson's cells start with, for the learner to replace.
PLACEHOLDER = N_("Our organisation")


def _check_organisation(organisation) -> str:
    """The name, stripped; the lesson's placeholder reads in the language in use."""
    if (
        not isinstance(organisation, str)
        or not organisation.strip()
        or "\n" in organisation
        or len(organisation) > 80
    ):
        raise ValueError(
            _("organisation must be a name on one line, up to 80 characters, not {name}.").format(
                name=repr(organisation)
            )
        )
    organisation = organisation.strip()
    return _(PLACEHOLDER) if organisation == PLACEHOLDER else organisation


def _document_parts(strategy: Strategy, organisation: str) -> dict:
    """What the document says, as plain text, for :func:`document` and :func:`document_html`."""
    _check_strategy(strategy)
    organisation = _check_organisation(organisation)
    rows = []
    for item in CHECKLIST:
        value = getattr(strategy, item.field)
        if value:
            made = _(item.made).format(value=_written(item.field, value))
            rows.append((effect_name(item.effect), _("made"), made))
        else:
            rows.append((effect_name(item.effect), _("open"), _(item.question)))
    essay = sources.get("rubens2025")
    return {
        "language": language(),
        "title": _(
            "AI strategy of {organisation}: commitments to discuss with the works council"
        ).format(organisation=organisation),
        "intro": _(
            "{organisation} uses AI. This page sets out what {organisation} commits to for each "
            "of the five effects of AI on work, so that AI serves the people who work here and not "
            "efficiency alone, and which questions are still open. It is a proposal for the works "
            "council (ondernemingsraad) to discuss."
        ).format(organisation=organisation),
        "score": _("Checklist: {summary}").format(summary=summary(strategy)),
        "rows": rows,
        "questions": [
            _("{effect}: {question}").format(
                effect=effect_name(item.effect), question=_(item.question)
            )
            for item in gaps(strategy)
        ],
        "basis": _(
            'The checklist follows the recommendations of {authors}\'s essay "{title}" ({year}), '
            "an opinion piece; two commitments (disclosure to customers, AI as a learning aid) are "
            "the course AI at Work's reading of it. A commitment counts as made when it is there "
            "and concrete; how much is enough is for the organisation and the works council to "
            "agree."
        ).format(authors=essay.authors, title=essay.title, year=essay.year),
        "headings": {
            "columns": (_("Effect"), _("Status"), _("Commitment, or the open question")),
            "questions": _("Questions for the works council"),
            "no_questions": _("None: every commitment is made."),
            "basis": _("Where this checklist comes from"),
        },
    }


def _written(field: str, value) -> str:
    """A commitment's value as the document writes it: hours as they are (0.4 stays 0.4, not 0),
    shares as percentages, in the language in use."""
    if field == "training_hours":
        return number(value, len(f"{value:g}".partition(".")[2]))
    return percent(value)


def document(strategy: Strategy, organisation: str) -> str:
    """The one-page strategy in Markdown."""
    parts = _document_parts(strategy, organisation)
    headings = parts["headings"]
    lines = [
        f"# {parts['title']}",
        "",
        parts["intro"],
        "",
        f"**{parts['score']}**",
        "",
        "| {} | {} | {} |".format(*headings["columns"]),
        "|---|---|---|",
    ]
    lines += [f"| {effect} | {status} | {text} |" for effect, status, text in parts["rows"]]
    lines += ["", f"## {headings['questions']}", ""]
    questions = [f"{i}. {question}" for i, question in enumerate(parts["questions"], 1)]
    lines += questions or [headings["no_questions"]]
    lines += ["", f"## {headings['basis']}", "", parts["basis"], ""]
    return "\n".join(lines)


def document_html(strategy: Strategy, organisation: str) -> str:
    """The same page as one HTML file, ready to print (course/templates/ai_strategy.html)."""
    from jinja2 import Environment, PackageLoader

    # autoescape: whatever the organisation is called, the page shows it as text
    templates = Environment(
        loader=PackageLoader("course"), autoescape=True, keep_trailing_newline=True
    )
    template = templates.get_template("ai_strategy.html")
    return template.render(**_document_parts(strategy, organisation))


def save_document(strategy: Strategy, organisation: str, folder: Path | str = ".") -> list[Path]:
    """Write the strategy as ``my_ai_strategy.md`` and ``my_ai_strategy.html`` in ``folder``.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.
    organisation : str
        Its name, on one line.
    folder : pathlib.Path or str, default "."
        Where to write the two files.

    Returns
    -------
    list of pathlib.Path
        The two files.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> files = save_document(Strategy(human_tasks=True), "Acme", folder.name)
    >>> [file.name for file in files]
    ['my_ai_strategy.md', 'my_ai_strategy.html']
    >>> folder.cleanup()
    """
    folder = Path(folder)
    written = []
    for name, text in (
        ("my_ai_strategy.md", document(strategy, organisation)),
        ("my_ai_strategy.html", document_html(strategy, organisation)),
    ):
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


def show_document(strategy: Strategy, organisation: str):
    """Show the one-page strategy in the notebook.

    Parameters
    ----------
    strategy : Strategy
        The organisation's commitments.
    organisation : str
        Its name, on one line.

    Returns
    -------
    IPython.display.Markdown
        The page, as the notebook shows it.
    """
    from IPython.display import Markdown

    return Markdown(document(strategy, organisation))


# --- the widgets -----------------------------------------------------------------------------


def _checkbox(description: str, value: bool = False):
    import ipywidgets as widgets

    return widgets.Checkbox(
        value=value,
        description=description,
        indent=False,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="460px"),
    )


def _status(text: str) -> str:
    return f'<p role="status" aria-live="polite">{html.escape(text)}</p>'


def explorer():
    """The strategy builder: a control per commitment; per effect, the commitments made.

    Returns
    -------
    course.ui.Explorer
        The widget: per effect, the commitments made of those on the checklist.
    """
    from course import ui

    fig = ui.figure(7.0, 3.2)
    fig.subplots_adjust(left=0.27, right=0.97, bottom=0.17)
    ax = fig.add_subplot()
    ui.style_axes(ax, title=_("Commitments made, per effect"), xlabel=_("commitments"), ylabel="")
    positions = list(range(len(EFFECTS)))
    totals = [total for total, _done in _counts(Strategy()).values()]
    ax.barh(
        positions,
        totals,
        height=0.6,
        fill=False,
        edgecolor=ui.PALETTE["black"],
        linestyle="--",
        label=_("on the checklist"),
    )
    bars = ax.barh(
        positions,
        [0] * len(EFFECTS),
        height=0.6,
        color=ui.PALETTE["blue"],
        animated=True,
        label=_("made"),
    )
    [uncovered] = ax.plot(
        [],
        [],
        linestyle="none",
        marker="X",
        markersize=10,
        color=ui.PALETTE["vermillion"],
        animated=True,
        label=_("uncovered"),
    )
    ax.set_yticks(positions, [effect_name(effect) for effect in EFFECTS])
    ax.invert_yaxis()
    # Fixed limits hold every setting, so no full redraw is needed; the legend sits right of the
    # bars.
    ax.set_xlim(0, 3)
    ax.set_xticks([0, 1, 2])
    ax.legend(loc="center right", fontsize=9, frameon=False)

    def model(**values):
        strategy = Strategy(**values)
        return strategy, _counts(strategy)

    def draw(result):
        strategy, per_effect = result
        for bar, (_total, done) in zip(bars, per_effect.values(), strict=True):
            bar.set_width(done)
        gaps_at = [
            y for y, (_total, done) in zip(positions, per_effect.values(), strict=True) if done == 0
        ]
        uncovered.set_data([0.08] * len(gaps_at), gaps_at)
        return summary(strategy)

    # Each control starts with its effect's number, as in the plot.
    label = {item.field: f"{item.effect} {_(item.label)}" for item in CHECKLIST}
    controls = {
        "disclose_to_customers": _checkbox(label["disclose_to_customers"]),
        "training_hours": ui.slider(label["training_hours"], 0, 0, 80, 4),
        "gains_to_workers": ui.slider(label["gains_to_workers"], 0.0, 0.0, 1.0, 0.05, percent=True),
        "junior_share": ui.slider(label["junior_share"], 0.0, 0.0, 0.5, 0.05, percent=True),
        "ai_learning_aid": _checkbox(label["ai_learning_aid"]),
        "recovery_share": ui.slider(label["recovery_share"], 0.0, 0.0, 1.0, 0.05, percent=True),
        "human_tasks": _checkbox(label["human_tasks"]),
        "worker_autonomy": _checkbox(label["worker_autonomy"]),
    }
    return ui.Explorer(fig, controls, model, draw)


def strategy_of(builder) -> Strategy:
    """The strategy as it is now set in a builder made by :func:`explorer`.

    Parameters
    ----------
    builder : course.ui.Explorer
        The strategy builder.

    Returns
    -------
    Strategy
    """
    return Strategy(**{name: control.value for name, control in builder.controls.items()})


def _ratings_figure(ratings: dict[str, dict[str, int]]):
    """A dot plot of the ratings per skill: circles at the start, squares at the end."""
    from course import ui

    fig = ui.figure(7.0, 2.8)
    fig.subplots_adjust(left=0.17, right=0.97, bottom=0.2)
    ax = fig.add_subplot()
    ui.style_axes(
        ax,
        title=_("Your AI fluency, in your own ratings"),
        xlabel=_("rating (1 = not yet, 5 = always)"),
        ylabel="",
    )
    positions = list(range(len(SKILLS)))
    table = rating_change(ratings)
    for x_start, x_end, y in zip(table["start"], table["end"], positions, strict=True):
        if pd.notna(x_start) and pd.notna(x_end):
            ax.plot([x_start, x_end], [y, y], **ui.REFERENCE)
    # Open circles at the start, filled squares at the end: an unchanged rating shows a square in
    # a circle.
    markers = (
        {"marker": "o", "markersize": 13, "markerfacecolor": "none", "markeredgewidth": 2},
        {"marker": "s", "markersize": 8},
    )
    for moment, style, marker in zip(MOMENTS, ui.SERIES[: len(MOMENTS)], markers, strict=True):
        if table[moment].notna().any():
            ax.plot(
                table[moment],
                positions,
                linestyle="none",
                color=style["color"],
                label=_(moment),
                **marker,
            )
    ax.set_yticks(positions, [_(skill) for skill in SKILLS])
    ax.invert_yaxis()
    ax.set_xlim(0.7, 5.3)
    ax.set_xticks(list(SCALE))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower right", bbox_to_anchor=(1, 1), ncols=2, fontsize=9, frameon=False)
    fig.canvas.draw()
    return fig


def self_assessment(moment: str = "start", path: Path | str | None = None):
    """A slider per D, a save button, and (at the end) the change since the start.

    The change shows as a plot and a sentence.

    Nothing is saved until the learner presses the button.

    Parameters
    ----------
    moment : str, default "start"
        "start" (lesson 00) or "end" (lesson 07, which also shows the change).
    path : pathlib.Path or str, optional
        The file; by default :func:`store_path`.

    Returns
    -------
    ipywidgets.VBox
        The widget, with ``sliders``, ``button``, ``image`` (a :class:`course.ui.Plot`: the plot
        and its text alternative) and ``text`` (the message shown).
    """
    import ipywidgets as widgets

    from course import ui

    check_moment(moment)
    saved, message = load_ratings(path)
    scale = " · ".join(f"{n} {text}" for n, text in zip(SCALE, map(_, SCALE.values()), strict=True))
    question = _("How true is each sentence of you? {scale}").format(scale=scale)
    items, sliders = [widgets.HTML(f"<p>{html.escape(question)}</p>")], {}
    for skill, statement in SKILLS.items():
        name = _(skill)
        sliders[skill] = ui.slider(name, saved.get(moment, {}).get(skill, 3), 1, 5, 1)
        text = f"<p><b>{html.escape(name)}.</b> {html.escape(_(statement))}</p>"
        items += [widgets.HTML(text), sliders[skill]]
    button = widgets.Button(description=_("Save my ratings"), icon="save")
    status = widgets.HTML(_status(message))
    image = ui.Plot()  # hidden while it has no picture
    box = widgets.VBox([*items, button, status, image])
    box.sliders, box.button, box.image, box.text = sliders, button, image, message

    def show_change(ratings):
        text = rating_summary(ratings)
        if moment == "end":
            with image.hold_sync():  # the picture and its description arrive together
                image.value = ui.png(_ratings_figure(ratings))
                image.alt = _("Plot: your ratings at the start and now. {summary}").format(
                    summary=text
                )
        return text

    def save(_button=None):
        ratings = {skill: slider.value for skill, slider in sliders.items()}
        try:
            where = save_ratings(moment, ratings, path)
        except OSError as error:
            box.text = _(
                "Could not save your ratings ({error}). They are still set above; try again later."
            ).format(error=error)
        else:
            box.text = _("Saved {moment} in {path}. {change}").format(
                moment=_(MOMENTS[moment]), path=where, change=show_change(load_ratings(where)[0])
            )
        status.value = _status(box.text)

    button.on_click(save)
    if moment == "end" and saved:
        box.text = f"{message} {show_change(saved)}"
        status.value = _status(box.text)
    return box


def discernment(text_id: str):
    """A practice text with a checkbox per sentence, a check button, and feedback with sources.

    Parameters
    ----------
    text_id : str
        One of ``TEXTS``.

    Returns
    -------
    ipywidgets.VBox
        The widget, with ``marks`` (a checkbox per sentence), ``button`` and ``text`` (the
        verdict shown).
    """
    import ipywidgets as widgets

    table = discernment_text(text_id)
    title, question = (_(text) for text in TEXTS[text_id])
    answer = " ".join(
        f"<sup>{row.number}</sup>&nbsp;{html.escape(_(row.sentence))}" for row in table.itertuples()
    )
    heading = _("{title}: an AI assistant's answer").format(title=title)
    note = _("(written for this course in an assistant's style, with errors planted on purpose)")
    asked = _("Question: {question}").format(question=question)
    header = widgets.HTML(
        f"<div style='border-left: 4px solid #999; padding-left: 0.8em'>"
        f"<p><b>{html.escape(heading, quote=False)}</b> {html.escape(note, quote=False)}</p>"
        f"<p><i>{html.escape(asked, quote=False)}</i></p><p>{answer}</p></div>"
    )
    marks = {
        row.number: _checkbox(_("Sentence {number} is wrong").format(number=row.number))
        for row in table.itertuples()
    }
    button = widgets.Button(description=_("Check my marks"), icon="check")
    tick = _("Tick every sentence you think is wrong:")
    result = widgets.HTML()
    box = widgets.VBox(
        [
            header,
            widgets.HTML(f"<p>{html.escape(tick)}</p>"),
            *marks.values(),
            button,
            result,
        ]
    )
    box.marks, box.button, box.text = marks, button, ""

    def check(_button=None):
        checked = check_marks(text_id, {n for n, mark in marks.items() if mark.value})
        box.text = marks_summary(checked)
        lines = "".join(f"<li>{html.escape(line)}</li>" for line in marks_feedback(checked))
        result.value = _status(box.text) + f"<ul>{lines}</ul>"

    button.on_click(check)
    return box
