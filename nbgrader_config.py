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

# The exchange: the folder through which assignments, submissions and feedback travel between
# the teacher and the students (nbgrader's default place). This one setting is read by every
# `ai-course` and `nbgrader` command run in a copy of the course, and by JupyterLab's Assignments
# tab when JupyterLab runs in it (`ai-course start`). Make the folder once: teachers/README.md,
# "A class on one machine". On a class hub the hub's own settings say the same.
c.Exchange.root = "/srv/nbgrader/exchange"

# Feedback pages without the hidden tests' source or tracebacks (nbgrader issues #917 and #1363),
# and with a note where nbgrader's page would mislead (an answer not graded yet shown as 0, a
# KeyboardInterrupt traceback for a cell stopped at the time limit, a changed test cell put back):
# nbgrader's own feedback preprocessors, then the course's (course/teach/feedback.py). This holds
# for `nbgrader generate_feedback`, the formgrader's feedback button and `ai-course feedback`.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "course.teach.feedback.HideHiddenTests",
    "course.teach.feedback.FeedbackNotes",
]

# A solution region that only assigns values (`shortage_year = 7`) becomes `shortage_year = ...`
# with a comment in the students' version, not nbgrader's `raise NotImplementedError()`: learners
# who do not program fill in a value. Every other region gets nbgrader's own stub
# (course/teach/stubs.py).
c.GenerateAssignment.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.InstantiateTests",
    "nbgrader.preprocessors.LockCells",
    "course.teach.stubs.AnswerStubs",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.CheckCellMetadata",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.SaveCells",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.CheckCellMetadata",
]
