"""A class of 100: simulated submissions of one assignment, graded by the `ai-course grade` command.

60 correct, 20 wrong, 12 blank, and 8 broken ones (endless loops, kernels that die, a loop that
catches KeyboardInterrupt, files that are not notebooks). Every grade is checked against what its
kind must get; the broken ones that nbgrader cannot grade are named in the summary, and only they.
benchmarks/grading.py times the same class against nbgrader's sequential autograde.
"""

import subprocess

import pytest

from conftest import ASSIGNMENTS, tool_env
from simulated import CLASS_OF_100, NOT_GRADED, autograded, class_of, expected_scores, gradebook_state, scratch_course, submit_all

pytestmark = pytest.mark.slow  # 100 submissions: a minute or two on two cores

ASSIGNMENT = ASSIGNMENTS[0]
CLASS = class_of(CLASS_OF_100)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = scratch_course(tmp_path_factory.mktemp("class"), [ASSIGNMENT])
    env = tool_env()
    subprocess.run(["nbgrader", "generate_assignment", ASSIGNMENT], cwd=course, env=env, check=True, capture_output=True)
    submit_all(course, ASSIGNMENT, CLASS)
    run = subprocess.run(["ai-course", "grade", ASSIGNMENT, "--workers=2", "--Execute.timeout=5"],
                         cwd=course, env=env, capture_output=True, text=True, timeout=1200)
    return course, run


def test_a_class_of_100_is_graded(graded):
    course, run = graded
    assert len(CLASS) == 100
    assert run.returncode == 1, run.stderr  # some could not be graded
    assert f"{100 - sum(CLASS_OF_100[k] for k in NOT_GRADED)} of 100 submissions of {ASSIGNMENT} graded" in run.stdout
    assert "could not be stopped" in run.stdout and "the file is not a notebook" in run.stdout
    progress = [line for line in run.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == 100 and progress[-1].startswith("[100/100]")


def test_every_grade_is_what_its_kind_must_get(graded):
    course, _ = graded
    state = gradebook_state(f"sqlite:///{course / 'gradebook.db'}")
    rules = {kind: expected_scores(kind, ASSIGNMENT) for kind in CLASS_OF_100}
    for student, kind in CLASS:
        scores = autograded(state, student)
        assert {cell: scores[cell] for cell in rules[kind]} == rules[kind], (student, kind)


def test_only_the_broken_ones_are_named_and_the_others_are_not_touched(graded):
    course, run = graded
    named = run.stdout.split("Not graded", 1)[1].splitlines()[1:]
    named = sorted(line.split(":")[0].strip() for line in named if line.startswith("  "))
    assert named == sorted(student for student, kind in CLASS if kind in NOT_GRADED)
    for student, kind in CLASS:
        assert (course / "autograded" / student / ASSIGNMENT).is_dir() == (kind not in NOT_GRADED), student
