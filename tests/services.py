"""Real servers on loopback for the tests: PostgreSQL (Debian's packages) and free ports.

Nothing is mocked. A server that this machine lacks skips its tests, except in CI (``CI`` set, as
``.ci/run`` does), where a missing server is a failure: CI installs them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from common import free_port


def missing(what: str):
    """Skip (on a developer's machine) or fail (in CI) when a server is not installed."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is not installed; .ci/run installs it")
    pytest.skip(f"{what} is not installed (Debian: see .ci/run)")


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's server programs: Debian keeps them off PATH."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return check()
        except Exception as error:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} did not start within {seconds} s: {error}") from error
            time.sleep(0.2)


@contextlib.contextmanager
def postgres():
    """A fresh PostgreSQL server on 127.0.0.1 with an empty database; yields its SQLAlchemy URL.

    PostgreSQL refuses to run as root, so as root it runs as Debian's `postgres` user.
    """
    import psycopg

    bin_dir = postgres_bin()
    if bin_dir is None:
        missing("PostgreSQL (the postgresql package)")
    folder = Path(tempfile.mkdtemp(prefix="ai-course-postgres-"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, port = folder / "data", free_port()
    subprocess.run(
        [
            bin_dir / "initdb",
            "-D",
            data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        user=user,
        check=True,
        capture_output=True,
    )
    server = subprocess.Popen(
        [
            bin_dir / "postgres",
            "-D",
            data,
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-k",
            folder,
            "-c",
            "fsync=off",
        ],
        user=user,
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "server.log", "wb"),
    )
    try:
        address = f"host=127.0.0.1 port={port} user=postgres"
        connection = wait_for(
            lambda: psycopg.connect(f"{address} dbname=postgres", autocommit=True), 60, "PostgreSQL"
        )
        with connection:
            connection.execute("CREATE DATABASE gradebook")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/gradebook"
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
