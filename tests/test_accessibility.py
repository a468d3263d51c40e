"""Accessibility, enforced: a lint over every notebook, Markdown file and explorer of the course.

There is no list of exceptions. What it checks:

- Every notebook: exactly one H1, which is its first heading, and no skipped level (an H2 may
  follow an H1, an H4 may not follow an H2).
- Every notebook and Markdown file: every image has alt text (``![alt](...)`` and ``<img alt>``).
- Every explorer (each call in a notebook and each topic's ``explorer()``), at its defaults and
  with every slider at its maximum:
  - it is a ``course.ui.Explorer``, so it shows a one-line text summary in a live region, and
    that summary is a sentence, not empty;
  - every control has a label (``description``);
  - the plot has a text alternative (``alt``) that names each of its plots by its title and gives
    the summary (in the browser, tests/test_browser.py checks with axe-core that it arrives);
  - every colour of the plot's data is one of ``course.ui.PALETTE`` (Okabe and Ito, colour-blind
    safe), and white only as an edge; a colour map must be a colour-blind-safe one;
  - series are never told apart by colour alone: lines of different colours in one plot differ
    in line style or marker, and so do the entries of every legend (or in hatch, for areas).
"""

import importlib
import re
from functools import partial
from itertools import combinations, pairwise

import ipywidgets as widgets
import pytest
from markdown_it import MarkdownIt
from matplotlib.colors import to_hex, to_rgba_array
from matplotlib.offsetbox import DrawingArea

from common import ROOT, TOPIC_NAMES, cell_source, course_files, read_notebook
from course import ui
from explorers import LESSON_EXPLORERS, build

NOTEBOOKS = course_files(".ipynb")
MARKDOWN_FILES = course_files(".md")
PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
HTML_ALT = re.compile(r"""\balt\s*=\s*("[^"]*[^"\s][^"]*"|'[^']*[^'\s][^']*')""", re.I)
HTML_HEADING = re.compile(r"<h([1-6])\b", re.I)


def relative(path) -> str:
    return str(path.relative_to(ROOT))


def markdown_texts(path) -> list[str]:
    """The Markdown of a file: its markdown cells for a notebook, else the whole file."""
    if path.suffix == ".ipynb":
        return [
            cell_source(c) for c in read_notebook(path)["cells"] if c["cell_type"] == "markdown"
        ]
    return [path.read_text(encoding="utf-8")]


def headings(text: str) -> list[int]:
    """The levels of the headings in one Markdown text, in order (Markdown and HTML headings)."""
    levels = []
    for token in PARSER.parse(text):
        if token.type == "heading_open":
            levels.append(int(token.tag[1]))
        elif token.type in ("html_block", "inline"):
            levels += [int(level) for level in HTML_HEADING.findall(token.content)]
    return levels


def images_without_alt(text: str) -> list[str]:
    missing = []
    for token in PARSER.parse(text):
        for child in [token, *(token.children or [])]:
            if child.type == "image" and not child.content.strip():
                missing.append(child.attrGet("src"))
            elif child.type in ("html_block", "html_inline"):
                missing += [
                    tag for tag in HTML_IMAGE.findall(child.content) if not HTML_ALT.search(tag)
                ]
    return missing


def test_the_lint_finds_the_course():
    assert (
        ROOT / "notebooks" / "00_welcome.ipynb" in NOTEBOOKS
        and ROOT / "README.md" in MARKDOWN_FILES
    )
    assert not [p for p in NOTEBOOKS + MARKDOWN_FILES if {".venv", "_build"} & set(p.parts)]
    assert LESSON_EXPLORERS and TOPIC_NAMES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=relative)
def test_one_h1_first_and_no_skipped_heading_level(path):
    levels = [level for text in markdown_texts(path) for level in headings(text)]
    assert levels.count(1) == 1, (
        f"{levels.count(1)} H1 headings; a notebook has exactly one, its title"
    )
    assert levels[0] == 1, "the first heading is the H1 title"
    for before, after in pairwise(levels):
        assert after <= before + 1, f"an H{after} follows an H{before}: a level is skipped"


@pytest.mark.parametrize("path", NOTEBOOKS + MARKDOWN_FILES, ids=relative)
def test_every_image_has_alt_text(path):
    missing = [src for text in markdown_texts(path) for src in images_without_alt(text)]
    assert not missing, f"images without alt text: {missing}"


# --- the explorers ---------------------------------------------------------------------------

EXPLORERS = {
    f"{path.name}: {call}": partial(build, path, call) for path, call in LESSON_EXPLORERS
} | {
    f"course.{name}.explorer()": importlib.import_module(f"course.{name}").explorer
    for name in TOPIC_NAMES
}
COLOURS = {to_hex(c) for c in ui.PALETTE.values()}
EDGE_COLOURS = COLOURS | {"#ffffff"}  # white edges separate bars or areas; they carry no meaning
COLOUR_MAPS = {"viridis", "cividis", "plasma", "inferno", "magma"}  # uniform, readable in grey too


def colours(values) -> set[str]:
    """Hex colours of an artist's colour setting, without the fully transparent ones."""
    if isinstance(values, str) and values.lower() == "none":
        return set()
    return {to_hex(rgba) for rgba in to_rgba_array(values) if rgba[3] > 0}


def marker(artist):
    value = artist.get_marker()
    return None if value in (None, "None", "none", "", " ") else value


