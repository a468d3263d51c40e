"""What every explorer shares: the plot style, the colour-blind-safe palette, sliders, and the
one-line text summary beside the plot; and wide tables that a keyboard can scroll.

An explorer is a thin layer over a topic's model. A topic builds it from four things:

- a matplotlib figure, made with :func:`figure` and styled with :func:`style_axes`;
- its controls (sliders made with :func:`slider`), keyed by the model's parameter names;
- ``model(**values)``: calls the topic's pure functions and returns their result;
- ``draw(result)``: puts that result into the figure and returns the one-line summary;
- optionally ``details(result)``: HTML shown under the summary, such as a table that names what
  the plot only numbers.

:class:`Explorer` wires them together. It works without a browser (tests and the benchmark set
the sliders' values and read ``text`` and the figure) and shows the same in JupyterLab.

Accessibility (WCAG 2 A and AA): the plot has a text alternative that follows it, and each slider
is the browser's own ``<input type="range">`` with its label and its value in words ("15%", not
0.15). ipywidgets can do neither (its ``Image`` has no ``alt``, its slider handles no name), so
:class:`Plot` and :class:`Slider` are small widgets of our own, written with anywidget: their
browser code is the few lines of JavaScript below, sent with the widget, never downloaded.
"""

from __future__ import annotations

import base64
import html
import io

import anywidget
import ipywidgets as widgets
import traitlets
from IPython.display import HTML
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from course.i18n import _, language

# Okabe and Ito's palette, which stays distinguishable with the common kinds of colour blindness.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
    # neutrals carry no hue, so they are safe too: for reference lines, backgrounds and "free"
    "grey": "#999999",
    "white": "#FFFFFF",
}

# Series differ in colour *and* line style, so a plot still reads in grey or on a printout.
SERIES = [
    {"color": PALETTE["blue"], "linestyle": "-"},
    {"color": PALETTE["orange"], "linestyle": "--"},
    {"color": PALETTE["green"], "linestyle": "-."},
    {"color": PALETTE["vermillion"], "linestyle": ":"},
    {"color": PALETTE["purple"], "linestyle": (0, (5, 2, 1, 2, 1, 2))},
]

# Targets and thresholds: thin, black, dotted.
REFERENCE = {"color": PALETTE["black"], "linestyle": (0, (1, 2)), "linewidth": 1.2}


def figure(width: float = 7.0, height: float = 3.6) -> Figure:
    """A figure for an explorer, drawn without pyplot (so notebooks show it only once)."""
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    # Fixed margins: automatic layout would cost a full relayout on every redraw.
    fig.subplots_adjust(left=0.09, right=0.98, top=0.9, bottom=0.14)
    return fig


def style_axes(ax, *, title: str, xlabel: str, ylabel: str) -> None:
    """The course's plot style: a title, labelled axes, a light grid, no top and right frame."""
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)


