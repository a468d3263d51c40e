"""The Dutch edition, generated from the English source and gettext catalogues.

English is the source; translations live in PO catalogues (the format Poedit, Weblate and every
gettext tool read), under ``locale/nl/LC_MESSAGES/``:

- ``course.po``: the strings of the ``course`` package (every ``_("...")`` in ``course/``) and the
  texts the notebooks' code hands to it (the hints of the self-checks, for instance);
- one catalogue per lesson, assignment and teacher document, named after it
  (``notebooks-04_junior_paradox.po``, ``solutions-junior_paradox.po``,
  ``teachers-junior_paradox.po``): one entry per block of Markdown (a paragraph, a list, a table,
  a heading).

``ai-course translate`` does two things, in this order:

1. **extract**: reads the English texts and updates every catalogue, as gettext's ``msgmerge``
   does: a new text becomes a new, empty entry; a changed text keeps its old translation, marked
   *fuzzy* for a translator to check; a text that is gone is dropped.
2. **generate**: writes ``nl/``, a complete nbgrader course folder with the English file names:
   ``nl/notebooks/``, ``nl/solutions/``, ``nl/teachers/`` (Markdown translated, code cells the
   English ones, plus one cell that chooses the language), ``nl/nbgrader_config.py``, and
   ``nl/exercises/`` made from ``nl/solutions/`` by nbgrader. Nothing in ``nl/`` is edited by
   hand; a text that has no translation yet stays English there, and a test fails until it has.

``ai-course translate --check`` changes nothing and fails when a catalogue or ``nl/`` is out of
date.
"""

from __future__ import annotations

import ast
import copy
import csv
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from course import topics

LANGUAGE = "nl"
LANGUAGE_LINE = f'import course; course.language("{LANGUAGE}")'
FENCE = re.compile(r"^\s*(```|~~~)")
BLANK_LINES = re.compile(r"(\n[ \t]*\n(?:[ \t]*\n)*)")
NBGRADER_CONFIG = '''"""nbgrader settings of the Dutch course (`ai-course translate` writes it).

Do not edit: the English course's settings (../nbgrader_config.py) apply, then what differs
here. This folder is the course directory, the course has an id of its own, and the students'
versions say in Dutch where an answer goes.
"""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides get_config)
english = Path(__file__).resolve().parent.parent / "nbgrader_config.py"
if not english.is_file():  # load_subconfig would pass over a missing file in silence
    raise FileNotFoundError(f"the Dutch course reads the English course's settings: {english}")
load_subconfig(str(english))  # noqa: F821 (nbgrader provides load_subconfig)

c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.course_id = "ai-at-work-nl"
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER\\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER"
c.AnswerStubs.value_stub = "{name} = ...  # jouw antwoord: vervang ... door je antwoord"
'''


# --- Markdown into blocks, and back --------------------------------------------------------------


def blocks(text: str) -> list[str]:
    """``text`` cut into blocks at blank lines (a fenced code block stays whole), with the blank
    lines between them as blocks of their own: ``"".join(blocks(text)) == text``."""
    parts = BLANK_LINES.split(text)
    merged: list[str] = []
    inside = False
    for part in parts:
        if inside:
            merged[-1] += part
        else:
            merged.append(part)
        if not BLANK_LINES.fullmatch(part):
            fences = sum(1 for line in part.split("\n") if FENCE.match(line))
            inside ^= fences % 2 == 1
    return merged


def translatable(block: str) -> bool:
    """A block a translator translates: it has words, and is not code, a marker or a separator."""
    stripped = block.strip()
    if not stripped or BLANK_LINES.fullmatch(block) or FENCE.match(stripped):
        return False
    if stripped.startswith("<!--") and stripped.endswith("-->"):
        return False
    return bool(re.search(r"[A-Za-z]{2,}", stripped))


def messages(text: str) -> list[str]:
    """The texts of ``text`` that a translator translates, in order."""
    return [block for block in blocks(text) if translatable(block)]


def translated(text: str, translations: dict[str, str], missing: list[str]) -> str:
    """``text`` with each translatable block replaced by its translation (kept, and added to
    ``missing``, when there is none)."""
    out = []
    for block in blocks(text):
        if translatable(block):
            found = translations.get(block)
            if not found:
                missing.append(block)
            out.append(found or block)
        else:
            out.append(block)
    return "".join(out)


# --- what there is to translate ----------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One English file and its catalogue."""

    path: str  # relative to the course folder
    domain: str  # the catalogue's name: locale/<language>/LC_MESSAGES/<domain>.po

    @property
    def notebook(self) -> bool:
        return self.path.endswith(".ipynb")


def sources(root: Path) -> list[Document]:
    """Every English lesson, assignment and teacher document, in course order."""
    found = [Document(topics.WELCOME, "notebooks-00_welcome")]
    found += [Document(t.lesson, f"notebooks-{Path(t.lesson).stem}") for t in topics.TOPICS]
    found += [Document(f"solutions/{a}/{a}.ipynb", f"solutions-{a}") for a in topics.assignments()]
    found += [
        Document(f"teachers/{p.name}", f"teachers-{p.stem}")
        for p in sorted((root / "teachers").glob("*.md"))
    ]
    return found


