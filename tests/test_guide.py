"""The teacher guide: generated from the lessons and teaching notes, current, and linking each
rubric from the one place it lives."""

import contextlib
import io
import re

import nbformat
import pytest

from common import ASSIGNMENTS, LESSONS, ROOT
from course import cli, topics
from course.teach import classroom, guide

GUIDE = ROOT / "teachers" / "README.md"
NOTES = sorted((ROOT / "teachers").glob("*.md"))


def test_the_generated_parts_are_current():
    for part in guide.generated(ROOT):
        assert part.fresh() == part.current(), (
            f"{part.path.name}: run `ai-course guide` in the course folder"
        )
    out = io.StringIO()
    with classroom.working_directory(ROOT / "notebooks"), contextlib.redirect_stdout(out):
        assert cli.main(["guide", "--check"]) == 0
    assert "up to date" in out.getvalue()


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_lesson_has_its_objectives_and_time_in_the_guide(path):
    [lesson] = [
        lesson for lesson in guide.lessons(ROOT) if lesson.path == str(path.relative_to(ROOT))
    ]
    text = GUIDE.read_text(encoding="utf-8")
    assert f"](../{lesson.path})" in text
    goals = [goal.strip() for goal in guide.row(lesson, "You will be able to").split(";")]
    assert len(goals) >= 3 and all(f"- {goal}\n" in text for goal in goals)
    assert re.search(r"\d+ minutes", guide.row(lesson, "Time"))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_assignment_links_the_sections_of_its_note_for_its_track(assignment):
    name = assignment.removesuffix("_explore")
    note = (ROOT / "teachers" / f"{name}.md").read_text(encoding="utf-8")
    text = GUIDE.read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if f"`{assignment}` (" in line]
    anchors = [guide.anchor(h) for h in re.findall(r"^## (.+)$", note, re.M)]
    links = re.findall(rf"\]\({name}\.md#([^)]+)\)", line)
    wanted = guide.TRACKS[guide.track(assignment)]["sections"]
    assert [next(a for a in anchors if a.startswith(guide.anchor(s))) for s in wanted] == links
    assert f"](../exercises/{assignment}/)" in line and f"](../solutions/{assignment}/)" in line


@pytest.mark.parametrize(
    "note",
    [n for n in NOTES if n.name != "README.md" and n.stem in ASSIGNMENTS],
    ids=lambda p: p.stem,
)
def test_each_rubric_lives_only_in_its_note(note):
    parts = note.read_text(encoding="utf-8").split("\n## Rubric")[1:]
    # each rubric without its heading (the same words can head two notes' rubrics)
    rubrics = [part.split("\n## ", 1)[0].split("\n", 1)[1] for part in parts]
    # the criteria and their wording; a table's header row is the same in every note
    lines = [
        line.strip()
        for rubric in rubrics
        for line in rubric.splitlines()
        if len(line.strip()) > 40 and not line.startswith("| Criterion |")
    ]
    assert lines, "the rubric has no lines"
    elsewhere = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *[n for n in NOTES if n != note]]
    elsewhere += list((ROOT / "solutions").glob("*/*.ipynb")) + list(
        (ROOT / "exercises").glob("*/*.ipynb")
    )
    for path in elsewhere:
        text = path.read_text(encoding="utf-8")
        copied = [line for line in lines if line in text]
        assert not copied, (
            f"{path.relative_to(ROOT)} copies the rubric of {note.name}: {copied[0][:60]}"
        )


def test_the_readme_links_the_guide_and_the_guide_links_the_hub_recipe():
    readme = ROOT / "README.md"
    teachers = (
        readme.read_text(encoding="utf-8").split("## For teachers", 1)[1].split("\n## ", 1)[0]
    )
    assert "(teachers/README.md)" in teachers and "ai-course grade" in teachers
    assert "(jupyterhub.md)" in GUIDE.read_text(encoding="utf-8")


def test_anchor_and_points_worked_by_hand(tmp_path):
    assert (
        guide.anchor("Rubric: question 4 (advise the manager), 4 points")
        == "rubric-question-4-advise-the-manager-4-points"
    )
    assert (
        guide.anchor("What the autograded questions test") == "what-the-autograded-questions-test"
    )

    def cell(kind, **nbgrader):
        meta = {
            "grade_id": f"c{len(cells)}",
            "schema_version": 3,
            "solution": False,
            "grade": False,
            "locked": False,
            **nbgrader,
        }
        return (nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell)(
            "", metadata={"nbgrader": meta}
        )

    cells = []
    for kind, nbgrader in [
        ("code", {"solution": True}),
        ("code", {"grade": True, "points": 2}),
        ("code", {"grade": True, "points": 1.5}),
        ("code", {"solution": True}),
        ("markdown", {"grade": True, "solution": True, "points": 4}),
    ]:
        cells.append(cell(kind, **nbgrader))
    cells.append(nbformat.v4.new_markdown_cell("text"))
    nbformat.write(nbformat.v4.new_notebook(cells=cells), tmp_path / "a.ipynb")
    cells[0].source = "def f():\n    return 1"  # the answer above the first two test cells
    cells[3].source = "x = 3"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), tmp_path / "a.ipynb")
    assert guide.assignment_points(tmp_path) == {
        "autograded": 3.5,
        "questions": 2,
        "written": 4,
        "programming": 3.5,
    }


def test_a_stale_part_is_found_and_rewritten_and_the_rest_is_kept(tmp_path):
    stale = tmp_path / "README.md"
    stale.write_text(
        f"# Course\n\n{guide.begin('lessons')}\nold text\n{guide.end('lessons')}\n\nThe rest.\n"
    )
    part = guide.Generated(stale, "lessons", guide.render_readme)
    assert part.fresh() != part.current()
    assert part.write() is True
    text = stale.read_text()
    assert "old text" not in text and guide.render_readme() in text and text.endswith("The rest.\n")
    assert part.write() is False
    stale.write_text("# Course without markers\n")
    with pytest.raises(ValueError, match="needs the lines"):
        part.fresh()


def test_the_welcome_map_and_the_readme_list_every_topic_in_order():
    welcome = guide.Generated(ROOT / topics.WELCOME, "map", guide.render_map).current()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text, prefix in ((welcome, ""), (readme, "notebooks/")):
        places = [text.find(f"]({prefix}{t.number}_{t.name}.ipynb)") for t in topics.TOPICS]
        assert -1 not in places and places == sorted(places)
