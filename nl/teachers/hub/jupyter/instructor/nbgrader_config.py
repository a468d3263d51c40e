"""nbgrader's settings for instructors on the class hub (teachers/jupyterhub.md).

An instructor's server starts in their home folder, and the course is in ~/ai-at-work: without
these lines the Formgrader looks for the course in the home folder and lists no assignments. The
course's own settings come along (its solutions/ and exercises/ folders, its feedback steps).
"""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides get_config)

COURSE = Path.home() / "ai-at-work"  # where teachers/jupyterhub.md has instructors clone it
c.CourseDirectory.root = str(COURSE)
load_subconfig(str(COURSE / "nbgrader_config.py"))  # noqa: F821 (nbgrader provides it too)
