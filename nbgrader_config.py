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

# Feedback pages without the hidden tests' source or tracebacks (nbgrader issues #917 and #1363):
# nbgrader's own feedback preprocessors, then the course's (course/teach/feedback.py). This holds
# for `nbgrader generate_feedback`, the formgrader's feedback button and `ai-course feedback`.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "course.teach.feedback.HideHiddenTests",
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
