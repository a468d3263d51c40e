"""A smoke test of the class-hub recipe (teachers/jupyterhub.md): a real JupyterHub on loopback.

The hub has an instructor (a JupyterHub admin) and two students. It loads the recipe's
teachers/hub/jupyterhub_config.py, which gives each server its role's settings and nbgrader's
settings for everyone; the course is installed in the users' environment (this one); the
instructor releases the assignment with `ai-course release` from the course in ~/ai-at-work. The
test checks what each one sees: the student's Assignments tab lists the released assignment, the
instructor's Formgrader lists the course's assignments. What differs from a class hub, so
that it runs in a test: JupyterHub's test authenticator and SimpleLocalProcessSpawner (every
account is this operating-system user, with a home folder of its own), and the exchange in a
temporary folder. The proxy is configurable-http-proxy from npm.
"""

import contextlib
import functools
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import urllib.request
from urllib.error import HTTPError

import pytest

from common import CLASS_ASSIGNMENT, ROOT, free_port, tool_env
from course import cli
from course.teach import classroom
from services import missing, wait_for
from simulated import scratch_course

pytestmark = pytest.mark.slow  # a hub, a proxy and two servers: ~30 s

ASSIGNMENT = CLASS_ASSIGNMENT
USERS = {"instructor": "instructor", "student-1": "student", "student-2": "student"}
STARTED = ("instructor", "student-1")  # a server each for one student and the instructor


class Hub:
    def __init__(self, url: str, token: str):
        self.url, self.token = url, token

    def request(self, path: str, method: str = "GET", data: dict | None = None):
        body = json.dumps(data).encode() if data is not None else None
        request = urllib.request.Request(
            self.url + path,
            method=method,
            data=body,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=30) as reply:
            content = reply.read()
            return reply.status, (
                json.loads(content)
                if content.strip().startswith((b"{", b"["))
                else content.decode()
            )

    def status(self, path: str) -> int:
        try:
            return self.request(path)[0]
        except HTTPError as error:
            return error.code


def hub_config(folder, port: int, token: str, settings, proxy: str) -> str:
    """The test's hub: loopback ports, test accounts, then the recipe's settings."""
    return f"""
import os
c = get_config()
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = {str(folder / "proxy.pid")!r}
c.JupyterHub.db_url = "sqlite:///{folder / "jupyterhub.sqlite"}"
c.JupyterHub.cookie_secret_file = {str(folder / "cookie_secret")!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {set(USERS)!r}
c.Authenticator.admin_users = {{"instructor"}}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(folder / "home" / "{username}")!r}
c.Spawner.default_url = "/lab"
# the test may run as root; a hub's users never do
c.Spawner.args = {["--allow-root"] if os.geteuid() == 0 else []!r}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.services = [{{"name": "smoke-test", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "smoke-test", "services": ["smoke-test"],
                             "scopes": ["admin:users", "admin:servers", "access:servers"]}}]

c.Spawner.environment = {{}}
load_subconfig({str(ROOT / "teachers" / "hub" / "jupyterhub_config.py")!r})  # the recipe
recipe = c.Spawner.environment["JUPYTER_CONFIG_PATH"]
c.Spawner.environment["JUPYTER_CONFIG_PATH"] = (
    lambda spawner: {str(settings)!r} + os.pathsep + recipe(spawner)
)
"""


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    proxy = shutil.which("configurable-http-proxy", path=tool_env()["PATH"])
    if proxy is None:
        missing("configurable-http-proxy (npm install -g --prefix .venv configurable-http-proxy@4)")
    folder = tmp_path_factory.mktemp("hub")
    env = tool_env()
    os.environ["PATH"] = env["PATH"]

    # The instructor releases the assignment from the course folder in their home.
    exchange = folder / "exchange"
    exchange.mkdir()
    course = scratch_course(folder / "home" / "instructor" / "ai-at-work", [ASSIGNMENT])
    with classroom.working_directory(course), contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["release", ASSIGNMENT, f"--Exchange.root={exchange}"]) == 0

    # The recipe's nbgrader settings, with the exchange moved to the test's folder.
    settings = folder / "test-settings"
    settings.mkdir()
    (settings / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\n"
    )

    port, token = free_port(), secrets.token_hex(16)
    (folder / "jupyterhub_config.py").write_text(hub_config(folder, port, token, settings, proxy))
    log = open(folder / "jupyterhub.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterhub", "-f", str(folder / "jupyterhub_config.py")],
        cwd=folder,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    hub = Hub(f"http://127.0.0.1:{port}", token)
    hub.homes = folder / "home"
    try:
        wait_for(lambda: hub.request("/hub/api/"), 120, "JupyterHub")
        for user in STARTED:
            hub.request(f"/hub/api/users/{user}/server", method="POST", data={})
        for user in STARTED:
            wait_for(functools.partial(ready, hub, user), 180, f"{user}'s server")
        yield hub
    except Exception:
        print((folder / "jupyterhub.log").read_text()[-5000:])
        raise
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def ready(hub: Hub, user: str) -> bool:
    _, model = hub.request(f"/hub/api/users/{user}")
    if not model["servers"].get("", {}).get("ready"):
        raise RuntimeError("not ready yet")
    return True


def test_the_hub_has_the_instructor_and_two_students(hub):
    _, users = hub.request("/hub/api/users")
    assert sorted(u["name"] for u in users) == sorted(USERS)
    assert [u["name"] for u in users if u["admin"]] == ["instructor"]


def test_a_students_server_shows_the_released_assignment_through_nbgrader(hub):
    status, reply = hub.request("/user/student-1/assignments?course_id=ai-at-work")
    assert status == 200 and reply["success"], reply
    released = [(a["course_id"], a["assignment_id"], a["status"]) for a in reply["value"]]
    assert ("ai-at-work", ASSIGNMENT, "released") in released


def test_the_instructors_formgrader_lists_the_courses_assignments(hub):
    """The instructor's server starts in their home folder, the course is in ~/ai-at-work: the
    recipe's instructor settings point nbgrader there, or the Formgrader lists nothing."""
    status, assignments = hub.request("/user/instructor/formgrader/api/assignments")
    assert status == 200 and [a["name"] for a in assignments] == [ASSIGNMENT], assignments
    # the course's gradebook, not a new empty one in the home folder
    assert not (hub.homes / "instructor" / "gradebook.db").exists()


def test_only_the_instructor_has_the_teacher_tools(hub):
    for user in STARTED:
        role = USERS[user]
        for tool in ("formgrader", "formgraders"):  # nbgrader's formgrader and course list
            expected = 404 if role == "student" else 200
            assert hub.status(f"/user/{user}/{tool}") == expected, (user, tool)
        page = hub.request(f"/user/{user}/lab")[1]
        config = json.loads(
            page.split('id="jupyter-config-data"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
        )
        disabled = set(config["disabledExtensions"])
        assert ("@jupyter/nbgrader:formgrader" in disabled) == (role == "student"), user
        # everyone has the Assignments tab
        assert "@jupyter/nbgrader:assignment-list" not in disabled
