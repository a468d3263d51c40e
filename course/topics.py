"""The course's topics, in course order: the one list that everything else reads.

A topic is a lesson with a model and an explorer, and its graded assignment. One name runs
through every layer: topic ``junior_paradox`` has the lesson ``notebooks/04_junior_paradox.ipynb``,
the model ``course/junior_paradox.py``, the assignment ``solutions/junior_paradox/`` (the
students' version in ``exercises/junior_paradox/``), the teaching note
``teachers/junior_paradox.md`` and the tests ``tests/test_junior_paradox.py``.

The ``ai-course`` command, the teacher guide, the benchmarks, the tests, the welcome lesson's map
and README's list of lessons all read :data:`TOPICS`; none of them keeps a list of its own. To add
a topic, add an entry here and the topic's own files (CONTRIBUTING.md says how).

The welcome lesson (``notebooks/00_welcome.ipynb``) is a lesson, not a topic: it has no model and
no assignment. It is :data:`WELCOME`.
"""

from __future__ import annotations

from dataclasses import dataclass

from course.i18n import N_

WELCOME = "notebooks/00_welcome.ipynb"
SKILLS = ("Delegation", "Description", "Discernment", "Diligence")  # the four Ds of AI fluency


@dataclass(frozen=True)
class Topic:
    """One topic: its place in the course and what it teaches."""

    number: str  # two digits, the lesson's place in the course: "04"
    name: str  # the one name of the topic: "junior_paradox"
    title: str  # the lesson's title, its H1 without the number; N_() puts it in the catalogue
    point: str  # the essay's point, in one line
    # which of the essay's five effects it covers (None: the familiar three, or the closing)
    effect: int | None
    skill: str  # the AI-fluency D the lesson practises

    @property
    def short_title(self) -> str:
        """The title up to its colon: "The junior paradox"."""
        return self.title.split(":")[0]

    @property
    def lesson(self) -> str:
        """The lesson's path in the course folder."""
        return f"notebooks/{self.number}_{self.name}.ipynb"

    @property
    def assignments(self) -> tuple[str, ...]:
        """The topic's nbgrader assignments (folders in ``solutions/`` and ``exercises/``): the
        build track ``<topic>``, where the learner programs the model, and the explore track
        ``<topic>_explore``, where the learner reads the model through its explorer and writes no
        code."""
        return (self.name, f"{self.name}_explore")


TOPICS = (
    Topic(
        number="01",
        name="three_effects",
        title=N_("Three effects: jobs created, disappearing and changing"),
        point="jobs created, disappearing, changing; a job is a bundle of tasks",
        effect=None,
        skill="Discernment",
    ),
    Topic(
        number="02",
        name="hidden_substitution",
        title=N_("Hidden substitution: the replacement nobody notices"),
        point="AI replacing people without anyone noticing",
        effect=1,
        skill="Discernment",
    ),
    Topic(
        number="03",
        name="after_job_loss",
        title=N_("After job loss: AI fluency, a basic income and the widening gap"),
        point="the consequences for individuals; AI fluency, basic income, a widening gap",
        effect=2,
        skill="Discernment",
    ),
    Topic(
        number="04",
        name="junior_paradox",
        title=N_("The junior paradox: if AI does the junior work, who becomes senior?"),
        point="if AI does the junior work, who becomes senior?",
        effect=3,
        skill="Delegation",
    ),
    Topic(
        number="05",
        name="workload",
        title=N_("Workload: when AI frees time, who gets it?"),
        point="positive and negative effects; freed time can turn into more and harder work",
        effect=4,
        skill="Diligence",
    ),
    Topic(
        number="06",
        name="meaning_of_work",
        title=N_("The meaning of work: craft, autonomy and connective labour"),
        point="identity, autonomy and connective labour",
        effect=5,
        skill="Delegation",
    ),
    Topic(
        number="07",
        name="ai_strategy",
        title=N_("An AI strategy: from knowing about AI to working well with it"),
        point="closing: a strategy that shares the gains with workers",
        effect=None,
        skill="Discernment",
    ),
)


def topic(name: str) -> Topic:
    """The topic called ``name``; a ValueError that lists the topics when there is none."""
    for candidate in TOPICS:
        if candidate.name == name:
            return candidate
    raise ValueError(
        f"there is no topic {name!r}. The topics are: {', '.join(t.name for t in TOPICS)}."
    )


def assignments() -> list[str]:
    """Every assignment of the course, in course order."""
    return [assignment for t in TOPICS for assignment in t.assignments]


def _check(topics: tuple[Topic, ...]) -> None:
    """Refuse a registry that breaks the rules the rest of the course relies on."""
    names = [t.name for t in topics]
    numbers = [t.number for t in topics]
    if len(set(names)) != len(names) or len(set(numbers)) != len(numbers):
        raise ValueError("every topic needs a name and a number of its own")
    if numbers != sorted(numbers):
        raise ValueError("list the topics in course order")
    for t in topics:
        if not (t.name.isidentifier() and t.name.islower()):
            raise ValueError(f"{t.name!r}: a topic's name is a module name, such as junior_paradox")
        if not (len(t.number) == 2 and t.number.isdigit() and t.number != "00"):
            raise ValueError(f"{t.name}: its number is two digits from 01 ({t.number!r})")
        if t.skill not in SKILLS:
            raise ValueError(f"{t.name}: its skill is one of {', '.join(SKILLS)} ({t.skill!r})")
        if t.effect is not None and t.effect not in range(1, 6):
            raise ValueError(f"{t.name}: the essay names effects 1 to 5 ({t.effect!r})")


_check(TOPICS)

if __name__ == "__main__":
    for t in TOPICS:
        effect = f"effect {t.effect}" if t.effect else "—"
        print(f"{t.number} {t.name:<20} {effect:<9} {t.skill:<12} {t.title}")
