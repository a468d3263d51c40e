"""The package as a whole: a light `import course`, and `ai-course start`."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from urllib.error import HTTPError

import pytest
import yaml
from packaging.specifiers import SpecifierSet

from common import ROOT, course_files, free_port, tool_env

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from course import cli, topics
from course.teach import classroom

# What a student's `import course` must not load: the heavy libraries (they load with a model or an
# explorer) and the teacher's tools.
HEAVY = ("pandas", "numpy", "matplotlib", "ipywidgets", "nbgrader", "sqlalchemy", "multiprocessing")


def modules_loaded_by(statement: str) -> list[str]:
    code = (
        f"import sys; {statement}; "
        f"print(sorted(m for m in sys.modules if m in {HEAVY!r} or m.startswith('course.teach')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return eval(out.stdout)


def test_import_course_loads_no_heavy_library():
    loaded = modules_loaded_by(
        "import course, course.sources, course.selfcheck, course.topics, course.cli"
    )
    assert loaded == []


@pytest.mark.parametrize("topic", [t.name for t in topics.TOPICS])
def test_a_topic_model_loads_plotting_and_widgets_only_for_its_explorer(topic):
    loaded = modules_loaded_by(f"from course import {topic}")
    assert set(loaded) <= {"pandas", "numpy"}, loaded


def test_the_course_folder_is_found_the_same_way_by_every_command(tmp_path, monkeypatch):
    assert classroom.course_directory(ROOT / "notebooks") == ROOT
    # a folder with only nbgrader's settings is a course folder, for the guide as for grading
    (tmp_path / "nbgrader_config.py").write_text("")
    (tmp_path / "sub").mkdir()
    assert classroom.course_directory(tmp_path / "sub") == tmp_path
    assert classroom.course_directory(tmp_path / "sub", installed=True) == tmp_path
    # outside any course, only a student's `ai-course start` falls back to the installed course
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    assert classroom.course_directory(outside, installed=True) == ROOT
    with pytest.raises(classroom.ClassTaskError, match="run this command inside the course folder"):
        classroom.course_directory(outside)
    monkeypatch.chdir(outside)
    assert cli.main(["guide", "--check"]) == 1
    command = cli.lab_command(ROOT, ["--no-browser"])
    assert f"--ServerApp.root_dir={ROOT}" in command
    assert "--LabApp.default_url=/lab/tree/notebooks/00_welcome.ipynb" in command


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def test_ai_course_start_opens_jupyterlab_at_the_welcome_lesson(tmp_path):
    port, token = free_port(), "course-test"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "course.cli",
            "start",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            "--allow-root",
            f"--LabApp.user_settings_dir={tmp_path / 'settings'}",
            f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
        ],
        cwd=ROOT / "notebooks",
        env=tool_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a process group of its own, to check that nothing outlives it
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                assert server.poll() is None, "JupyterLab exited"
                assert time.monotonic() < deadline, "JupyterLab did not answer within 60 s"
                time.sleep(0.3)
        # The landing page redirects to the welcome lesson ...
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(f"{base}/?token={token}", timeout=10)
            location = None
        except HTTPError as redirect:
            location = redirect.headers["Location"]
        assert location.split("?")[0].endswith("/lab/tree/notebooks/00_welcome.ipynb")
        # ... and the server's root is the course folder, so exercises/ is reachable too.
        for path in ("notebooks/00_welcome.ipynb", "exercises"):
            with urllib.request.urlopen(
                f"{base}/api/contents/{path}?token={token}&content=0", timeout=10
            ) as reply:
                assert json.load(reply)["path"] == path
    finally:
        # `ai-course start` has become JupyterLab itself: stopping it must leave no server behind
        server.terminate()
        server.wait(timeout=20)
        assert subprocess.run(["pgrep", "-g", str(server.pid)], capture_output=True).stdout == b""


def quick_start_commands(name: str = "README.md", section: str = "## Quick start") -> list[str]:
    readme = (ROOT / name).read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme.split(section)[1].split("\n## ")[0], re.S)
    return [
        line for block in blocks for line in block.splitlines() if line and not line.startswith("#")
    ]


def test_readme_has_two_quick_start_commands_and_ci_runs_the_test_one():
    start, test = quick_start_commands()
    assert start.endswith("ai-course start") and test.endswith("pytest")
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_dutch_readme_has_the_same_two_commands_in_dutch():
    start, test = quick_start_commands("README.nl.md", "## Snel beginnen")
    assert start == quick_start_commands()[0] + " --lang nl"
    assert test == quick_start_commands()[1]


def test_binder_opens_the_welcome_lesson_with_the_package_installed():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "mybinder.org/v2/gh/" in readme and f"?urlpath=lab/tree/{topics.WELCOME})" in readme
    dutch = (ROOT / "README.nl.md").read_text(encoding="utf-8")
    assert f"?urlpath=lab/tree/nl/{topics.WELCOME})" in dutch and "(README.nl.md)" in readme
    # repo2docker installs environment.yml before copying the repository: the package goes in
    # postBuild
    assert "pip install --no-deps -e ." in (ROOT / "postBuild").read_text(encoding="utf-8")


def test_environment_yml_and_pyproject_declare_the_same_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))["dependencies"]
    listed = [d for d in listed if isinstance(d, str)] + [
        d for e in listed if isinstance(e, dict) for d in e["pip"]
    ]
    python = [d for d in listed if re.match(r"python\b", d)]
    assert set(listed) - set(python) - {"pip"} == set(project["dependencies"])
    [pin] = python
    assert SpecifierSet(project["requires-python"]).contains(pin.split("=")[-1] + ".0"), pin


def test_repo2docker_installs_the_environment_first_and_the_course_after_copying_it():
    """repo2docker's own build script for this repository, rendered without Docker: what Binder
    runs."""
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "repo2docker",
            "--no-build",
            "--user-id",
            "1000",
            "--user-name",
            "jovyan",
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        env=tool_env(),
    )
    assert build.returncode == 0, build.stderr[-2000:]
    steps = build.stdout.splitlines()

    def step(text: str) -> int:
        return next(i for i, line in enumerate(steps) if text in line and not line.startswith("#"))

    environment = step("COPY --chown=1000:1000 src/environment.yml ${REPO_DIR}/environment.yml")
    install = step('env update -p ${NB_PYTHON_PREFIX} --file "environment.yml"')
    course = step("COPY --chown=1000:1000 src/ ${REPO_DIR}/")
    post_build = step("RUN ./postBuild")
    assert environment < install < course < post_build
    # Jupyter starts in the repository, so the README's urlpath lab/tree/notebooks/... resolves
    assert step("WORKDIR ${REPO_DIR}") < step("CMD [")
    assert (ROOT / topics.WELCOME).is_file()


def test_the_repository_stands_on_its_own():
    """Nothing in the repository points to the course team's private notes: what a contributor
    needs is written into CONTRIBUTING.md."""
    private = re.compile(r"\.\./shared|DESIGN\.md|evidence\.md|TOOLING-NOTES")
    found = [
        path.relative_to(ROOT).as_posix()
        for path in course_files("")
        if path != ROOT / "tests" / "test_package.py"
        and private.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not found, f"these files point outside the repository: {found}"


def test_ai_course_start_lang_nl_opens_the_dutch_course(monkeypatch):
    ran = []

    def instead_of_jupyterlab(program, command=None):
        ran.append(command or program)
        raise SystemExit(0)  # os.execv does not return

    monkeypatch.setattr(os, "execv", instead_of_jupyterlab)
    monkeypatch.setattr(subprocess, "call", instead_of_jupyterlab)
    monkeypatch.chdir(ROOT / "notebooks")
    with pytest.raises(SystemExit):
        cli.main(["start", "--lang", "nl", "--no-browser"])
    [command] = ran
    assert f"--ServerApp.root_dir={ROOT / 'nl'}" in command
    assert "--LabApp.default_url=/lab/tree/notebooks/00_welcome.ipynb" in command
