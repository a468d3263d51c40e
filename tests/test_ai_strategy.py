"""The AI-strategy module: the fluency thread through every lesson, the self-assessment, the
discernment practice, the strategy builder and its one-page document."""

import ast
import html
import itertools
import json
import re
from dataclasses import fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wild
from common import LESSONS, ROOT, cell_source, read_notebook
from course import ai_strategy as ais
from course import data, i18n
from course.sources import BIBLIOGRAPHY

LESSON = ROOT / "notebooks" / "07_ai_strategy.ipynb"
TOPIC_LESSONS = [path for path in LESSONS if not path.name.startswith("00_")]


def markdown_of(path):
    return "\n\n".join(
        cell_source(c) for c in read_notebook(path)["cells"] if c["cell_type"] == "markdown"
    )


def code_of(path):
    return "\n\n".join(
        cell_source(c) for c in read_notebook(path)["cells"] if c["cell_type"] == "code"
    )


# --- the fluency thread, for every lesson present and future ---------------------------------


def test_the_four_ds():
    assert list(ais.SKILLS) == ["Delegation", "Description", "Discernment", "Diligence"]


@pytest.mark.parametrize("path", TOPIC_LESSONS, ids=lambda p: p.name)
def test_every_lesson_names_its_d_and_practises_it_in_a_fluency_exercise(path):
    text = markdown_of(path)
    head = text[: text.find("## The case")]
    rows = [line for line in head.splitlines() if "**AI-fluency skill" in line]
    assert rows, "the front table has no **AI-fluency skill** row"
    row = rows[0]
    named = [skill for skill in ais.SKILLS if skill in row]
    assert named, f"the front table's AI-fluency row names none of {list(ais.SKILLS)}: {row}"
    reflect = text[text.find("## Reflect") : text.find("## Key points")]
    assert "## Reflect" in reflect and "**Fluency exercise" in reflect, (
        "Reflect ends without a **Fluency exercise**"
    )
    exercise = reflect[reflect.find("**Fluency exercise") :]
    assert any(skill in exercise for skill in named), (
        f"the fluency exercise does not practise {named}"
    )


def test_the_welcome_takes_the_baseline_and_lesson_07_asks_again():
    assert 'ai_strategy.self_assessment("start")' in code_of(
        ROOT / "notebooks" / "00_welcome.ipynb"
    )
    assert 'ai_strategy.self_assessment("end")' in code_of(LESSON)


# --- the self-assessment ---------------------------------------------------------------------

RATINGS = {"Delegation": 2, "Description": 3, "Discernment": 1, "Diligence": 4}
LATER = {"Delegation": 4, "Description": 3, "Discernment": 3, "Diligence": 5}


