"""The house rules, in code: ruff (configured in pyproject.toml) finds nothing, and the code is
formatted as `ruff format` writes it. Notebooks are linted, not formatted."""

import subprocess
import sys
from pathlib import Path

from common import ROOT

RUFF = Path(sys.executable).parent / "ruff"


def ruff(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), *arguments], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = ruff("check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, f"run `ruff format .`:\n{result.stdout[-3000:]}{result.stderr}"
