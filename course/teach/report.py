"""How the class did: grades to CSV, and a plot and a web page a teacher can open.

- ``grades.csv``: one row per student and assignment, with nbgrader's export columns and a
  ``status``: graded, answers to grade (written answers nobody has graded yet), not graded (the
  autograder could not run the submission) or not submitted. Only a graded submission has a
  score: the others are blank, never 0.
- ``questions.csv``: one row per student and graded cell (a test cell or a written answer), with
  its status.
- ``class-report.png``: for each assignment, every student's score on each question; then every
  student's total on each assignment, labelled with its lesson, which is the effect it covers.
- ``class-report.html``: the same plot with alt text, and the numbers as tables (from the template
  ``course/teach/templates/class_report.html``).
- ``<platform>-grades.csv`` (``--lms``): the graded scores, ready to import into Canvas,
  Brightspace or Moodle (:data:`LMS`), with the roster's names and learning-platform ids.

Only what is graded counts in the numbers; the rest is counted apart. Everything is read from the
gradebook; nothing is per assignment. The files replace the ones there only once all of them are
complete (:func:`course.teach.records.written_whole`).
"""

from __future__ import annotations

import base64
import csv
import io
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from course.teach.records import ClassTaskError, check_gradebook, written_whole

KINDS = {"code": "autograded", "markdown": "written", "task": "task"}
# What became of a student's submission of an assignment.
GRADED = "graded"
TO_GRADE = "answers to grade"
NOT_GRADED = "not graded"
NOT_SUBMITTED = "not submitted"
# The status of one graded cell.
CELL_GRADED, CELL_TO_GRADE, CELL_NOT_GRADED = "graded", "to grade by hand", "not graded"


def cell_status(grade, failed: bool) -> str:
    if failed:
        return CELL_NOT_GRADED
    return CELL_TO_GRADE if grade.needs_manual_grade else CELL_GRADED


def failed(submission) -> bool:
    """Whether the autograder could not run this submission. Checked against nbgrader 0.9.6: it
    then leaves the submission's test cells without a score, where a graded submission has a
    score on each, 0 or more. (A code answer that is graded by hand has no score until then: it
    is not a test cell.)"""
    for notebook in submission.notebooks:
        answers = {cell.name for cell in notebook.notebook.solution_cells}
        tests = [g for g in notebook.grades if g.cell_type == "code" and g.name not in answers]
        if tests and all(g.auto_score is None and g.manual_score is None for g in tests):
            return True
    return False


def status(submission) -> str:
    if submission is None:
        return NOT_SUBMITTED
    if failed(submission):
        return NOT_GRADED
    return TO_GRADE if submission.needs_manual_grade else GRADED


def class_results(gradebook):
    """One row per student in the gradebook and assignment: nbgrader's export columns (scores
    blank unless graded), the student's learning-platform id and the status."""
    import pandas as pd

    rows = []
    for assignment in gradebook.assignments:
        submissions = {s.student.id: s for s in assignment.submissions}
        for student in gradebook.students:
            submission = submissions.get(student.id)
            state = status(submission)
            final = state == GRADED
            penalty = (submission.late_submission_penalty or 0) if final else None
            rows.append(
                {
                    "assignment": assignment.name,
                    "duedate": assignment.duedate,
                    "timestamp": submission.timestamp if submission else None,
                    "student_id": student.id,
                    "last_name": student.last_name,
                    "first_name": student.first_name,
                    "email": student.email,
                    "raw_score": submission.score if final else None,
                    "late_submission_penalty": penalty,
                    "score": submission.score - penalty if final else None,
                    "max_score": assignment.max_score,
                    "status": state,
                    "lms_user_id": student.lms_user_id,
                }
            )
    return pd.DataFrame(rows)