def test_the_store_is_in_the_home_folder_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv(ais.STORE_VARIABLE, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert ais.store_path() == tmp_path / ".ai-at-work" / "self_assessment.json"
    monkeypatch.setenv(ais.STORE_VARIABLE, str(tmp_path / "elsewhere.json"))
    assert ais.store_path() == tmp_path / "elsewhere.json"


def test_the_store_stays_out_of_git():
    # On Binder the home folder is the course folder; the strategy documents are written beside a
    # lesson.
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".ai-at-work/" in ignored and "my_ai_strategy.*" in ignored


def test_ratings_round_trip_and_keep_the_other_moment(tmp_path):
    path = tmp_path / "fluency" / "self_assessment.json"
    assert ais.save_ratings("start", RATINGS, path) == path
    assert ais.load_ratings(path)[0] == {"start": RATINGS}
    ais.save_ratings("end", LATER, path)
    ratings, message = ais.load_ratings(path)
    assert ratings == {"start": RATINGS, "end": LATER}
    assert "loaded" in message
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    ais.save_ratings("start", LATER, path)  # saving a moment again replaces only that moment
    assert ais.load_ratings(path)[0] == {"start": LATER, "end": LATER}
    assert [p.name for p in path.parent.iterdir()] == [
        "self_assessment.json"
    ]  # no temporary file left


def test_the_environment_variable_moves_the_store(monkeypatch, tmp_path):
    monkeypatch.setenv(ais.STORE_VARIABLE, str(tmp_path / "mine.json"))
    ais.save_ratings("start", RATINGS)
    assert ais.load_ratings()[0] == {"start": RATINGS}
    assert (tmp_path / "mine.json").is_file()


def test_a_missing_file_means_no_ratings_yet(tmp_path):
    ratings, message = ais.load_ratings(tmp_path / "nothing.json")
    assert ratings == {} and "No self-assessment saved yet" in message


CORRUPT = {
    "not json": "this is not JSON",
    "empty": "",
    "half written": '{"version": 1, "ratings": {"start": {"Delegation": 2,',
    "a list": "[1, 2, 3]",
    "no ratings": '{"version": 1}',
    "ratings not a table": '{"ratings": [2, 3, 1, 4]}',
    "unknown moment": '{"ratings": {"middle": {"Delegation": 2, "Description": 3, '
    '"Discernment": 1, "Diligence": 4}}}',
    "a skill missing": '{"ratings": {"start": {"Delegation": 2, "Description": 3, '
    '"Discernment": 1}}}',
    "rating out of range": '{"ratings": {"start": {"Delegation": 9, "Description": 3, '
    '"Discernment": 1, "Diligence": 4}}}',
    "rating not whole": '{"ratings": {"start": {"Delegation": 2.5, "Description": 3, '
    '"Discernment": 1, "Diligence": 4}}}',
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_file_means_starting_fresh_with_a_message(tmp_path, content):
    path = tmp_path / "self_assessment.json"
    path.write_text(content, encoding="utf-8")
    ratings, message = ais.load_ratings(path)
    assert ratings == {}
    assert "could not be read" in message and "Starting fresh" in message
    ais.save_ratings("end", LATER, path)  # saving replaces the broken file
    assert ais.load_ratings(path)[0] == {"end": LATER}


def test_a_file_that_is_not_text_or_not_a_file_is_also_read_as_fresh(tmp_path):
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    folder = tmp_path / "a_folder.json"
    folder.mkdir()
    for path in (binary, folder):
        ratings, message = ais.load_ratings(path)
        assert ratings == {} and "Starting fresh" in message


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"Delegation": 2, "Description": 3, "Discernment": 1}, "missing: Diligence"),
        ({**RATINGS, "Dexterity": 3}, "unknown: Dexterity"),
        ({**RATINGS, "Delegation": 0}, "Delegation must be a whole number, 1 or more"),
        ({**RATINGS, "Delegation": 6}, "from 1 to 5"),
        ({**RATINGS, "Discernment": 2.5}, "Discernment must be a whole number"),
        ({**RATINGS, "Diligence": True}, "Diligence must be a whole number"),
        ({**RATINGS, "Diligence": "4"}, "Diligence must be a whole number"),
        ([2, 3, 1, 4], "must be a dict"),
    ],
)
def test_bad_ratings_raise_a_clear_value_error(tmp_path, bad, words):
    with pytest.raises(ValueError, match=words):
        ais.save_ratings("start", bad, tmp_path / "s.json")
    assert not (tmp_path / "s.json").exists()


def test_a_bad_moment_raises_a_clear_value_error(tmp_path):
    with pytest.raises(ValueError, match="moment must be one of 'start', 'end'"):
        ais.save_ratings("middle", RATINGS, tmp_path / "s.json")


def test_rating_change_and_summary_by_hand():
    table = ais.rating_change({"start": RATINGS, "end": LATER})
    assert list(table["change"]) == [2, 0, 2, 1]
    assert ais.rating_summary({"start": RATINGS, "end": LATER}) == (
        "Since the start of the course: Delegation 2 → 4 (+2), Description 3 → 3 (+0), "
        "Discernment 1 → 3 (+2), Diligence 4 → 5 (+1)."
    )
    assert ais.rating_summary({"start": RATINGS}).startswith(
        "Your baseline: Delegation 2, Description 3,"
    )
    assert "No baseline from the start was saved" in ais.rating_summary({"end": LATER})
    assert ais.rating_summary({}) == "No ratings saved yet."
    assert ais.rating_change({"end": LATER})["change"].isna().all()


