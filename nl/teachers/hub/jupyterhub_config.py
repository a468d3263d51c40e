"""JupyterHub settings for a class hub that runs AI at Work (teachers/jupyterhub.md).

Each user's server gets configuration folders in front of its own, on JUPYTER_CONFIG_PATH:

- ``jupyter/student/`` or ``jupyter/instructor/``, by role: students get nbgrader's student tools
  only (the Assignments tab and Validate); instructors get the teacher's tools too (Formgrader,
  the course list, Create Assignment);
- ``jupyter/``, for everyone: nbgrader_config.py with the course id and the exchange.

Instructors are JupyterHub's admins and the members of the group ``instructors`` (add graders
there in the hub's admin page). Folders on JUPYTER_CONFIG_PATH come before the environment's own
settings, whoever owns the environment, so the role always wins.

TLJH: link this file into /opt/tljh/config/jupyterhub_config.d/ and run `sudo tljh-config reload`.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub provides get_config)

FOLDERS = Path(__file__).resolve().parent / "jupyter"  # resolve(): the link in jupyterhub_config.d/


def is_instructor(user) -> bool:
    return user.admin or any(group.name == "instructors" for group in user.groups)


def config_path(spawner) -> str:
    role = "instructor" if is_instructor(spawner.user) else "student"
    return os.pathsep.join([str(FOLDERS / role), str(FOLDERS)])


c.Spawner.environment.update({"JUPYTER_CONFIG_PATH": config_path})