def question_scores(gradebook, source: Path, labels: dict):
    """One row per student and graded cell, in lesson order and then in the order of the cells.

    ``source``: the folder of the assignments' instructor versions (solutions/).
    """
    import pandas as pd

    rows = []
    for assignment in gradebook.assignments:
        for submission in assignment.submissions:
            did_fail = failed(submission)
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    state = cell_status(grade, did_fail)
                    rows.append(
                        {
                            "assignment": assignment.name,
                            "student": submission.student.id,
                            "notebook": notebook.name,
                            "question": grade.name,
                            "kind": KINDS.get(grade.cell_type, grade.cell_type),
                            "score": grade.score if state == CELL_GRADED else None,
                            "max_score": grade.max_score,
                            "status": state,
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
            "status",
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


def summaries(table, results, labels: dict):
    """Per question and per assignment: students, mean, median, full marks and zero, as shares
    of the maximum, over what is graded; per assignment also how many answers are still to grade
    by hand, and how many students' work is not graded or not submitted."""
    graded = table[table.status == CELL_GRADED].assign(share=lambda t: t.score / t.max_score)
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
    waiting = table[table.status == CELL_TO_GRADE].groupby("assignment").size()
    per_assignment["answers_to_grade"] = [int(waiting.get(a, 0)) for a in per_assignment.assignment]
    for state in (NOT_GRADED, NOT_SUBMITTED):
        counts = results[results.status == state].groupby("assignment").size()
        per_assignment[state.replace(" ", "_")] = [
            int(counts.get(a, 0)) for a in per_assignment.assignment
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
    graded = table[table.status == CELL_GRADED]

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


class Platform(NamedTuple):
    """A learning platform's grade import: the roster column each row needs (``key``), how to
    import the file, and the platform's documentation of that import."""

    key: str
    how: str
    guide: str


# Each file follows its platform's documented import format (the guides below); Canvas's header
# rules were also checked against its importer, app/models/gradebook_importer.rb in
# instructure/canvas-lms. tests/test_exchange.py checks the files against these rules.
LMS = {
    "canvas": Platform(
        "lms_user_id",
        "in Canvas: Grades > Import (rows match on SIS User ID, then on the name)",
        "https://community.canvaslms.com/t5/Instructor-Guide/"
        "How-do-I-import-grades-in-the-Gradebook/ta-p/807",
    ),
    "brightspace": Platform(
        "lms_user_id",
        "in Brightspace: Grades > Enter Grades > Import (rows match on OrgDefinedId)",
        "https://community.d2l.com/brightspace/kb/articles/3538-importing-grades",
    ),
    "moodle": Platform(
        "email",
        "in Moodle: Grade administration > Import > CSV file, mapping 'Email address' to "
        "'Email address' and each assignment to its grade item",
        "https://docs.moodle.org/en/Grade_import",
    ),
}


def text(value) -> str:
    """A cell of an import file: '' for no value."""
    import pandas as pd

    return "" if value is None or pd.isna(value) else str(value)


def points(value) -> str:
    """A score as the import files write it: at most two decimals, '' for no score."""
    return text(value) and f"{round(float(value), 2):g}"


def lms_rows(results, lms: str) -> tuple[list[list[str]], list[str]]:
    """The rows of ``lms``'s grade import file, one column per assignment; and the students left
    out because the roster gives them no :attr:`Platform.key`."""
    assignments = list(dict.fromkeys(results.assignment))
    if lms == "canvas":
        rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *assignments]]
        maxima = results.groupby("assignment").max_score.first()
        rows.append(["Points Possible", "", "", "", "", *[points(maxima[a]) for a in assignments]])
    elif lms == "brightspace":
        rows = [
            ["OrgDefinedId", *[f"{a} Points Grade" for a in assignments], "End-of-Line Indicator"]
        ]
    else:
        rows = [["First name", "Last name", "Email address", *assignments]]
    left_out = []
    for student, mine in results.groupby("student_id", sort=True):
        who = mine.iloc[0]
        if not text(who[LMS[lms].key]):
            left_out.append(student)
            continue
        scores = [points(v) for v in mine.set_index("assignment").score.reindex(assignments)]
        first, last = text(who.first_name), text(who.last_name)
        if lms == "canvas":
            name = f"{last}, {first}" if first and last else first or last or student
            rows.append([name, "", text(who.lms_user_id), "", "", *scores])
        elif lms == "brightspace":
            rows.append([text(who.lms_user_id), *scores, "#"])
        else:
            rows.append([first, last, text(who.email), *scores])
    return rows, left_out


def write_lms(results, lms: str, path: Path) -> list[str]:
    """Write ``lms``'s grade import file (UTF-8); return the students left out."""
    rows, left_out = lms_rows(results, lms)
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return left_out


def report(config, output: Path, *, lms: str | None = None, say=print) -> dict:
    """Write grades.csv, questions.csv, class-report.png and class-report.html into ``output``,
    and ``<lms>-grades.csv`` when ``lms`` names a learning platform (:data:`LMS`); return their
    paths by name. Nothing is written unless the gradebook holds something graded."""
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=config)
    check_gradebook(coursedir)
    if lms and lms not in LMS:
        raise ClassTaskError(f"no grade import for {lms!r}: choose one of {', '.join(LMS)}.")
    labels = lesson_labels()
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        results = class_results(gradebook)
        table = question_scores(
            gradebook, Path(coursedir.root) / coursedir.source_directory, labels
        )
    if not (table.status == CELL_GRADED).any():
        raise ClassTaskError(
            "the gradebook holds nothing graded yet, so no report was written (the last one, "
            "if any, is as it was): run `ai-course grade <assignment>` first."
        )
    per_question, totals, per_assignment = summaries(table, results, labels)
    buffer = io.BytesIO()
    plot(table, totals, labels).savefig(buffer, format="png")
    png = buffer.getvalue()
    names = ["grades.csv", "questions.csv", "class-report.png", "class-report.html"]
    left_out = []
    with written_whole(output) as draft:
        results.drop(columns="lms_user_id").to_csv(draft / names[0], index=False)
        table.to_csv(draft / names[1], index=False)
        (draft / names[2]).write_bytes(png)
        (draft / names[3]).write_text(
            page(per_question, per_assignment, png, coursedir.course_id), encoding="utf-8"
        )
        if lms:
            names.append(f"{lms}-grades.csv")
            left_out = write_lms(results, lms, draft / names[-1])
    for _, line in per_assignment.iterrows():
        apart = [
            f"{line[column]} {column.replace('_', ' ')}"
            for column in ("answers_to_grade", "not_graded", "not_submitted")
            if line[column]
        ]
        say(
            f"{line.lesson}: {line.students} students, "
            f"mean {line['mean']:.0%}, median {line['median']:.0%}"
            + (f"; {', '.join(apart)}" if apart else "")
        )
    files = {name: output / name for name in names}
    for path in files.values():
        say(f"Wrote {path}")
    if lms:
        say(
            f"Only graded scores are in {names[-1]}; the others are blank. Import it "
            f"{LMS[lms].how}; the platform's guide: {LMS[lms].guide}"
        )
    if left_out:
        say(
            f"Not in {names[-1]}, since the roster gives them no {LMS[lms].key}: "
            f"{', '.join(left_out)} (ai-course roster, teachers/README.md)."
        )
    return files