ratings_st = st.fixed_dictionaries({skill: st.integers(1, 5) for skill in ais.SKILLS})


@given(ratings_st, ratings_st)
def test_any_valid_ratings_round_trip_exactly(tmp_path_factory, start, end):
    path = tmp_path_factory.mktemp("store") / "s.json"
    ais.save_ratings("start", start, path)
    ais.save_ratings("end", end, path)
    assert ais.load_ratings(path)[0] == {"start": start, "end": end}
    assert list(ais.rating_change({"start": start, "end": end})["change"]) == [
        end[s] - start[s] for s in ais.SKILLS
    ]


def test_the_widget_saves_only_when_asked_and_shows_the_change(tmp_path):
    path = tmp_path / "s.json"
    start = ais.self_assessment("start", path)
    assert not path.exists(), "building the widget must not write anything"
    assert all(slider.description in ais.SKILLS for slider in start.sliders.values())
    for skill, value in RATINGS.items():
        start.sliders[skill].value = value
    start.button.click()
    assert ais.load_ratings(path)[0] == {"start": RATINGS}
    assert start.text.startswith(f"Saved at the start of the course in {path}.")

    assert not start.image.value, "at the start there is no change to plot"
    end = ais.self_assessment("end", path)
    assert "Your baseline: Delegation 2," in end.text
    assert end.image.alt == "Plot: your ratings at the start and now. " + ais.rating_summary(
        {"start": RATINGS}
    )
    for skill, value in LATER.items():
        end.sliders[skill].value = value
    end.button.click()
    assert "Delegation 2 → 4 (+2)" in end.text and end.text in end.children[-2].value
    assert bytes(end.image.value).startswith(b"\x89PNG")
    # the plot's text alternative says what the plot shows: the change, as the sentence does
    assert end.image.alt.endswith(
        "Delegation 2 → 4 (+2), Description 3 → 3 (+0), Discernment 1 → 3 (+2), "
        "Diligence 4 → 5 (+1)."
    )

    again = ais.self_assessment("end", path)  # reopened: the saved ratings and the change are shown
    assert again.sliders["Delegation"].value == 4 and "Delegation 2 → 4 (+2)" in again.text


def test_the_widget_survives_a_corrupt_file_and_an_unwritable_folder(tmp_path):
    path = tmp_path / "s.json"
    path.write_text("{ broken", encoding="utf-8")
    box = ais.self_assessment("end", path)
    assert "Starting fresh" in box.text
    box.button.click()
    assert ais.load_ratings(path)[0] == {"end": dict.fromkeys(ais.SKILLS, 3)}

    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    box = ais.self_assessment("start", blocker / "s.json")  # its folder cannot be made
    box.button.click()
    assert box.text.startswith("Could not save your ratings")


# --- discernment practice --------------------------------------------------------------------

TABLE = data.load("discernment", ais._SENTENCES)
PLANTED = [(row.text, row.number) for row in TABLE.itertuples() if row.error != ais.NO_ERROR]


def test_every_text_holds_each_kind_of_error_once_among_correct_sentences():
    assert set(TABLE["text"]) == set(ais.TEXTS)
    for text_id in ais.TEXTS:
        table = ais.discernment_text(text_id)
        assert list(table["number"]) == list(range(1, len(table) + 1))
        errors = [e for e in table["error"] if e != ais.NO_ERROR]
        assert sorted(errors) == sorted(ais.ERRORS), text_id
        assert (table["error"] == ais.NO_ERROR).sum() >= 2, text_id


