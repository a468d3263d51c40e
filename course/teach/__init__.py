"""The teacher's tools: a class through nbgrader, from release to report, and the teacher guide.

- :mod:`course.teach.classroom`: find the course folder, read nbgrader's settings, release,
  collect and make feedback, student by student;
- :mod:`course.teach.grading`: autograde a class in parallel, nbgrader doing every grade;
- :mod:`course.teach.feedback`: feedback pages without the hidden tests;
- :mod:`course.teach.report`: the class report (CSV, a plot and a web page) and grade files for
  learning platforms;
- :mod:`course.teach.records`: the gradebook checked before each step and copied before a change,
  reports written whole, nbgrader's messages kept in a log;
- :mod:`course.teach.guide`: the generated part of the teacher guide.

The ``ai-course`` command (:mod:`course.cli`) runs them. Students never need this package: no
topic module imports from it (a test checks), and ``import course`` does not load it.
"""
