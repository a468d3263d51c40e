"""What every explorer must do, checked for every topic of the registry by the same tests.

- Every setting a learner can choose is drawn inside the plot's fixed axes: the explorer never
  rescales (a rescale costs a full redraw, ~60 ms), so its limits must hold every combination.
- A setting the model refuses shows the model's reason as the summary, never a traceback.

A topic's own tests (tests/test_<topic>.py) check what its explorer shows; these check what all
of them share.
"""

import itertools
import random

import numpy as np
import pytest
from matplotlib.collections import PathCollection

from common import TOPIC_NAMES
from course.ui import choices
from explorers import explorer_of

COMBINATIONS = 40  # random combinations per explorer, besides each control's extremes


def settings(explorer, rng) -> list[dict]:
    """Each control moved alone through its choices, every corner (each control at its first or
    its last choice), and random combinations: the settings a class of learners will try."""
    options = {name: choices(control) for name, control in explorer.controls.items()}
    options = {name: values for name, values in options.items() if values}
    start = {name: control.value for name, control in explorer.controls.items()}
    found = [{**start, name: value} for name, values in options.items() for value in values]
    # every corner: each control at its first or its last choice
    for corner in itertools.product(*[(values[0], values[-1]) for values in options.values()]):
        found.append({**start, **dict(zip(options, corner, strict=True))})
    for _ in range(COMBINATIONS):
        found.append({**start, **{name: rng.choice(values) for name, values in options.items()}})
    return found


def outside(ax) -> list[str]:
    """The data of ``ax`` drawn outside its box (in pixels, with half a pixel of slack)."""
    box = ax.bbox
    problems = []

    def check(what, points):
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        points = points[np.isfinite(points).all(axis=1)]
        if len(points) and (
            points[:, 0].min() < box.x0 - 0.5
            or points[:, 0].max() > box.x1 + 0.5
            or points[:, 1].min() < box.y0 - 0.5
            or points[:, 1].max() > box.y1 + 0.5
        ):
            problems.append(what)

    for line in ax.lines:
        check(f"line {line.get_label()!r}", line.get_transform().transform(line.get_xydata()))
    for patch in ax.patches:
        check(
            f"patch {patch.get_label()!r}",
            patch.get_transform().transform(patch.get_path().vertices),
        )
    for collection in ax.collections:
        label = collection.get_label()
        if isinstance(collection, PathCollection):  # markers (scatter): where their centres are
            check(
                f"points {label!r}",
                collection.get_offset_transform().transform(collection.get_offsets()),
            )
        else:  # areas and bars
            for path in collection.get_paths():
                check(f"area {label!r}", collection.get_transform().transform(path.vertices))
    return problems


@pytest.mark.parametrize("topic", TOPIC_NAMES)
def test_every_setting_of_every_control_is_drawn_inside_the_fixed_axes(topic):
    explorer = explorer_of(topic)
    limits = [(ax.get_xlim(), ax.get_ylim()) for ax in explorer.figure.axes]
    drawn = 0
    for values in settings(explorer, random.Random(topic)):
        try:
            explorer._draw(explorer._model(**values))
        except ValueError:
            continue  # the explorer shows the model's reason instead (the next test)
        drawn += 1
        problems = {
            ax.get_title(loc="left") or ax.get_title(): outside(ax) for ax in explorer.figure.axes
        }
        assert not any(problems.values()), f"{values}: drawn outside the axes: {problems}"
        assert [(ax.get_xlim(), ax.get_ylim()) for ax in explorer.figure.axes] == limits, values
    assert drawn > len(explorer.controls)


@pytest.mark.parametrize("topic", TOPIC_NAMES)
def test_a_refused_setting_shows_the_models_reason(topic, monkeypatch):
    explorer = explorer_of(topic)

    def refuse(**values):
        raise ValueError("a reason a student understands.")

    monkeypatch.setattr(explorer, "_model", refuse)
    explorer.update()
    assert explorer.text == "These settings do not work together: a reason a student understands."
