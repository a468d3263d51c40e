"""The package speaks the notebook's language (course/i18n.py): English by default, Dutch after
``course.language("nl")``, with Dutch numbers."""

import pytest

import course
from course import i18n, selfcheck, ui


@pytest.fixture
def dutch():
    with i18n.speaking("nl"):
        yield


def test_english_is_the_default_and_a_language_the_course_does_not_speak_is_refused():
    assert course.language() == "en"
    with pytest.raises(ValueError, match="languages: en, nl; not 'fr'"):
        course.language("fr")
    assert course.language() == "en"


def test_numbers_are_written_the_way_of_the_language():
    assert (i18n.number(1234.5, 1), i18n.percent(0.035, 1), i18n.euros(-1234)) == (
        "1,234.5",
        "3.5%",
        "-€1,234",
    )
    with i18n.speaking("nl"):
        assert (i18n.number(1234.5, 1), i18n.percent(0.035, 1), i18n.euros(-1234)) == (
            "1.234,5",
            "3,5 %",
            "-€ 1.234",
        )
    assert i18n.language() == "en"  # speaking() restores the language before


def test_a_text_without_a_translation_stays_english(dutch):
    assert i18n._("a sentence nobody has translated") == "a sentence nobody has translated"


def test_every_translation_keeps_the_fields_of_its_english_text():
    """A template's {fields} must all be in its translation, or .format() breaks the sentence."""
    import string

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    wrong = {
        english: dutch
        for english, dutch in i18n.catalogue("nl").items()
        if "{" in english and fields(english) != fields(dutch)
    }
    assert not wrong, wrong


def test_a_slider_shows_its_value_the_dutch_way(dutch):
    share = ui.slider("share", 0.025, 0.0, 1.0, 0.005, percent=True, decimals=1)
    plain = ui.slider("x", 1.5, 0.0, 3.0, 0.25)
    assert (share.readout, plain.readout) == ("2,5 %", "1,50")
    with i18n.speaking("en"):
        assert (
            ui.slider("share", 0.025, 0.0, 1.0, 0.005, percent=True, decimals=1).readout == "2.5%"
        )


def test_a_self_check_speaks_dutch_in_a_dutch_notebook(dutch):
    with pytest.raises(selfcheck.NotYet) as failed:
        selfcheck.choice("E")
    english = "Answer with one letter in quotes"
    assert english not in str(failed.value) and '"A", "B", "C", "D"' in str(failed.value)


def test_no_translated_text_hides_from_the_catalogue():
    """The catalogue is filled by reading the code: ``_("...")`` inside an f-string, or around an
    f-string, is out of its reach, and its text would stay English in a Dutch notebook. (``_`` on
    a name is fine: hints, meanings and ``N_()`` constants reach the catalogue another way.)"""
    import ast
    from pathlib import Path

    def is_translation(node, literal=False):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return False
        text = bool(node.args) and isinstance(node.args[0], ast.Constant)
        return node.func.id == "_" and (text or not literal)

    hidden = []
    for path in sorted(Path(i18n.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                found = [n for n in ast.walk(node) if is_translation(n, literal=True)]
                hidden += [f"{path.name}:{n.lineno}" for n in found]
            elif is_translation(node) and node.args and isinstance(node.args[0], ast.JoinedStr):
                hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, hidden


def test_every_refusal_a_learner_can_meet_goes_through_the_catalogue():
    """A model's ValueError is what a student reads after a wrong parameter, so in a Dutch
    notebook it must be Dutch: its text is a ``_()`` template, never a bare or f-string literal.
    Left out: the topic registry and the data loader, whose errors speak to contributors, and the
    command line, which speaks to teachers in English."""
    import ast
    from pathlib import Path

    package = Path(i18n.__file__).parent
    english = []
    for path in sorted(package.glob("*.py")):
        if path.name in ("topics.py", "cli.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                refusal = getattr(node.exc.func, "id", "") == "ValueError"
                if refusal and isinstance(node.exc.args[0], ast.Constant | ast.JoinedStr):
                    english.append(f"{path.name}:{node.lineno}")
    assert not english, english


def test_a_model_refuses_in_the_language_in_use(dutch):
    from course import junior_paradox, params

    with pytest.raises(ValueError, match=r"cut is een aandeel: van 0 tot en met 1 \(50 % is 0.5\)"):
        params.share("cut", 50)
    with pytest.raises(ValueError, match="moet meer dan 0 seconden zijn"):
        params.amount("talk_time", 0, above=True, unit="seconds")
    with pytest.raises(ValueError, match="toont een pandas-DataFrame"):
        i18n.readable([1, 2], ("task",))
    with pytest.raises(ValueError, match="aandeel"):
        junior_paradox.Pipeline(cut=50)
