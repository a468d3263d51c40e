"""How the class did: grades to CSV, and a plot and a web page a teacher can open.

- ``grades.csv``: nbgrader's own export (``nbgrader export``), one row per student and assignment.
- ``questions.csv``: one row per student and graded cell (a test cell or a written answer).
- ``class-report.png``: for each assignment, every student's score on each question; then every
  student's total on each assignment, labelled with its lesson, which is the effect it covers.
- ``class-report.html``: the same plot with alt text, and the numbers as tables (from the template
  ``course/teach/templates/class_report.html``).

Written answers that nobody has graded yet are left out of the numbers (nbgrader counts them as
0) and counted separately. Everything is read from the gradebook; nothing is per assignment.
"""

from __future__ import annotations

import base64
import io
from datetime import datetime
from pathlib import Path

KINDS = {"code": "autograded", "markdown": "written", "task": "task"}


def question_scores(gradebook, source: Path, labels: dict):
    """One row per student and graded cell, in lesson order and then in the order of the cells.

    ``source``: the folder of the assignments' instructor versions (solutions/).
    """
    import pandas as pd

    rows = []
    for assignment in gradebook.assignments:
        for submission in assignment.submissions:
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    rows.append(
                        {
                            "assignment": assignment.name,
                            "student": submission.student.id,
                            "notebook": notebook.name,
                            "question": grade.name,
                            "kind": KINDS.get(grade.cell_type, grade.cell_type),
                            "score": grade.score,
                            "max_score": grade.max_score,
                            "graded": not grade.needs_manual_grade,
                        }
                    )
    table = pd.DataFrame(
        rows,
        columns=[
            "assignment",
            "student",
            "notebook",
            "question",
            "kind",
            "score",
            "max_score",
            "graded",
        ],
    )
    keys = list(zip(table.assignment, table.notebook, table.question, strict=True))
    order = cell_order(source, set(keys), labels)
    table["order"] = [order[key] for key in keys]
    return table.sort_values(["order", "student"]).drop(columns="order").reset_index(drop=True)


def cell_order(source: Path, keys: set, labels: dict) -> dict:
    """(assignment, notebook, cell) -> its place: assignments in lesson order, then the cells in
    the order of the notebook in ``source`` (solutions/)."""
    import nbformat
    from nbgrader.utils import is_grade

    order = {}
    for assignment, notebook in sorted(
        {key[:2] for key in keys}, key=lambda k: (labels.get(k[0], k[0]), k[1])
    ):
        path = source / assignment / f"{notebook}.ipynb"
        cells = nbformat.read(path, as_version=4).cells if path.is_file() else []
        ids = [cell.metadata.nbgrader["grade_id"] for cell in cells if is_grade(cell)]
        mine = sorted(
            (key for key in keys if key[:2] == (assignment, notebook)),
            key=lambda key: (ids.index(key[2]) if key[2] in ids else len(ids), key[2]),
        )
        order.update({key: len(order) + i for i, key in enumerate(mine)})
    return order


def lesson_labels() -> dict:
    """Assignment -> its lesson's number and short title, e.g. '04 The junior paradox'."""
    from course import topics

    return {a: f"{t.number} {t.short_title}" for t in topics.TOPICS for a in t.assignments}


def summaries(table, labels: dict):
    """Per question and per assignment: students, mean, median, full marks and zero, as shares
    of the maximum."""
    graded = table[table.graded].assign(share=lambda t: t.score / t.max_score)
    per_question = (
        graded.groupby(["assignment", "question"], sort=False)
        .agg(
            kind=("kind", "first"),
            max_points=("max_score", "first"),
            students=("student", "nunique"),
            mean=("share", "mean"),
            median=("share", "median"),
            full_marks=("share", lambda s: (s >= 1).mean()),
            zero=("share", lambda s: (s <= 0).mean()),
        )
        .reset_index()
    )
    totals = (
        graded.groupby(["assignment", "student"], sort=False)[["score", "max_score"]]
        .sum()
        .reset_index()
    )
    totals["share"] = totals.score / totals.max_score
    per_assignment = (
        totals.groupby("assignment", sort=False)
        .agg(students=("student", "nunique"), mean=("share", "mean"), median=("share", "median"))
        .reset_index()
    )
    waiting = table[~table.graded].groupby("assignment").size()
    per_assignment["written_answers_to_grade"] = [
        int(waiting.get(a, 0)) for a in per_assignment.assignment
    ]
    per_assignment.insert(1, "lesson", [labels.get(a, a) for a in per_assignment.assignment])
    return per_question, totals, per_assignment


