"""The topic registry (course/topics.py): the one list of topics, and everything follows it.

- Every topic has its own files, under its one name, and its lesson carries its title and skill.
- Nothing in the course is a topic without being in the registry (no stray lesson, model,
  assignment or teaching note).
- No other code lists the topics: a code file that names two topics or more reads the registry.
- Adding a topic is a registry entry plus the topic's own files: CONTRIBUTING.md's recipe names
  exactly the files these tests ask for, and the generated lists pick a new entry up by themselves.
"""

import contextlib
import io
import re
import shutil
import subprocess
import sys
import tokenize

import pytest

from common import ROOT, course_files, read_notebook
from course import cli, topics
from course.teach import guide

# What the course shares, in course/: every other module there is a topic.
SHARED_MODULES = {"__init__", "cli", "i18n", "params", "selfcheck", "sources", "topics", "ui"}
# What teachers/ holds besides a teaching note per topic.
TEACHER_FILES = {"README.md", "jupyterhub.md"}


def own_files(topic: topics.Topic) -> list[str]:
    """The files a topic needs, besides its registry entry (CONTRIBUTING.md's recipe lists them)."""
    files = [
        topic.lesson,
        f"course/{topic.name}.py",
        f"teachers/{topic.name}.md",
        f"tests/test_{topic.name}.py",
    ]
    for assignment in topic.assignments:
        files += [
            f"solutions/{assignment}/{assignment}.ipynb",
            f"exercises/{assignment}/{assignment}.ipynb",
        ]
    return files


def test_importing_the_registry_gives_the_seven_topics_in_course_order():
    code = "import course.topics as t; print(' '.join(x.name for x in t.TOPICS))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "three_effects",
        "hidden_substitution",
        "after_job_loss",
        "junior_paradox",
        "workload",
        "meaning_of_work",
        "ai_strategy",
    ]
    assert [t.effect for t in topics.TOPICS if t.effect] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("topic", topics.TOPICS, ids=lambda t: t.name)
def test_every_topic_has_its_own_files_and_its_lesson_its_title_and_skill(topic):
    missing = [path for path in own_files(topic) if not (ROOT / path).is_file()]
    assert not missing, f"{topic.name} lacks {missing}"
    lesson = read_notebook(ROOT / topic.lesson)
    assert guide.heading(lesson) == f"{topic.number} {topic.title}"
    skill = guide.lesson(ROOT, topic.number, topic.name, topic.lesson).rows["AI-fluency skill"]
    assert skill.startswith(f"**{topic.skill}**"), skill


def test_nothing_is_a_topic_without_being_in_the_registry():
    names = {t.name for t in topics.TOPICS}
    lessons = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")
    }
    assert lessons == {topics.WELCOME, *(t.lesson for t in topics.TOPICS)}
    modules = {p.stem for p in (ROOT / "course").glob("*.py")}
    assert modules - SHARED_MODULES == names
    for folder in ("solutions", "exercises"):
        found = {
            p.name for p in (ROOT / folder).iterdir() if p.is_dir() and not p.name.startswith(".")
        }
        assert found == set(topics.assignments()), folder
    notes = {p.name for p in (ROOT / "teachers").glob("*.md")}
    assert notes - TEACHER_FILES == {f"{name}.md" for name in names}


def named_topics(path) -> set[str]:
    """The topics a Python file names in its code (names and strings; comments do not count)."""
    names = {t.name for t in topics.TOPICS}
    found = set()
    with open(path, "rb") as file:
        for token in tokenize.tokenize(file.readline):
            if token.type in (tokenize.NAME, tokenize.STRING):
                found |= names & set(re.findall(r"[a-z_]+", token.string))
    return found


def test_no_other_code_lists_the_topics():
    listing = {}
    for path in course_files(".py"):
        found = named_topics(path)
        # the registry itself, and the test above that holds it to the course's seven topics
        if len(found) > 1 and path not in (
            ROOT / "course" / "topics.py",
            ROOT / "tests" / "test_topics.py",
        ):
            listing[path.relative_to(ROOT).as_posix()] = sorted(found)
    assert not listing, f"these files list topics; read course.topics instead: {listing}"


def test_the_registry_refuses_entries_that_break_its_rules():
    good = topics.TOPICS[0]
    fields = {k: getattr(good, k) for k in ("number", "name", "title", "point", "effect", "skill")}
    for change, message in [
        ({"name": "Three Effects"}, "module name"),
        ({"number": "1"}, "two digits"),
        ({"skill": "Prompting"}, "its skill is one of"),
        ({"effect": 6}, "effects 1 to 5"),
    ]:
        with pytest.raises(ValueError, match=message):
            topics._check((topics.Topic(**{**fields, **change}),))
    with pytest.raises(ValueError, match="of its own"):
        topics._check((good, good))
    with pytest.raises(ValueError, match="course order"):
        topics._check((topics.TOPICS[1], topics.TOPICS[0]))
    with pytest.raises(ValueError, match="there is no topic 'welcome'"):
        topics.topic("welcome")


def recipe() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    return text.split("## Adding a topic", 1)[1].split("\n## ", 1)[0]


def test_contributing_says_how_to_add_a_topic_and_names_the_files_the_tests_ask_for():
    steps = recipe()
    example = topics.Topic("08", "example", "Example: a title", "a point", None, "Diligence")
    for path in own_files(example):
        assert path.replace("example", "<topic>").replace("08", "NN") in steps, path
    assert "course/topics.py" in steps and "ai-course guide" in steps


def test_a_new_registry_entry_reaches_every_list_by_itself(tmp_path, monkeypatch):
    """An eighth topic, added as CONTRIBUTING.md says: the generated lists, `ai-course list` and the
    assignments pick it up without any other change."""
    for name in ("README.md", "teachers/README.md", topics.WELCOME):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "nbgrader_config.py").write_text("")
    for t in topics.TOPICS:
        for path in own_files(t):
            if path.endswith(".ipynb") or path.startswith("teachers/"):
                (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(ROOT / path, tmp_path / path)
    new = topics.Topic(
        "08", "example", "Example: a new topic", "a point the essay makes", 3, "Diligence"
    )
    # its own files, here borrowed from the first topic
    shutil.copy(ROOT / topics.TOPICS[0].lesson, tmp_path / new.lesson)
    shutil.copy(
        ROOT / "teachers" / f"{topics.TOPICS[0].name}.md", tmp_path / "teachers" / "example.md"
    )
    shutil.copytree(ROOT / "solutions" / topics.TOPICS[0].name, tmp_path / "solutions" / "example")
    (tmp_path / "solutions" / "example" / f"{topics.TOPICS[0].name}.ipynb").rename(
        tmp_path / "solutions" / "example" / "example.ipynb"
    )
    monkeypatch.setattr(topics, "TOPICS", (*topics.TOPICS, new))
    monkeypatch.chdir(tmp_path)
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert cli.main(["guide"]) == 0
        assert cli.main(["list"]) == 0
    assert "08 Example" in out.getvalue() and "exercises/example/" in out.getvalue()
    assert (
        "[Example](08_example.ipynb)"
        in guide.Generated(tmp_path / topics.WELCOME, "map", guide.render_map).current()
    )
    assert "[Example](notebooks/08_example.ipynb)" in (tmp_path / "README.md").read_text()
    assert "`example` (" in (tmp_path / "teachers" / "README.md").read_text()
    assert topics.assignments()[-2:] == ["example", "example_explore"]


def test_the_package_docstring_lists_every_topic():
    import course

    for t in topics.TOPICS:
        assert f"``course.{t.name}``: {t.number} {t.title}" in course.__doc__
