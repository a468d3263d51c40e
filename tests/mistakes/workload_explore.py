"""Mistakes in the workload_explore assignment: answers in the wrong form. The visible checks test
the form only (a number, a share, a letter): more would give the answer away."""

from mistakes import Mistake

BLANK = "Replace ... with your answer"

MISTAKES = [
    Mistake("occupancy_keep", "left blank", "occupancy_keep = ...", BLANK),
    Mistake("occupancy_keep", "a percentage", "occupancy_keep = 71", "not a percentage"),
    Mistake("occupancy_keep", "a percentage as text", 'occupancy_keep = "71%"', "single number"),
    Mistake("agents_b", "the number in quotes", 'agents_b = "34"', "without quotes"),
    Mistake("agents_b", "a fraction of an agent", "agents_b = 34.5", "whole number"),
    Mistake("agents_b", "the share of the team kept", "agents_b = 0.85", "whole number"),
    Mistake("light_moments_b", "left blank", "light_moments_b = ...", BLANK),
    Mistake("light_moments_b", "the number as text", 'light_moments_b = "2.5"', "single number"),
    Mistake(
        "light_moments_b", "a decimal comma read as tens", "light_moments_b = 25", "from 0 to 10"
    ),
    Mistake(
        "agents_summaries_only",
        "the seconds instead of agents",
        "agents_summaries_only = 300",
        "from 1 to 80",
    ),
    Mistake("agents_summaries_only", "left blank", "agents_summaries_only = ...", BLANK),
    Mistake("freed_time", "a number instead of a letter", "freed_time = 2", "one letter in quotes"),
    Mistake("freed_time", "two letters", 'freed_time = "B, C"', "one letter in quotes"),
    Mistake("agent_after", "left blank", "agent_after = ...", BLANK),
    Mistake(
        "agent_after", "the text of the option", 'agent_after = "Heavier"', "one letter in quotes"
    ),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Opinion"\nlabel_2 = "A"\nlabel_3 = "B"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a letter that is not a label",
        'label_1 = "C"\nlabel_2 = "A"\nlabel_3 = "D"',
        '"A", "B", "C"',
    ),
    Mistake("labels", "a label left blank", 'label_1 = "C"\nlabel_2 = ...\nlabel_3 = "B"', BLANK),
    Mistake("fix_sentence", "a letter that is not a choice", 'fix_sentence = "E"', "one letter"),
    Mistake("fix_sentence", "left blank", "fix_sentence = ...", BLANK),
]