def plot(table, totals, labels: dict):
    """Dot plots: each question's scores per assignment, then each student's total per
    assignment."""
    from course import ui

    assignments = list(dict.fromkeys(table.assignment))
    fig = ui.figure(width=8, height=2.6 * (len(assignments) + 1))
    axes = fig.subplots(len(assignments) + 1, 1, squeeze=False)[:, 0]
    graded = table[table.graded]

    def dots(ax, groups, names):
        for x, shares in enumerate(groups):
            # a fixed jitter: no overlap, and the same every time
            spread = [((i * 0.618) % 1 - 0.5) * 0.3 for i in range(len(shares))]
            ax.plot(
                [x + s for s in spread],
                [v * 100 for v in shares],
                "o",
                color=ui.PALETTE["blue"],
                alpha=0.45,
                markersize=5,
                label="a student" if x == 0 else None,
            )
            if len(shares):
                ax.plot(
                    [x],
                    [100 * sum(shares) / len(shares)],
                    "D",
                    color=ui.PALETTE["black"],
                    markersize=8,
                    label="class mean" if x == 0 else None,
                )
        ax.set_xticks(range(len(names)), names, rotation=15, ha="right", fontsize=8)
        ax.set_xlim(-0.5, len(names) - 0.5)
        ax.set_ylim(-5, 105)
        ax.legend(loc="lower left", fontsize=8, frameon=False)

    for ax, assignment in zip(axes[:-1], assignments, strict=True):
        rows = graded[graded.assignment == assignment]
        questions = list(dict.fromkeys(rows.question))
        dots(
            ax,
            [
                list(rows[rows.question == q].score / rows[rows.question == q].max_score)
                for q in questions
            ],
            questions,
        )
        ui.style_axes(
            ax,
            title=f"{labels.get(assignment, assignment)}: score per question",
            xlabel="",
            ylabel="% of the points",
        )
    names = list(dict.fromkeys(totals.assignment))
    dots(
        axes[-1],
        [list(totals[totals.assignment == a].share) for a in names],
        [labels.get(a, a) for a in names],
    )
    ui.style_axes(
        axes[-1],
        title="Each effect: total per student, across assignments",
        xlabel="",
        ylabel="% of the points",
    )
    fig.set_layout_engine("constrained")  # room for every title and label, however many panels
    return fig


ALT = (
    "Dot plots. For each assignment, one dot per student for each question, as a percentage of "
    "its points, with the class mean as a diamond. The last panel shows each student's total per "
    "assignment. The tables on this page give the same numbers."
)


def shown(frame) -> dict:
    """A table as the page shows it: its column names in words, shares as percentages."""
    frame = frame.copy()
    for column in ("mean", "median", "full_marks", "zero"):
        if column in frame:
            frame[column] = [f"{v:.0%}" for v in frame[column]]
    return {
        "columns": [c.replace("_", " ") for c in frame.columns],
        "rows": frame.astype(str).values.tolist(),
    }


def page(per_question, per_assignment, png: bytes, course_id: str) -> str:
    """A self-contained web page: the tables, and the plot with its alt text."""
    from jinja2 import Environment, PackageLoader

    # autoescape: every value (a course id, an assignment, a question) is shown as text, never run
    templates = Environment(
        loader=PackageLoader("course.teach"), autoescape=True, keep_trailing_newline=True
    )
    return templates.get_template("class_report.html").render(
        course_id=course_id,
        made=f"{datetime.now():%Y-%m-%d %H:%M}",
        per_assignment=shown(per_assignment),
        per_question={
            a: shown(per_question[per_question.assignment == a].drop(columns="assignment"))
            for a in dict.fromkeys(per_question.assignment)
        },
        image=base64.b64encode(png).decode("ascii"),
        alt=ALT,
    )


def report(config, output: Path, *, say=print) -> dict:
    """Write grades.csv, questions.csv, class-report.png and class-report.html into ``output``;
    return their paths by name."""
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.plugins import CsvExportPlugin

    from course.teach.classroom import ClassTaskError

    coursedir = CourseDirectory(config=config)
    output.mkdir(parents=True, exist_ok=True)
    files = {
        name: output / name
        for name in ("grades.csv", "questions.csv", "class-report.png", "class-report.html")
    }
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        exporter = CsvExportPlugin(config=config)
        exporter.to = str(files["grades.csv"])
        exporter.export(gradebook)
        labels = lesson_labels()
        table = question_scores(
            gradebook, Path(coursedir.root) / coursedir.source_directory, labels
        )
    if table.empty:
        raise ClassTaskError(
            "the gradebook holds no graded submissions yet: "
            "run `ai-course grade <assignment>` first."
        )
    table.to_csv(files["questions.csv"], index=False)
    per_question, totals, per_assignment = summaries(table, labels)
    buffer = io.BytesIO()
    plot(table, totals, labels).savefig(buffer, format="png")
    png = buffer.getvalue()
    files["class-report.png"].write_bytes(png)
    files["class-report.html"].write_text(
        page(per_question, per_assignment, png, coursedir.course_id), encoding="utf-8"
    )
    for _, line in per_assignment.iterrows():
        to_grade = line.written_answers_to_grade
        say(
            f"{line.lesson}: {line.students} students, "
            f"mean {line['mean']:.0%}, median {line['median']:.0%}"
            + (f"; {to_grade} written answers still to grade" if to_grade else "")
        )
    for path in files.values():
        say(f"Wrote {path}")
    return files
