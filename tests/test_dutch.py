"""The Dutch edition: ``nl/`` is complete, current and Dutch, and graded as the English course.

- ``ai-course translate --check``: the catalogues hold every English text, and ``nl/`` is what a
  fresh generation from them gives (its nbgrader releases included).
- Every catalogue entry is translated and none is fuzzy, so changing an English sentence fails
  here until its translation is updated.
- No English paragraph is left in the Dutch course (a check by language: which one's common
  words a block uses), and the translations follow the glossary.
- The code cells of each Dutch notebook are the English ones, but for the one cell that chooses
  the language: the hidden tests are the same, so the same answers get the same grade. One Dutch
  assignment goes through nbgrader to prove it (tests/test_assignments.py does every English one).

nbval runs every Dutch lesson and solution (pyproject.toml's testpaths).
"""

import csv
import re
import shutil

import pytest
from nbgrader.utils import is_grade, is_solution

from common import ROOT, read_notebook
from course.teach import classroom, translate
from simulated import visible_text

NL = ROOT / translate.LANGUAGE
DOCUMENTS = translate.sources(ROOT)
CATALOGUES = sorted(p.stem for p in (ROOT / "locale" / "nl" / "LC_MESSAGES").glob("*.po"))


def test_the_catalogues_and_nl_are_what_ai_course_translate_makes():
    said = []
    assert translate.translate(ROOT, check=True, say=said.append) == 0, "\n".join(said)


def test_there_is_a_catalogue_for_the_package_and_for_every_english_document():
    assert set(CATALOGUES) == {"course"} | {d.domain for d in DOCUMENTS}


@pytest.mark.parametrize("domain", CATALOGUES)
def test_every_text_is_translated_and_none_is_fuzzy(domain):
    catalog = translate.load(translate.catalogue_path(ROOT, domain))
    open_ = [m.id[:70] for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert not open_, f"{len(open_)} texts to translate in {domain}.po, such as: {open_[:3]}"


ENGLISH = set(
    "the and of to that with for you your this are which what from be not it on as by an "
    "when how their they who can will would should".split()
)
DUTCH = set(
    "de het een en van dat je jouw met voor niet zijn op die wat als ook bij naar om te "
    "wordt door hoe wie kan er dan maar nog meer zo".split()
)


def language_of(block: str) -> str:
    """ "en" or "nl": whose common words a block of text uses more (code and links left out)."""
    text = re.sub(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|\[@[^\]]+\]", " ", block)
    words = re.findall(r"[a-z]+", text.lower())
    english, dutch = sum(w in ENGLISH for w in words), sum(w in DUTCH for w in words)
    return "en" if english >= 3 and english > dutch else "nl"


def dutch_blocks(document):
    path = NL / document.path
    if document.notebook:
        texts = [c.source for c in read_notebook(path).cells if c.cell_type == "markdown"]
    else:
        texts = [path.read_text(encoding="utf-8")]
    return [m for text in texts for m in translate.messages(text)]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.path)
def test_no_english_paragraph_is_left_in_the_dutch_course(document):
    assert language_of("The seniors of the next years are already in the building.") == "en"
    english = [block[:80] for block in dutch_blocks(document) if language_of(block) == "en"]
    assert not english, english


@pytest.mark.parametrize("document", [d for d in DOCUMENTS if d.notebook], ids=lambda d: d.path)
def test_the_code_cells_are_the_english_ones_but_for_the_language_cell(document):
    english = read_notebook(ROOT / document.path)
    dutch = read_notebook(NL / document.path)
    code = [c for c in dutch.cells if c.cell_type == "code"]
    assert code[0].source == translate.LANGUAGE_LINE
    assert [c.source for c in code[1:]] == [
        c.source for c in english.cells if c.cell_type == "code"
    ]
    assert [c.metadata.get("nbgrader") for c in dutch.cells if c.id != "language"] == [
        c.metadata.get("nbgrader") for c in english.cells
    ]
    assert dutch.metadata["course"] == {"language": "nl"}


