"""AI at Work: the importable part of the course.

Each topic has one module, named as its lesson and its assignment (``course.junior_paradox`` for
``notebooks/04_junior_paradox.ipynb``): its model, and its explorer last. The topics, in course
order, are listed once, in :mod:`course.topics`, and below.

Shared parts: ``course.sources`` (the bibliography), ``course.params`` (sourced defaults and
the checks on model parameters), ``course.data`` (checked CSV tables), ``course.selfcheck`` (the
checks that assignments call), ``course.ui`` (what every explorer shares) and ``course.cli``
(the ``ai-course`` command). The teacher's tools are in ``course.teach``.

``course.language("nl")`` makes everything the package writes Dutch (``course.i18n``): a Dutch
notebook starts with that line.

``import course`` stays light on purpose: pandas, matplotlib and ipywidgets load only when a
topic module or an explorer needs them, and the teacher's tools only when a teacher runs them.

The topics:

"""

from course.i18n import language as language  # course.language("nl")
from course.topics import TOPICS as _TOPICS

__version__ = "0.1.0"
__doc__ += "\n".join(f"- ``course.{t.name}``: {t.number} {t.title}" for t in _TOPICS)
