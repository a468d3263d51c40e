"""The shared explorer machinery, with a tiny model of its own."""

import pandas as pd

from course import ui


def make_explorer():
    fig = ui.figure()
    ax = fig.add_subplot()
    ui.style_axes(ax, title="t", xlabel="x", ylabel="y")
    [line] = ax.plot([], [], animated=True, **ui.SERIES[0])
    ax.set_xlim(0, 2)
    ax.set_ylim(0, 10)

    def model(height):
        if height > 8:
            raise ValueError("height must be 8 or less")
        return height

    def draw(height):
        line.set_data([0, 1, 2], [0, height, 0])
        if height > 5:
            ax.set_ylim(0, 20)  # a change of limits must still be drawn
        return f"The peak is {height}."

    controls = {"height": ui.slider("Height", 1, 0, 10, 1)}
    return ui.Explorer(fig, controls, model, draw), line, ax


def test_update_runs_model_and_draw_and_shows_the_summary():
    explorer, line, _ = make_explorer()
    assert explorer.text == "The peak is 1."
    assert 'role="status"' in explorer.summary.value and "The peak is 1." in explorer.summary.value
    explorer.controls["height"].value = 4
    assert explorer.text == "The peak is 4."
    assert list(line.get_ydata()) == [0, 4, 0]
    assert explorer.image.alt == "Plot: t. The peak is 4."  # the text alternative follows the plot


def test_a_value_error_becomes_the_summary_and_keeps_the_last_plot():
    explorer, line, _ = make_explorer()
    image = bytes(explorer.image.value)
    explorer.controls["height"].value = 9
    assert explorer.text == "These settings do not work together: height must be 8 or less"
    assert bytes(explorer.image.value) == image
    assert explorer.image.alt == "Plot: t. The peak is 1."  # still describes the plot shown
    assert list(line.get_ydata()) == [0, 1, 0]


def test_blitted_frames_match_a_full_redraw():
    explorer, _, ax = make_explorer()
    for height in (3, 7, 2):  # 7 changes the y-limits, 2 is blitted on the new background
        explorer.controls["height"].value = height
        blitted = bytes(explorer.image.value)
        explorer._limits = None  # force a full redraw of the same state
        explorer.update()
        assert bytes(explorer.image.value) == blitted, height
    assert ax.get_ylim() == (0, 20)


def test_series_differ_by_line_style_not_only_by_colour():
    styles = [str(s["linestyle"]) for s in ui.SERIES]
    colours = [s["color"] for s in ui.SERIES]
    assert len(set(styles)) == len(styles) and len(set(colours)) == len(colours)
    assert set(colours) <= set(ui.PALETTE.values())


def test_a_slider_says_its_value_as_it_shows_it():
    assert ui.slider("Cut", 0.15, 0.0, 1.0, 0.05, percent=True).readout == "15%"
    assert ui.slider("Tax", 0.025, 0.0, 0.05, 0.005, percent=True, decimals=1).readout == "2.5%"
    assert ui.slider("Hours", 10.5, 0.0, 20.0, 0.5).readout == "10.50"
    year = ui.slider("Year", 2, 0, 10, 1)
    assert isinstance(year, ui.IntSlider) and year.readout == "2"
    year.value = 12
    assert year.value == 10  # kept within its range, as the browser keeps it


def test_the_display_carries_a_still_copy_for_pages_without_a_kernel():
    import base64

    explorer, _, _ = make_explorer()
    explorer.controls["height"].value = 3
    bundle = explorer._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == explorer.model_id
    assert bundle["text/plain"] == "The peak is 3."
    picture = base64.b64encode(bytes(explorer.image.value)).decode()
    assert bundle["text/html"] == (
        f'<img src="data:image/png;base64,{picture}" alt="Plot: t. The peak is 3.">'
        "<p>The peak is 3.</p>"
    )
    assert "course-explorer" in explorer._dom_classes


def test_a_table_scrolls_in_a_named_region_that_the_keyboard_reaches():
    frame = pd.DataFrame({"job": ["clerk"], "score": [0.54]})
    shown = ui.table(frame, "Scores <by group>").data
    assert shown.startswith(
        '<div role="region" tabindex="0" aria-label="Scores &lt;by group&gt;" '
        'style="overflow-x: auto"><table'
    )
    assert "<td>clerk</td>" in shown and shown.endswith("</table></div>")
