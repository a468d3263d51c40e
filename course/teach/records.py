"""Keep the teacher's records safe: no grade lost, no page or report replaced by a broken one.

- :func:`check_gradebook`: every command first checks that the gradebook can be read, and refuses
  in one sentence that says what to do when it cannot (nbgrader would make a new empty one, or
  stop with a database traceback halfway through a step);
- :func:`backup_gradebook`: a step that changes the gradebook copies it to ``backups/`` first;
- :func:`written_whole`: report files are written next to their place and moved into it only when
  every one of them is complete;
- :func:`keep_log`: nbgrader's own messages go to ``logs/ai-course.log``, and the teacher reads a
  sentence that names that file instead of a traceback.

``backups/`` and ``logs/`` are in the course folder; like the gradebook, they hold student data.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

BACKUPS = "backups"
KEEP = 20  # the newest copies of the gradebook that backups/ keeps
LOG = Path("logs") / "ai-course.log"


class ClassTaskError(RuntimeError):
    """A class task could not be done; the message says why and what to do."""


def sqlite_file(coursedir) -> Path | None:
    """The gradebook's file when it is SQLite (None for a database server such as PostgreSQL)."""
    from sqlalchemy.engine import make_url

    url = make_url(coursedir.db_url)
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(coursedir.root, url.database)


def latest_backup(coursedir) -> Path | None:
    copies = sorted(Path(coursedir.root, BACKUPS).glob("gradebook-*.db"))
    return copies[-1] if copies else None


def restore_advice(coursedir) -> str:
    latest, gradebook = latest_backup(coursedir), sqlite_file(coursedir)
    if latest and gradebook:
        step = latest.stem.split("-before-")[-1]
        return (
            f"copy back the latest copy, made before the last {step} "
            f"(cp {BACKUPS}/{latest.name} {gradebook.name}), and do the steps made since then again"
        )
    return "restore it from your own backup (teachers/README.md, When a step refuses)"


def check_gradebook(coursedir, *, first_step: bool = False) -> None:
    """Refuse, with what to do, unless the course's gradebook is one that nbgrader made and can
    read. ``first_step``: the command may be the course's first (release, roster), so no
    gradebook yet, or an empty database on a server, is fine: nbgrader makes one."""
    import sqlalchemy
    from sqlalchemy.exc import SQLAlchemyError

    path = sqlite_file(coursedir)
    where = path.name if path else "the gradebook database"
    if path and not path.exists():
        if first_step:
            return
        raise ClassTaskError(
            f"there is no gradebook ({path.name}) in this course folder yet: "
            "run `ai-course release <assignment>` first."
        )
    if path and path.stat().st_size == 0:
        raise ClassTaskError(
            f"the gradebook {path.name} is empty (0 bytes): its grades are lost. "
            f"To get them back, {restore_advice(coursedir)}; if this course has no grades yet, "
            f"delete {path.name} and run `ai-course release <assignment>` again."
        )
    engine = sqlalchemy.create_engine(coursedir.db_url)
    try:
        tables = sqlalchemy.inspect(engine).get_table_names()
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise ClassTaskError(
            f"{where} cannot be read ({reason}). Nothing was changed; {restore_advice(coursedir)}."
        ) from None
    finally:
        engine.dispose()
    if not tables and first_step and not path:
        return  # an empty database on a server, for nbgrader to fill
    if not {"assignment", "student", "alembic_version"} <= set(tables):
        raise ClassTaskError(
            f"{where} is a database, but not an nbgrader gradebook. Nothing was changed; "
            f"{restore_advice(coursedir)}."
        )


def copy_gradebook(source_engine, target: Path) -> None:
    """Copy the gradebook into a new SQLite file: every row and the schema's revision.

    Checked against nbgrader 0.9.6, which has no API for it: its tables are the ones that
    ``nbgrader.api.Base`` defines (its database migrations use the same), and the revision is in
    alembic's version table, which alembic's own API reads and writes.
    """
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from nbgrader.api import Base
    from nbgrader.dbutil import ALEMBIC_DIR
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{target}")
    with source_engine.connect() as read, engine.begin() as write:
        Base.metadata.create_all(write)
        for table in Base.metadata.sorted_tables:
            rows = [dict(row._mapping) for row in read.execute(table.select())]
            if rows:
                write.execute(table.insert(), rows)
        revision = MigrationContext.configure(read).get_current_revision()
        MigrationContext.configure(write).stamp(ScriptDirectory(ALEMBIC_DIR), revision)
    engine.dispose()


def backup_gradebook(coursedir, step: str) -> Path | None:
    """Copy the gradebook to backups/gradebook-<date>-<time>-before-<step>.db, a SQLite gradebook
    (from a gradebook on SQLite or on a server alike); keep the newest :data:`KEEP`. None when
    there is no gradebook yet (no file, or a new database with nothing in it)."""
    import sqlalchemy

    path = sqlite_file(coursedir)
    if path and not path.exists():
        return None
    engine = sqlalchemy.create_engine(coursedir.db_url)
    try:
        if "assignment" not in sqlalchemy.inspect(engine).get_table_names():
            return None
        folder = Path(coursedir.root, BACKUPS)
        folder.mkdir(exist_ok=True)
        stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
        target = folder / f"gradebook-{stamp}-before-{step}.db"
        for number in range(2, 10):  # steps within one second: .2 sorts after the first
            if not target.exists():
                break
            target = folder / f"gradebook-{stamp}.{number}-before-{step}.db"
        copy_gradebook(engine, target)
    finally:
        engine.dispose()
    for old in sorted(folder.glob("gradebook-*.db"))[:-KEEP]:
        old.unlink()
    return target


def keep_log(root, title: str, text: str) -> Path:
    """Append nbgrader's messages to logs/ai-course.log in the course folder; return its path
    relative to the course folder, to name in a message."""
    path = Path(root) / LOG
    path.parent.mkdir(exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"===== {datetime.now():%Y-%m-%d %H:%M:%S} {title}\n{text.rstrip()}\n\n")
    return LOG


@contextlib.contextmanager
def kept_on_failure(folder: Path):
    """Put ``folder`` back as it was if the block fails: nbgrader removes its old output (a
    student's feedback page, the student version of an assignment) before it makes the new one,
    and removes the new one if that fails."""
    with tempfile.TemporaryDirectory(prefix="ai-course-kept-") as scratch:
        kept = Path(scratch) / "kept"
        if folder.is_dir():
            shutil.copytree(folder, kept)
        try:
            yield
        except BaseException:
            if kept.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(kept, folder)
            raise


@contextlib.contextmanager
def written_whole(folder: Path):
    """Write files into a temporary folder inside ``folder``, then move each into ``folder``:
    only when the block ends without an error, and only files that are not empty. A broken step
    leaves the files that were there as they were."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        draft = Path(tempfile.mkdtemp(prefix=".draft-", dir=folder))
    except OSError as error:
        raise ClassTaskError(
            f"cannot write into {folder} ({error.strerror or error}): "
            "choose a folder you may write to with --output."
        ) from None
    try:
        yield draft
        files = sorted(draft.iterdir())
        empty = [path.name for path in files if path.stat().st_size == 0]
        if empty:
            raise ClassTaskError(f"{', '.join(empty)} came out empty; nothing was replaced.")
        for path in files:
            path.replace(folder / path.name)
    finally:
        shutil.rmtree(draft, ignore_errors=True)