@pytest.mark.parametrize("text_id, number", PLANTED, ids=[f"{t}-{n}" for t, n in PLANTED])
def test_every_planted_error_is_detectable_and_explained_with_a_known_source(text_id, number):
    found = ais.check_marks(text_id, {number}).set_index("number")
    assert found.loc[number, "verdict"] == "found"
    assert (found.drop(number)["verdict"].isin(["missed", "rightly left"])).all()
    missed = ais.check_marks(text_id, set()).set_index("number")
    assert missed.loc[number, "verdict"] == "missed"
    source = found.loc[number, "source"]
    assert source in BIBLIOGRAPHY
    [line] = [
        line
        for line in ais.marks_feedback(found.reset_index())
        if line.startswith(f"Sentence {number} ")
    ]
    assert f"(found; {found.loc[number, 'error']})" in line and line.endswith(f"[source: {source}]")
    assert len(found.loc[number, "explanation"]) > 40


def test_the_shopify_line_is_planted_as_a_misattributed_quote():
    table = ais.discernment_text("entry_jobs")
    [row] = table[table["sentence"].str.contains("Hire an AI before you hire a human")].itertuples()
    assert row.error == "misattributed quote" and row.source == "shopify2025"


def test_every_source_of_the_practice_is_in_the_lessons_sources_cell():
    # so that a learner can look up the evidence that shows each error
    shown = code_of(LESSON)[code_of(LESSON).find("sources.show(") :]
    for source in set(TABLE["source"]):
        assert f'"{source}"' in shown, source


def test_marks_summary_by_hand():
    errors = {2, 4, 5, 7}
    assert ais.marks_summary(ais.check_marks("entry_jobs", errors)) == (
        "You found 4 of the 4 planted errors and marked no correct sentence as wrong."
    )
    assert ais.marks_summary(ais.check_marks("entry_jobs", {2, 3})) == (
        "You found 1 of the 4 planted errors and marked 1 correct sentence as wrong."
    )
    assert ais.marks_summary(ais.check_marks("entry_jobs", range(1, 8))).endswith(
        "marked 3 correct sentences as wrong."
    )


@given(st.sampled_from(list(ais.TEXTS)), st.sets(st.integers(1, 7)))
def test_every_sentence_gets_one_verdict_that_matches_the_key(text_id, marks):
    checked = ais.check_marks(text_id, marks)
    planted = set(checked.loc[checked["error"] != ais.NO_ERROR, "number"])
    verdict = dict(zip(checked["number"], checked["verdict"], strict=True))
    assert {n for n, v in verdict.items() if v == "found"} == planted & marks
    assert {n for n, v in verdict.items() if v == "missed"} == planted - marks
    assert {n for n, v in verdict.items() if v == "false alarm"} == marks - planted
    assert len(ais.marks_feedback(checked)) == len(checked)


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: ais.check_marks("entry_jobs", {0}), "No sentence 0 in this text"),
        (lambda: ais.check_marks("entry_jobs", {8}), "numbered 1 to 7"),
        (lambda: ais.check_marks("entry_jobs", "25"), "must be a set of sentence numbers"),
        (lambda: ais.check_marks("entry_jobs", 2), "must be a set of sentence numbers"),
        (lambda: ais.check_marks("entry_jobs", {True}), "must be a set of sentence numbers"),
        (lambda: ais.check_marks("entry_jobs", [[1]]), "must be a set of sentence numbers"),
        (lambda: ais.check_marks(["entry_jobs"], {1}), "No practice text"),
        (lambda: ais.discernment_text("poems"), "No practice text 'poems'"),
        (lambda: ais.discernment("poems"), "No practice text 'poems'"),
    ],
)
def test_bad_marks_raise_a_clear_value_error(call, words):
    with pytest.raises(ValueError, match=words):
        call()


def test_the_practice_widget_shows_the_text_as_an_assistants_and_checks_the_marks():
    box = ais.discernment("use_and_gains")
    header = box.children[0].value
    assert "an AI assistant's answer" in header and "errors planted on purpose" in header
    for row in ais.discernment_text("use_and_gains").itertuples():
        assert html.escape(row.sentence) in header
    assert all(mark.description for mark in box.marks.values())
    assert box.text == ""  # nothing is revealed before the learner asks
    for number in (2, 3, 4):
        box.marks[number].value = True
    box.button.click()
    assert box.text == "You found 2 of the 4 planted errors and marked 1 correct sentence as wrong."
    assert "[source: cbs_aimonitor2024]" in box.children[-1].value


