"""AI at Work: the importable part of the course.

Each topic has one module, named as its lesson and its assignment:

- ``course.three_effects``: jobs created, disappearing and changing; a job as a bundle of tasks
- ``course.hidden_substitution``: effect 1, the substitution of people by AI that nobody notices
- ``course.after_job_loss``: effect 2, consequences for individuals, basic income, a widening gap
- ``course.junior_paradox``: effect 3, who becomes senior when AI takes junior work?
- ``course.workload``: effect 4, a contact centre where AI frees time, and who gets it
- ``course.meaning_of_work``: effect 5, meaning, autonomy and connective labour
- ``course.ai_strategy``: AI fluency and an AI strategy that shares the gains

Shared parts: ``course.sources`` (the bibliography), ``course.params`` (sourced defaults and
the checks on model parameters), ``course.data`` (checked CSV tables), ``course.selfcheck`` (the checks that assignments call),
``course.ui`` (what every explorer shares) and ``course.cli`` (the ``ai-course`` command).

``import course`` stays light on purpose: pandas, matplotlib and ipywidgets load only when a
topic module or an explorer needs them.
"""

__version__ = "0.1.0"
