"""nbgrader settings: the repository root is the course directory. Run nbgrader from here."""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides get_config)

c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.course_id = "ai-at-work"
c.CourseDirectory.source_directory = "solutions"  # the instructor versions, with hidden tests
c.CourseDirectory.release_directory = "exercises"  # the student versions, generated from solutions/

# Seconds per cell when executing a notebook. Every cell of our solutions runs in well under a
# second; 30 s leaves slow student code room and stops an endless loop in a student's answer.
c.Execute.timeout = 30