def look(artist) -> tuple:
    """What tells an artist apart besides its colour: line style (with its dash pattern), marker,
    hatch, an outline instead of a fill. A legend entry drawn from several artists has all their
    looks."""
    if isinstance(artist, tuple):
        return tuple(look(part) for part in artist)
    if hasattr(artist, "get_marker"):  # a line
        return ("line", artist.get_linestyle(), str(artist._unscaled_dash_pattern), marker(artist))
    # an area (a bar, a band) or a set of markers (a scatter): hatch, edge style, fill, marker shape
    paths = [p.vertices.round(3).tolist() for p in getattr(artist, "get_paths", lambda: [])()[:1]]
    fill = artist.get_fill() if hasattr(artist, "get_fill") else True
    return ("area", artist.get_hatch(), str(artist.get_linestyle()), fill, str(paths))


def main_colour(artist) -> str:
    if isinstance(artist, tuple):
        return main_colour(artist[0])
    if hasattr(artist, "get_marker"):
        return to_hex(artist.get_color())
    return str(sorted(colours(artist.get_facecolor()) or colours(artist.get_edgecolor())))


def legend_entries(legend) -> list[tuple]:
    """(text, what its key shows) for each legend entry: one artist, or all of a combined key."""
    keys = legend.findobj(DrawingArea)  # one per entry, in the order of the texts
    return [
        (
            text.get_text(),
            tuple(key.get_children()) if len(key.get_children()) > 1 else key.get_children()[0],
        )
        for text, key in zip(legend.get_texts(), keys, strict=True)
    ]


def plot_problems(figure) -> list[str]:
    problems = []
    for number, ax in enumerate(figure.axes, 1):
        where = f"plot {number} ({ax.get_title('left') or ax.get_title()!r})"
        for line in ax.get_lines():
            used = colours(line.get_color())
            if marker(line):
                used |= colours(line.get_markerfacecolor()) | colours(line.get_markeredgecolor())
            problems += [
                f"{where}: line {line.get_label()!r} has colour {c}, not in the palette"
                for c in sorted(used - COLOURS)
            ]
        for artist in [*ax.patches, *ax.collections]:
            used = (colours(artist.get_facecolor()) - COLOURS) | (
                colours(artist.get_edgecolor()) - EDGE_COLOURS
            )
            problems += [
                f"{where}: {type(artist).__name__} {artist.get_label()!r} has colour {c}, "
                "not in the palette"
                for c in sorted(used)
            ]
        for image in ax.get_images():
            if image.get_cmap().name.removesuffix("_r") not in COLOUR_MAPS:
                problems.append(
                    f"{where}: colour map {image.get_cmap().name!r}; "
                    f"use one of {sorted(COLOUR_MAPS)}"
                )
        legend = ax.get_legend()
        series = {
            "lines": [(line.get_label(), line) for line in ax.get_lines()],
            "legend entries": legend_entries(legend) if legend else [],
        }
        for kind, artists in series.items():
            for (name_a, a), (name_b, b) in combinations(artists, 2):
                if main_colour(a) != main_colour(b) and look(a) == look(b):
                    problems.append(
                        f"{where}: the {kind} {name_a!r} and {name_b!r} differ by colour only; "
                        "give each a line style, marker or hatch of its own"
                    )
    return list(dict.fromkeys(problems))


def controls_of(widget):
    """Every widget a learner can operate, inside ``widget``."""
    display_only = (
        widgets.HTML,
        widgets.HTMLMath,
        widgets.Label,
        widgets.Valid,
        widgets.FloatProgress,
        widgets.IntProgress,
    )
    if isinstance(widget, widgets.Box):
        return [c for child in widget.children for c in controls_of(child)]
    operable = (
        isinstance(widget, widgets.ValueWidget)
        and hasattr(widget, "description")
        and not isinstance(widget, display_only)
    )
    return [widget] if operable or isinstance(widget, widgets.Button) else []


def settings(explorer):
    """Yield at the defaults, then with each slider at its maximum in turn."""
    yield "the defaults"
    for name, control in explorer.controls.items():
        if isinstance(control, ui.Slider):
            control.value = control.max
            yield f"{name} at its maximum"


@pytest.mark.parametrize("label", EXPLORERS)
def test_explorer_has_a_summary_labelled_controls_and_a_colour_blind_safe_plot(label):
    explorer = EXPLORERS[label]()
    assert isinstance(explorer, ui.Explorer), (
        "build explorers with course.ui.Explorer: it adds the text summary"
    )
    assert explorer.summary in explorer.children and 'role="status"' in explorer.summary.value
    unlabelled = [type(c).__name__ for c in controls_of(explorer) if not c.description.strip()]
    assert not unlabelled, f"controls without a label (description): {unlabelled}"
    untitled = [n for n, ax in enumerate(explorer.figure.axes, 1) if not ax.get_title("left")]
    assert not untitled, f"plots without a title, which the text alternative names: {untitled}"
    assert explorer.image.alt.endswith(explorer.text), (
        "the plot's text alternative lacks the summary"
    )
    for setting in settings(explorer):
        assert re.search(r"\w.*\w", explorer.text), f"no text summary at {setting}"
        problems = plot_problems(explorer.figure)
        assert not problems, f"at {setting}: " + "; ".join(problems)