def glossary() -> list[dict]:
    with open(ROOT / "locale" / "nl" / "glossary.csv", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_the_translations_follow_the_glossary():
    def prose(text):  # what a reader reads: no code, no link targets, no file names
        text = re.sub(r"`[^`]*`|\]\([^)]*\)|\S+\.(?:py|md|ipynb|csv)\b", " ", text)
        return " ".join(text.split())  # a term may be broken across lines

    wrong = []
    for domain in CATALOGUES:
        for message in translate.load(translate.catalogue_path(ROOT, domain)):
            if not message.id or not message.string or message.fuzzy:
                continue
            for term in glossary():
                pattern = rf"(?<![\w-]){re.escape(term['english'])}(?![\w-])"
                if (
                    re.search(pattern, prose(message.id), re.I)
                    and term["dutch"].lower() not in prose(message.string).lower()
                ):
                    wrong.append(
                        f"{domain}: {term['english']} -> {term['dutch']}: {message.string[:60]}"
                    )
    assert not wrong, wrong[:10]


def test_the_dutch_course_is_an_nbgrader_course_of_its_own():
    config = (NL / "nbgrader_config.py").read_text(encoding="utf-8")
    assert 'course_id = "ai-at-work-nl"' in config
    for document in DOCUMENTS:
        assert (NL / document.path).is_file(), document.path
    for assignment in {d.path.split("/")[1] for d in DOCUMENTS if d.path.startswith("solutions/")}:
        release = read_notebook(NL / "exercises" / assignment / f"{assignment}.ipynb")
        answers = [c for c in release.cells if is_solution(c) and c.cell_type == "code"]
        assert all("### BEGIN" not in c.source for c in answers)
        assert any(is_grade(c) for c in release.cells)


ROUND_TRIP = "junior_paradox"  # one assignment proves the Dutch grading: the rest is identical


@pytest.fixture(scope="module")
def dutch_class(tmp_path_factory, empty_gradebook):
    """A scratch Dutch course beside the English settings it reads, with one assignment released,
    a perfect and a blank submission autograded, and their feedback pages made."""
    root = tmp_path_factory.mktemp("dutch")
    shutil.copy(ROOT / "nbgrader_config.py", root)  # nl/nbgrader_config.py reads the English one
    course = root / translate.LANGUAGE
    (course / "solutions").mkdir(parents=True)
    shutil.copy(NL / "nbgrader_config.py", course)
    shutil.copytree(NL / "solutions" / ROUND_TRIP, course / "solutions" / ROUND_TRIP)
    shutil.copy(empty_gradebook, course / "gradebook.db")
    config = classroom.nbgrader_config(course, ["--Execute.timeout=20"])
    api = classroom.nbgrader_api(config)
    assert api.generate_assignment(ROUND_TRIP)["success"]
    name = f"{ROUND_TRIP}.ipynb"
    for student, folder in (("perfect", "solutions"), ("blank", "exercises")):
        (course / "submitted" / student / ROUND_TRIP).mkdir(parents=True)
        shutil.copy(
            course / folder / ROUND_TRIP / name, course / "submitted" / student / ROUND_TRIP
        )
    assert api.autograde(ROUND_TRIP, "*")["success"]
    with classroom.working_directory(course):
        assert classroom.feedback(config, ROUND_TRIP, say=lambda line: None) == []
    return course


def test_a_dutch_submission_is_graded_as_an_english_one_would_be(dutch_class):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{dutch_class / 'gradebook.db'}", "ai-at-work-nl") as gradebook:

        def code_scores(student):
            notebook = gradebook.find_submission_notebook(ROUND_TRIP, ROUND_TRIP, student)
            return [(g.auto_score, g.max_score) for g in notebook.grades if g.cell_type == "code"]

        perfect, blank = code_scores("perfect"), code_scores("blank")
    assert perfect and all(score == best for score, best in perfect)
    assert not any(score for score, _ in blank)


def test_the_dutch_feedback_page_speaks_dutch(dutch_class):
    page = (dutch_class / "feedback" / "blank" / ROUND_TRIP / f"{ROUND_TRIP}.html").read_text()
    text = visible_text(page)
    assert "✘ Niet geslaagd: de zichtbare controle op regel" in text
    assert "Not passed" not in text and "Not yet" not in text
    assert "is nog niet geschreven" in text or "Nog niet" in text
