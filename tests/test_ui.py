"""The shared explorer machinery, with a tiny model of its own."""

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


def test_a_value_error_becomes_the_summary_and_keeps_the_last_plot():
    explorer, line, _ = make_explorer()
    image = bytes(explorer.image.value)
    explorer.controls["height"].value = 9
    assert explorer.text == "These settings do not work together: height must be 8 or less"
    assert bytes(explorer.image.value) == image
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


def test_percent_slider_shows_percentages_and_whole_numbers_give_an_int_slider():
    assert ui.slider("Cut", 0.5, 0.0, 1.0, 0.05, percent=True).readout_format == ".0%"
    assert (
        ui.slider("Tax", 0.025, 0.0, 0.05, 0.005, percent=True, decimals=1).readout_format == ".1%"
    )
    assert type(ui.slider("Year", 2, 0, 10, 1)).__name__ == "IntSlider"


def test_the_display_carries_a_still_copy_for_pages_without_a_kernel():
    import base64

    explorer, _, _ = make_explorer()
    explorer.controls["height"].value = 3
    bundle = explorer._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == explorer.model_id
    assert bundle["text/plain"] == "The peak is 3."
    picture = base64.b64encode(bytes(explorer.image.value)).decode()
    assert (
        bundle["text/html"]
        == f'<img src="data:image/png;base64,{picture}" alt="Plot: t"><p>The peak is 3.</p>'
    )
    assert "course-explorer" in explorer._dom_classes