# --- the strategy ----------------------------------------------------------------------------

FULL = ais.Strategy(True, 24, 0.3, 0.15, True, 0.25, True, True)


def test_checklist_and_strategy_stay_in_step():
    assert [item.field for item in ais.CHECKLIST] == [f.name for f in fields(ais.Strategy)]
    assert {item.effect for item in ais.CHECKLIST} == set(ais.EFFECTS)
    for item in ais.CHECKLIST:
        assert item.label and item.made and item.question.endswith("?")


def test_the_essay_items_quote_the_essay():
    # every default's source and meaning: tests/test_params.py, for every topic
    for item, field in zip(ais.CHECKLIST, fields(ais.Strategy), strict=True):
        # an item quotes the essay exactly when it is sourced to the essay
        assert bool(item.essay) == (field.metadata["source"] == "rubens2025"), item.field
    table = ais.assumptions()
    assert list(table.index) == [f.name for f in fields(ais.Strategy)]
    assert list(table.columns) == ["effect", "default", "meaning", "source", "the essay's words"]


def test_the_default_strategy_commits_to_nothing():
    blank = ais.Strategy()
    assert ais.checklist_score(blank) == 0 and ais.gaps(blank) == list(ais.CHECKLIST)
    assert ais.uncovered_effects(blank) == list(ais.EFFECTS)
    assert ais.summary(blank) == (
        "0 of 8 commitments made; effects left uncovered: 1 Hidden substitution, 2 After job loss, "
        "3 The junior paradox, 4 Workload, 5 The meaning of work."
    )


def per_effect(strategy):
    """Per effect, in order: (the checklist's commitments for it, how many are made)."""
    done = ais.made(strategy)
    return [
        (
            sum(item.effect == effect for item in ais.CHECKLIST),
            sum(done[item.field] for item in ais.CHECKLIST if item.effect == effect),
        )
        for effect in ais.EFFECTS
    ]


def test_scoring_by_hand():
    # The lesson's Predict: AI in every team, a two-day course (16 hours), customers told about the
    # chatbot.
    predict = ais.Strategy(disclose_to_customers=True, training_hours=16)
    assert ais.checklist_score(predict) == 2
    assert ais.uncovered_effects(predict) == [3, 4, 5]
    assert per_effect(predict) == [(1, 1), (2, 1), (2, 0), (1, 0), (2, 0)]

    one_each = ais.Strategy(
        disclose_to_customers=True,
        gains_to_workers=0.1,
        junior_share=0.05,
        recovery_share=0.5,
        worker_autonomy=True,
    )
    assert (
        ais.summary(one_each)
        == "5 of 8 commitments made; every effect is covered, 3 commitments are still open."
    )
    assert ais.summary(replace(FULL, human_tasks=False)).endswith(
        "every effect is covered, 1 commitment is still open."
    )
    assert ais.summary(FULL) == "8 of 8 commitments made; every effect is covered."


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"disclose_to_customers": "yes"}, "disclose_to_customers is a yes-or-no commitment"),
        ({"human_tasks": 1}, "human_tasks is a yes-or-no commitment"),
        ({"training_hours": -8}, "training_hours must be from 0 to 2000"),
        ({"training_hours": 3000}, "training_hours must be from 0 to 2000"),
        ({"training_hours": float("nan")}, "finite number"),
        ({"training_hours": "16"}, "finite number"),
        ({"junior_share": 1.5}, "junior_share is a share"),
        ({"recovery_share": -0.1}, "recovery_share is a share"),
        ({"gains_to_workers": True}, "finite number"),
    ],
)
def test_bad_commitments_raise_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        ais.Strategy(**bad)


def test_a_refusal_speaks_dutch_in_a_dutch_notebook():
    with (
        i18n.speaking("nl"),
        pytest.raises(ValueError, match="human_tasks is een toezegging met ja of nee"),
    ):
        ais.Strategy(human_tasks="yes")