def read_notebook(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)


def document_messages(root: Path, source: Document) -> list[str]:
    """The Markdown blocks of one file, in order, each once."""
    if source.notebook:
        texts = [
            c.source for c in read_notebook(root / source.path).cells if c.cell_type == "markdown"
        ]
    else:
        texts = [(root / source.path).read_text(encoding="utf-8")]
    return list(dict.fromkeys(m for text in texts for m in messages(text)))


def code_strings(source: str) -> list[str]:
    """Texts that notebook code hands to the course package: the string arguments of
    ``selfcheck.<check>(...)`` calls and of ``_()``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        to_course = (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and function.value.id == "selfcheck"
        ) or (isinstance(function, ast.Name) and function.id == "_")
        if to_course:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.append(argument.value)
    return found


def package_messages(root: Path) -> list[tuple[str, str]]:
    """(text, where) for the package's own strings and those its notebooks hand to it."""
    from babel.messages.extract import extract_from_dir

    found = []
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        str(root / "course"), method_map=[("**.py", "python")], keywords={"_": None, "N_": None}
    ):
        if isinstance(message, str) and message:
            found.append((message, f"course/{filename}"))
    found += data_messages()
    for source in sources(root):
        if source.notebook:
            for cell in read_notebook(root / source.path).cells:
                if cell.cell_type == "code":
                    texts = code_strings(cell.source)
                    # a text a learner reads has a space; "advice" or "ABC" are names and letters
                    found += [(text, source.path) for text in texts if " " in text.strip()]
    return found


def data_messages() -> list[tuple[str, str]]:
    """Texts the package keeps as data, read from the package itself: each source's note, the
    columns of the data tables that learners read (``course.data.READ_BY_LEARNERS``), and each
    model parameter's meaning (shown in the lessons' assumption tables)."""
    import dataclasses
    import importlib

    from course import data
    from course import sources as bibliography

    found = [(s.note, "course/sources.py") for s in bibliography.BIBLIOGRAPHY.values() if s.note]
    for table, columns in data.READ_BY_LEARNERS.items():
        with open(data.FOLDER / f"{table}.csv", encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file, skipinitialspace=True):
                found += [(row[c], f"course/data/{table}.csv") for c in columns if row[c].strip()]
    for t in topics.TOPICS:
        module = importlib.import_module(f"course.{t.name}")
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value):
                found += [
                    (f.metadata["meaning"], f"course/{t.name}.py")
                    for f in dataclasses.fields(value)
                    if "meaning" in f.metadata
                ]
    return found


# --- the catalogues ------------------------------------------------------------------------------


def catalogue_path(root: Path, domain: str) -> Path:
    return root / "locale" / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


def template(domain: str, entries) -> object:
    """A catalogue of English texts (gettext's .pot), entries as (text, where)."""
    from babel.messages.catalog import Catalog

    catalog = Catalog(
        locale=LANGUAGE,
        domain=domain,
        project="AI at Work",
        copyright_holder="the AI at Work developers",
        fuzzy=False,
        header_comment=(
            f"# Dutch translation of AI at Work: {domain}.\n"
            '# Fill in each msgstr; follow locale/nl/glossary.csv. CONTRIBUTING.md, "Translating",'
            " says how.\n"
        ),
    )
    for text, where in entries:
        catalog.add(text, locations=[(where, None)])
    return catalog


def load(path: Path):
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        return read_po(file, locale=LANGUAGE)


def dump(catalog) -> bytes:
    import io

    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=100,
        omit_header=False,
        ignore_obsolete=True,
        no_location=False,
        sort_output=False,
        include_previous=False,
    )
    return buffer.getvalue()


def catalogues(root: Path) -> dict[str, object]:
    """Every catalogue as extraction makes it from the English sources and the current catalogue
    (domain -> babel Catalog), without writing anything."""
    wanted = {"course": template("course", package_messages(root))}
    for source in sources(root):
        wanted[source.domain] = template(
            source.domain, [(m, source.path) for m in document_messages(root, source)]
        )
    result = {}
    for domain, fresh in wanted.items():
        path = catalogue_path(root, domain)
        if path.is_file():
            catalog = load(path)
            catalog.update(fresh, no_fuzzy_matching=False, update_header_comment=False)
            catalog.obsolete.clear()
        else:
            catalog = copy.deepcopy(fresh)
        result[domain] = catalog
    return result


def translations(catalog) -> dict[str, str]:
    """English text -> translation, for the entries that are translated and not fuzzy."""
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


# --- the Dutch course folder ---------------------------------------------------------------------


def language_cell(assignment: bool):
    import nbformat

    metadata = {}
    if assignment:
        metadata["nbgrader"] = {
            "grade": False,
            "grade_id": "language",
            "locked": True,
            "schema_version": 3,
            "solution": False,
            "task": False,
        }
    return nbformat.v4.new_code_cell(LANGUAGE_LINE, metadata=metadata, id="language")


