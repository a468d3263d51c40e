"""What the teacher guide and the hub recipe promise, checked against the code and the files.

The commands themselves run in the class tests (test_exchange.py runs README.md's list for
teachers, test_bad_inputs.py imports the recipe's roster, test_jupyterhub.py starts a hub with
the recipe's files); here: the recipe's settings for instructors, its links and figures, and the
guide's account of backups and grade files.
"""

import re
import urllib.parse

from traitlets.config.loader import PyFileConfigLoader

from common import ROOT
from course.teach import records, report

GUIDE = (ROOT / "teachers" / "README.md").read_text(encoding="utf-8")
RECIPE = (ROOT / "teachers" / "jupyterhub.md").read_text(encoding="utf-8")


def test_the_instructors_settings_point_nbgrader_at_the_course_in_the_home_folder(
    tmp_path, monkeypatch
):
    """The Formgrader reads these (its server starts in the home folder): with them it finds the
    course in ~/ai-at-work and the course's own settings, such as its solutions/ folder."""
    course = tmp_path / "ai-at-work"
    course.mkdir()
    (course / "nbgrader_config.py").write_text((ROOT / "nbgrader_config.py").read_text())
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = ROOT / "teachers" / "hub" / "jupyter" / "instructor"
    config = PyFileConfigLoader("nbgrader_config.py", path=str(folder)).load_config()
    assert config.CourseDirectory.root == str(course)
    assert config.CourseDirectory.source_directory == "solutions"
    assert "~/ai-at-work" in RECIPE and "instructor/nbgrader_config.py" in RECIPE


def test_the_nbgitpuller_link_opens_the_welcome_lesson():
    link = re.search(r"https://<your hub>/hub/user-redirect/git-pull\?(\S+)", RECIPE).group(1)
    query = dict(urllib.parse.parse_qsl(link))
    assert query["repo"].endswith("/ai-at-work") and query["branch"] == "main"
    lab, tree, folder, lesson = query["urlpath"].split("/", 3)
    assert (lab, tree, folder) == ("lab", "tree", "ai-at-work") and (ROOT / lesson).is_file()
    assert "sudo /opt/tljh/user/bin/pip install nbgitpuller" in RECIPE


def test_the_recipe_gives_the_memory_a_students_server_takes():
    measured = re.search(
        r"`(\d\d_\w+\.ipynb)`, from\s+top to bottom took about \*\*(\d+) MB\*\*", RECIPE
    )
    assert measured and (ROOT / "notebooks" / measured.group(1)).is_file()
    assert 100 < int(measured.group(2)) < 2000
    assert "sudo tljh-config set limits.memory" in RECIPE


def test_the_guide_and_the_recipe_say_how_many_backups_are_kept():
    assert f"newest {records.KEEP} are kept" in " ".join(GUIDE.split())
    assert f"newest {records.KEEP} copies are kept" in " ".join(RECIPE.split())
    assert f"{records.BACKUPS}/gradebook-<date>-<time>-before-<step>.db" in GUIDE


def test_the_guide_links_each_platforms_own_import_guide():
    for lms, platform in report.LMS.items():
        assert f"| `{lms}` |" in GUIDE and platform.guide in GUIDE, lms