strategies = st.builds(
    ais.Strategy,
    disclose_to_customers=st.booleans(),
    training_hours=st.sampled_from([0, 0.5, 16, 2000]) | st.floats(0, 2000),
    gains_to_workers=st.floats(0, 1),
    junior_share=st.floats(0, 1),
    ai_learning_aid=st.booleans(),
    recovery_share=st.floats(0, 1),
    human_tasks=st.booleans(),
    worker_autonomy=st.booleans(),
)


@given(strategies)
def test_score_gaps_and_uncovered_agree(strategy):
    made = sum(done for _, done in per_effect(strategy))
    score = ais.checklist_score(strategy)
    assert score == made == len(ais.CHECKLIST) - len(ais.gaps(strategy))
    assert ais.uncovered_effects(strategy) == [
        e
        for e in ais.EFFECTS
        if all(item in ais.gaps(strategy) for item in ais.CHECKLIST if item.effect == e)
    ]


@given(strategies, st.sampled_from(ais.CHECKLIST))
def test_making_a_commitment_never_lowers_the_score(strategy, item):
    more = replace(
        strategy, **{item.field: True if isinstance(getattr(strategy, item.field), bool) else 0.5}
    )
    assert ais.checklist_score(more) >= ais.checklist_score(strategy)
    assert set(ais.uncovered_effects(more)) <= set(ais.uncovered_effects(strategy))


# --- the one-page document -------------------------------------------------------------------


def test_a_fraction_of_an_hour_is_written_as_it_is():
    text = ais.document(ais.Strategy(training_hours=0.4), "Acme")
    assert "Every worker gets 0.4 paid hours a year" in text


# --- any input: a sensible result or a ValueError --------------------------------------------


@given(st.dictionaries(st.sampled_from([f.name for f in fields(ais.Strategy)]), wild.anything))
def test_any_commitments_make_a_strategy_or_a_value_error(values):
    try:
        strategy = ais.Strategy(**values)
    except ValueError:
        return
    assert 0 <= ais.checklist_score(strategy) <= len(ais.CHECKLIST)


@given(st.one_of(strategies, wild.anything), st.one_of(wild.anything, st.text(max_size=90)))
def test_any_strategy_gives_a_document_or_a_value_error(strategy, organisation):
    try:
        text = ais.document(strategy, organisation)
    except ValueError:
        return
    assert isinstance(strategy, ais.Strategy) and text.startswith("# AI strategy of ")
    assert ais.summary(strategy) in text


@given(
    st.one_of(st.sampled_from(list(ais.TEXTS)), st.sampled_from(list(ais.TEXTS)), wild.anything),
    st.one_of(
        st.sets(st.one_of(st.integers(1, 7), st.booleans(), wild.anything), max_size=3),
        wild.anything,
    ),
)
def test_any_marks_are_checked_or_give_a_value_error(text_id, marked):
    try:
        checked = ais.check_marks(text_id, marked)
    except ValueError:
        return
    assert set(checked["number"][checked["marked"]]) == set(marked)
    assert not any(isinstance(mark, bool) for mark in marked)


@given(
    st.one_of(
        st.dictionaries(st.sampled_from(["start", "end", "middle"]), st.just(RATINGS)),
        st.dictionaries(st.sampled_from(["start", "end"]), wild.anything),
        wild.anything,
    )
)
def test_any_saved_ratings_are_summed_up_or_give_a_value_error(ratings):
    try:
        table, text = ais.rating_change(ratings), ais.rating_summary(ratings)
    except ValueError:
        return
    assert set(ratings) <= set(ais.MOMENTS) and text
    assert table["change"].dropna().between(-4, 4).all()