def translated_notebook(root: Path, source: Document, table: dict[str, str], missing: list[str]):
    """The English notebook with its Markdown translated and the language cell before its first
    code cell."""
    notebook = read_notebook(root / source.path)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = translated(cell.source, table, missing)
    first_code = next(i for i, c in enumerate(notebook.cells) if c.cell_type == "code")
    notebook.cells.insert(first_code, language_cell(source.path.startswith("solutions/")))
    notebook.metadata["course"] = {"language": LANGUAGE}
    return notebook


def generate(root: Path, target: Path, catalogs: dict, *, releases: bool = True) -> list[str]:
    """Write the Dutch course folder into ``target``; return the texts that had no translation."""
    import nbformat

    missing: list[str] = []
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    (target / "nbgrader_config.py").write_text(NBGRADER_CONFIG, encoding="utf-8")
    for source in sources(root):
        table = translations(catalogs[source.domain])
        out = target / source.path
        out.parent.mkdir(parents=True, exist_ok=True)
        if source.notebook:
            nbformat.write(translated_notebook(root, source, table, missing), out)
        else:
            text = (root / source.path).read_text(encoding="utf-8")
            out.write_text(translated(text, table, missing), encoding="utf-8")
    if (root / "teachers" / "hub").is_dir():
        shutil.copytree(root / "teachers" / "hub", target / "teachers" / "hub")
    if releases:
        make_releases(target, topics.assignments())
    return missing


def make_releases(course: Path, assignments) -> None:
    """The students' versions, made by nbgrader from the Dutch solutions (as `nbgrader
    generate_assignment --no-db` would)."""
    from course.teach import classroom

    config = classroom.nbgrader_config(course)
    config.GenerateAssignment.no_database = True  # as `--no-db` does
    config.SaveCells.enabled = False
    api = classroom.nbgrader_api(config)
    with classroom.working_directory(course):
        for assignment in assignments:
            classroom.require(
                api.generate_assignment(assignment, force=True, create=False),
                f"nbgrader generate_assignment {assignment} (Dutch)",
            )


# --- the command ---------------------------------------------------------------------------------


def entries(catalog) -> dict[str, tuple[str, bool]]:
    """A catalogue's entries as {English: (translation, fuzzy)}: what a check compares (the
    header, with its dates and tool versions, is left out)."""
    return {m.id: (m.string, bool(m.fuzzy)) for m in catalog if m.id}


def stale_catalogues(root: Path, catalogs: dict) -> list[str]:
    """The catalogues whose file differs from what extraction gives."""
    stale = []
    for domain, catalog in catalogs.items():
        path = catalogue_path(root, domain)
        if not path.is_file() or entries(load(path)) != entries(catalog):
            stale.append(str(path.relative_to(root)))
    return stale


def write_catalogues(root: Path, catalogs: dict) -> list[str]:
    """Write the catalogues that changed; their paths."""
    written = []
    for domain in stale_catalogues(root, catalogs):
        path = root / domain
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(dump(catalogs[Path(domain).stem]))
        written.append(domain)
    return written


def files(folder: Path) -> dict[str, bytes]:
    """The files of ``folder`` that belong to the course: what git tracks or would track (not
    what it ignores, such as the strategy a learner saved from a lesson, or caches)."""
    import subprocess

    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "."],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\0")
        paths = [folder / name for name in listed if name]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout
        paths = [p for p in folder.rglob("*") if "__pycache__" not in p.parts]
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(paths) if p.is_file()}


def stale_course(root: Path, catalogs: dict, scratch: Path) -> list[str]:
    """The files of ``nl/`` that differ from a fresh generation (made in ``scratch``)."""
    shutil.copy(root / "nbgrader_config.py", scratch / "nbgrader_config.py")
    generate(root, scratch / LANGUAGE, catalogs)
    fresh, committed = files(scratch / LANGUAGE), files(root / LANGUAGE)
    return sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )


def translate(root: Path, *, check: bool = False, say=print) -> int:
    """``ai-course translate``: update the catalogues and ``nl/``; with ``check``, only say what
    is out of date (and return 1 if anything is)."""
    import tempfile

    catalogs = catalogues(root)
    if check:
        with tempfile.TemporaryDirectory() as scratch:
            stale = stale_catalogues(root, catalogs) + [
                f"{LANGUAGE}/{name}" for name in stale_course(root, catalogs, Path(scratch))
            ]
        for name in stale:
            say(f"out of date: {name}")
        if stale:
            say("Run `ai-course translate` in the course folder, then translate what is new.")
        return 1 if stale else 0
    for name in write_catalogues(root, catalogs):
        say(f"updated {name}")
    missing = generate(root, root / LANGUAGE, catalogs)
    untranslated = sum(
        1 for c in catalogs.values() for m in c if m.id and (not m.string or m.fuzzy)
    )
    say(
        f"wrote {LANGUAGE}/; {untranslated} texts still need a translator ({len(missing)} places "
        "in the Dutch course show English)."
    )
    return 0