class Slider(anywidget.AnyWidget, widgets.ValueWidget):
    """A labelled slider for a number. Its value is sent to Python when the learner lets go of it
    (or at each arrow key), not at every pixel of a drag. Make one with :func:`slider`."""

    _esm = """
    function render({ model, el }) {
      const label = document.createElement("label");
      const name = document.createElement("span");
      const input = document.createElement("input");
      const shown = document.createElement("span");
      input.type = "range";
      label.append(name, input);  // the label names the input; the value stays out of its name
      shown.setAttribute("aria-hidden", "true");  // screen readers hear it from aria-valuetext
      el.classList.add("course-slider");
      el.append(label, shown);
      function readout(value) {  // as Slider.readout in Python
        const percent = model.get("percent"), dutch = model.get("language") === "nl";
        let text = (percent ? value * 100 : value).toFixed(model.get("decimals"));
        if (dutch) text = text.replace(".", ",");  // a decimal comma
        return percent ? text + (dutch ? " %" : "%") : text;
      }
      function show(value) {
        shown.textContent = readout(value);
        input.setAttribute("aria-valuetext", shown.textContent);
      }
      function update() {
        name.textContent = model.get("description");
        for (const key of ["min", "max", "step", "value"]) input[key] = model.get(key);  // in order
        show(model.get("value"));
      }
      input.addEventListener("keydown", (event) => {
        // JupyterLab moves between cells on these keys; on a slider they move the slider.
        if (/^(Arrow|Page|Home|End)/.test(event.key)) event.stopPropagation();
      });
      input.addEventListener("input", () => show(Number(input.value)));
      input.addEventListener("change", () => {
        model.set("value", Number(input.value));
        model.save_changes();
      });
      model.on("change", update);
      update();
    }
    export default { render };
    """
    _css = """
    .course-slider { display: flex; align-items: center; gap: 0.6em; margin: 0.3em 0; }
    .course-slider label { display: flex; align-items: center; gap: 0.6em; }
    .course-slider input { width: 14em; max-width: 40vw; }
    """
    value = traitlets.Float().tag(sync=True)
    min = traitlets.Float().tag(sync=True)
    max = traitlets.Float(1.0).tag(sync=True)
    step = traitlets.Float(0.1).tag(sync=True)
    description = traitlets.Unicode().tag(sync=True)
    percent = traitlets.Bool(False).tag(sync=True)
    decimals = traitlets.Int(2).tag(sync=True)

    @traitlets.validate("value")
    def _within_range(self, proposal):
        return min(max(proposal.value, self.min), self.max)

    language = traitlets.Unicode("en").tag(sync=True)  # how it writes numbers: see readout

    @property
    def readout(self) -> str:
        """The value as the slider shows it and tells a screen reader: 0.15 as "15%" (in Dutch
        "15 %", with a decimal comma where there are decimals)."""
        dutch = self.language == "nl"
        text = f"{self.value * 100 if self.percent else self.value:.{self.decimals}f}"
        if dutch:
            text = text.replace(".", ",")
        return text + (" %" if dutch else "%") if self.percent else text


class IntSlider(Slider):
    """A slider for a whole number."""

    value = traitlets.Int().tag(sync=True)
    min = traitlets.Int().tag(sync=True)
    max = traitlets.Int(100).tag(sync=True)
    step = traitlets.Int(1).tag(sync=True)
    decimals = traitlets.Int(0).tag(sync=True)


def slider(description: str, value, min, max, step, *, percent: bool = False, decimals: int = 0):
    """A labelled slider; whole numbers give an :class:`IntSlider`, ``percent`` shows 0.5 as 50%
    (with ``decimals`` digits after the point: 1 shows 0.025 as 2.5%), other numbers show two
    decimals."""
    whole = all(isinstance(x, int) for x in (value, min, max, step)) and not percent
    kind = IntSlider if whole else Slider
    digits = decimals if percent else 0 if whole else 2
    return kind(
        description=description,
        value=value,
        min=min,
        max=max,
        step=step,
        percent=percent,
        decimals=digits,
        language=language(),
    )


def choices(control, count: int = 6) -> list:
    """Values a learner can choose with a control: ``count`` values across a slider's range on
    its step, both values of a checkbox, every option of a drop-down, none for a text box (it
    keeps its text). Tests and the benchmark move the explorers through these."""
    if isinstance(control.value, bool):
        return [False, True]
    if hasattr(control, "options"):
        return [option[1] if isinstance(option, tuple) else option for option in control.options]
    if not hasattr(control, "step"):
        return []
    span = (control.max - control.min) / control.step
    steps = sorted({round(span * i / (count - 1)) for i in range(count)})
    return [type(control.value)(round(control.min + n * control.step, 10)) for n in steps]


class Plot(anywidget.AnyWidget):
    """A PNG picture (``value``) with its text alternative (``alt``) for screen readers."""

    _esm = """
    function render({ model, el }) {
      const image = document.createElement("img");
      el.classList.add("course-plot");
      el.append(image);
      function update() {
        const before = image.src;
        const png = model.get("value");
        image.src = URL.createObjectURL(new Blob([png], { type: "image/png" }));
        image.alt = model.get("alt");
        image.hidden = png.byteLength === 0;
        if (before) URL.revokeObjectURL(before);
      }
      model.on("change", update);
      update();
      return () => URL.revokeObjectURL(image.src);
    }
    export default { render };
    """
    _css = ".course-plot img { display: block; max-width: 100%; }"
    value = traitlets.Bytes().tag(sync=True)
    alt = traitlets.Unicode().tag(sync=True)