def test_the_document_states_commitments_gaps_and_questions():
    strategy = ais.Strategy(
        disclose_to_customers=True, training_hours=16, junior_share=0.15, recovery_share=0.25
    )
    text = ais.document(strategy, "Example College")
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("# ")] == [
        "# AI strategy of Example College: commitments to discuss with the works council"
    ]
    assert (
        "**Checklist: 4 of 8 commitments made; effects left uncovered: 5 The meaning of work.**"
        in lines
    )
    assert "ondernemingsraad" in text and "Rubens" in text and "opinion piece" in text
    rows = [line for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(ais.CHECKLIST)
    assert "| 1 Hidden substitution | made | Customers are told when AI does work" in rows[0]
    assert "Every worker gets 16 paid hours a year" in rows[1]
    assert rows[2].startswith("| 2 After job loss | open | How are the gains of AI shared")
    assert "At least 15% of positions stay junior positions" in rows[3]
    assert "Of the time AI frees, 25% is kept for recovery" in rows[5]
    questions = text[text.find("## Questions for the works council") : text.find("## Where")]
    numbered = [line for line in questions.splitlines() if re.match(r"\d+\. ", line)]
    assert [line.split(". ", 1)[1] for line in numbered] == [
        f"{ais.EFFECTS[item.effect]}: {item.question}" for item in ais.gaps(strategy)
    ]
    assert len(lines) < 40, "the document must fit on one page"


def test_a_full_strategy_has_no_open_questions():
    text = ais.document(FULL, "Acme")
    assert "| open |" not in text and "None: every commitment is made." in text
    assert "None: every commitment is made." in ais.document_html(FULL, "Acme")


def test_the_html_page_says_the_same_and_is_safe_and_accessible():
    strategy = ais.Strategy(human_tasks=True, gains_to_workers=0.2)
    page = ais.document_html(strategy, "<Smith & Sons>")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert page.count("<h1>") == 1 and "&lt;Smith &amp; Sons&gt;" in page and "<Smith" not in page
    assert page.count('<th scope="col">') == 3 and page.count("<tr>") == len(ais.CHECKLIST) + 1
    assert "At least 20% of what AI saves goes back to workers" in page
    assert page.count("<li>") == len(ais.gaps(strategy))


@pytest.mark.parametrize("organisation", ["", "   ", "Two\nlines", "x" * 81, None])
def test_an_organisation_needs_a_name_on_one_line(organisation):
    with pytest.raises(ValueError, match="organisation must be a name on one line"):
        ais.document(ais.Strategy(), organisation)


def test_running_the_lesson_in_the_tests_writes_no_document():
    [cell] = [c for c in read_notebook(LESSON)["cells"] if "save_document(" in cell_source(c)]
    assert "nbval-skip" in cell["metadata"].get("tags", [])


def test_save_and_show_the_document(tmp_path):
    markdown, page = ais.save_document(FULL, "Acme", tmp_path)
    assert markdown.read_text(encoding="utf-8") == ais.document(FULL, "Acme")
    assert page.read_text(encoding="utf-8") == ais.document_html(FULL, "Acme")
    assert (markdown.name, page.name) == ("my_ai_strategy.md", "my_ai_strategy.html")
    assert ais.show_document(FULL, "Acme").data == ais.document(FULL, "Acme")


# --- the strategy builder, headless ----------------------------------------------------------


def made_bars(builder):
    return [bar.get_width() for bar in builder.figure.axes[0].patches if bar.get_animated()]


def uncovered_marks(builder):
    [marks] = [line for line in builder.figure.axes[0].lines if line.get_label() == "uncovered"]
    return list(marks.get_ydata())


def test_the_builder_starts_with_nothing_committed():
    builder = ais.explorer()
    assert builder.text == ais.summary(ais.Strategy())
    assert list(builder.controls) == [f.name for f in fields(ais.Strategy)]
    assert all(control.description for control in builder.controls.values())
    assert made_bars(builder) == [0] * 5 and uncovered_marks(builder) == [0, 1, 2, 3, 4]
    outlines = [bar.get_width() for bar in builder.figure.axes[0].patches if not bar.get_animated()]
    assert outlines == [total for total, _ in per_effect(ais.Strategy())]
    assert bytes(builder.image.value).startswith(b"\x89PNG")
    assert ais.strategy_of(builder) == ais.Strategy()


def test_moving_the_controls_updates_summary_bars_and_image():
    builder = ais.explorer()
    before = bytes(builder.image.value)
    builder.controls["disclose_to_customers"].value = True
    builder.controls["training_hours"].value = 16
    strategy = ais.Strategy(disclose_to_customers=True, training_hours=16)
    assert ais.strategy_of(builder) == strategy
    assert builder.text == ais.summary(strategy)
    assert made_bars(builder) == [done for _, done in per_effect(strategy)] == [1, 1, 0, 0, 0]
    # the junior paradox, workload, the meaning of work
    assert uncovered_marks(builder) == [2, 3, 4]
    assert bytes(builder.image.value) != before
    everything = (True, 80, 1.0, 0.5, True, 1.0, True, True)
    for name, value in zip(builder.controls, everything, strict=True):
        builder.controls[name].value = value
    assert builder.text == "8 of 8 commitments made; every effect is covered."
    assert uncovered_marks(builder) == []
    # the fixed axes hold the longest bar, with room for the legend beside it
    assert max(made_bars(builder)) == 2 and builder.figure.axes[0].get_xlim() == (0, 3)


# --- the assignment's new text: its answer key is sourced too --------------------------------


def test_the_assignments_planted_errors_are_explained_with_known_sources():
    solution = read_notebook(ROOT / "solutions" / "ai_strategy" / "ai_strategy.ipynb")
    cells = {
        c["metadata"].get("nbgrader", {}).get("grade_id"): cell_source(c) for c in solution["cells"]
    }
    tree = ast.parse(cells["test_planted_kinds"])
    [key] = [
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ANSWER_KEY"
    ]
    assert sorted(kind for kind, _ in key.values()) == sorted(ais.ERRORS)
    assert all(source in BIBLIOGRAPHY for _, source in key.values())
    text = cells["q4_text"]
    for number in key:
        assert f"<sup>{number}</sup>" in text


# --- the assignments' answers, from the model --------------------------------------------------
# Hidden tests hold literal values; these compute each one from the model, and from the builder at
# the settings the explore track's questions name, so that none can drift from the model.


def builder_at(**settings):
    builder = ais.explorer()
    for name, value in settings.items():
        control = builder.controls[name]
        if hasattr(control, "step"):  # the slider's steps reach the value the question names
            steps = (value - control.min) / control.step
            assert control.min <= value <= control.max and steps == pytest.approx(round(steps))
        control.value = value
    return builder


# question 4's strategy: every commitment made, at the builder's smallest step
SMALLEST = {
    "disclose_to_customers": True,
    "training_hours": 4,
    "gains_to_workers": 0.05,
    "junior_share": 0.05,
    "ai_learning_aid": True,
    "recovery_share": 0.05,
    "human_tasks": True,
    "worker_autonomy": True,
}


def test_the_explore_tracks_answers_are_what_the_builder_shows():
    # Questions 1 and 2: disclosure, 24 training hours and 20 % of the gains back.
    settings = {"disclose_to_customers": True, "training_hours": 24, "gains_to_workers": 0.2}
    builder = builder_at(**settings)
    strategy = ais.Strategy(**settings)
    assert ais.strategy_of(builder) == strategy
    assert ais.checklist_score(strategy) == 3 and builder.text.startswith("3 of 8 commitments")
    assert len(ais.uncovered_effects(strategy)) == 3 and len(uncovered_marks(builder)) == 3
    # Question 3: no set of commitments smaller than one per effect covers every effect.
    covering = [
        chosen
        for chosen in itertools.chain.from_iterable(
            itertools.combinations(SMALLEST, n) for n in range(len(SMALLEST) + 1)
        )
        if not ais.uncovered_effects(ais.Strategy(**{f: SMALLEST[f] for f in chosen}))
    ]
    assert min(map(len, covering)) == 5
    # Question 4: every commitment at its smallest makes 8 of 8.
    assert builder_at(**SMALLEST).text == "8 of 8 commitments made; every effect is covered."
    # Question 8, and its model answer: 8 training hours alone leave effects 1, 3, 4 and 5.
    assert builder_at(training_hours=8).text.startswith("1 of 8 commitments made")
    assert ais.uncovered_effects(ais.Strategy(training_hours=8)) == [1, 3, 4, 5]
