"""nbgrader's settings for every account on the class hub (teachers/jupyterhub.md).

The hub puts this folder on every server's JUPYTER_CONFIG_PATH (see ../jupyterhub_config.py).
The instructor's course folder has its own nbgrader_config.py on top of this one.
"""

c = get_config()  # noqa: F821 (nbgrader provides get_config)

c.CourseDirectory.course_id = "ai-at-work"  # the same id as the course folder's nbgrader_config.py
c.Exchange.root = "/srv/nbgrader/exchange"  # one folder on the hub that every account may write to
