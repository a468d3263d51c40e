"""AI at Work: the importable part of the course.

Each topic has one module, named as its lesson and its assignment:

- ``course.junior_paradox``: effect 3, who becomes senior when AI takes junior work?

Shared parts: ``course.sources`` (the bibliography), ``course.params`` (sourced defaults and
the checks on model parameters), ``course.data`` (checked CSV tables), ``course.selfcheck`` (the checks that assignments call),
``course.ui`` (what every explorer shares) and ``course.cli`` (the ``ai-course`` command).

``import course`` stays light on purpose: pandas, matplotlib and ipywidgets load only when a
topic module or an explorer needs them.
"""

__version__ = "0.1.0"
