"""nbgrader settings of the Dutch course (`ai-course translate` writes it).

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
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER"
c.AnswerStubs.value_stub = "{name} = ...  # jouw antwoord: vervang ... door je antwoord"