def png(fig: Figure) -> bytes:
    """The figure's current pixels as PNG bytes (fast compression: this runs on every update)."""
    canvas = fig.canvas
    image = Image.frombuffer(
        "RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1
    )
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


class Explorer(widgets.VBox):
    """Controls, a plot and a one-line summary for one topic's model.

    ``controls``: the sliders, keyed by the names ``model`` takes. ``text``: the summary now
    shown. A ``ValueError`` from the model is shown as the summary instead of a plot update, so
    a learner sees why a combination of settings does not work. ``details``: the HTML under the
    summary, when the topic gives a ``details`` function.
    """

    def __init__(self, fig: Figure, controls: dict, model, draw, details=None):
        self.figure = fig
        self.controls = controls
        self._model = model
        self._draw = draw
        self._details = details
        self._background = None
        self._limits = None
        self.text = ""
        self.image = Plot()
        self.summary = widgets.HTML()
        self.details = widgets.HTML()
        for control in controls.values():
            control.observe(self.update, names="value")
        below = [self.details] if details else []
        super().__init__([*controls.values(), self.image, self.summary, *below])
        self.add_class("course-explorer")  # lets browser tests and page styles find it
        self.update()

    def update(self, change=None) -> None:
        """Run the model for the controls' values, redraw, and refresh the summary."""
        values = {name: control.value for name, control in self.controls.items()}
        try:
            result = self._model(**values)
            self.text = self._draw(result)
            with self.image.hold_sync():  # the picture and its description arrive together
                self.image.value = self._render()
                self.image.alt = self._describe()
            if self._details:
                self.details.value = self._details(result)
        except ValueError as error:
            self.text = _("These settings do not work together: {error}").format(error=error)
        self.summary.value = f'<p role="status" aria-live="polite">{html.escape(self.text)}</p>'

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, and a still copy for pages with no kernel behind them.

        JupyterLab and Voila show the widget. A static page (the course website) cannot run the
        model, so it shows the HTML instead: the plot as drawn now and the summary under it.
        """
        bundle = super()._repr_mimebundle_(**kwargs)
        picture = base64.b64encode(self.image.value).decode("ascii")
        still = (
            f'<img src="data:image/png;base64,{picture}" alt="{html.escape(self.image.alt)}">'
            if picture
            else ""
        )
        bundle["text/html"] = f"{still}<p>{html.escape(self.text)}</p>"
        bundle["text/plain"] = self.text
        return bundle

    def _describe(self) -> str:
        """The plot's text alternative: what it shows (its titles) and what it says now."""
        titles = "; ".join(ax.get_title("left") for ax in self.figure.axes)
        return _("Plot: {titles}. {summary}").format(titles=titles, summary=self.text)

    def _render(self) -> bytes:
        # Redrawing axes and tick labels costs ~60 ms; the data lines alone cost a few. So the
        # static part is drawn once and kept, and only artists marked animated are redrawn,
        # unless the axis limits changed.
        canvas = self.figure.canvas
        limits = [(ax.get_xlim(), ax.get_ylim()) for ax in self.figure.axes]
        if limits != self._limits:
            canvas.draw()  # leaves out the animated artists
            self._background = canvas.copy_from_bbox(self.figure.bbox)
            self._limits = limits
        else:
            canvas.restore_region(self._background)
        for ax in self.figure.axes:
            for artist in ax.get_children():
                if artist.get_animated():
                    ax.draw_artist(artist)
        return png(self.figure)


def table(frame, label: str) -> HTML:
    """A data frame shown as a table, in a region named ``label`` that scrolls sideways when the
    table is wider than the page. The region takes keyboard focus, so the arrow keys scroll it too,
    not only a mouse."""
    region = f'role="region" tabindex="0" aria-label="{html.escape(label)}"'
    return HTML(f'<div {region} style="overflow-x: auto">{frame.to_html(index=False)}</div>')
