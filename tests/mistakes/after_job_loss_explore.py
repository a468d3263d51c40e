"""Mistakes in the after_job_loss_explore assignment: answers in the wrong form. The visible
checks test the form only (a share, a letter): more would give the answer away."""

from mistakes import Mistake

MISTAKES = [
    Mistake(
        "poverty_without_fluency",
        "left blank",
        "poverty_without_fluency = ...",
        "Replace ... with your answer",
    ),
    Mistake(
        "poverty_without_fluency",
        "a percentage",
        "poverty_without_fluency = 22.2",
        "not a percentage",
    ),
    Mistake(
        "poverty_without_fluency",
        "the percentage as text",
        'poverty_without_fluency = "22.2%"',
        "single number",
    ),
    Mistake("poverty_at_30", "a percentage", "poverty_at_30 = 4.5", "not a percentage"),
    Mistake("poverty_at_30", "a negative share", "poverty_at_30 = -0.045", "from 0 to 1"),
    Mistake("poverty_at_30", "left blank", "poverty_at_30 = ...", "Replace ... with your answer"),
    Mistake(
        "why_poverty_fell", "a number instead of a letter", "why_poverty_fell = 2", "one letter"
    ),
    Mistake(
        "why_poverty_fell",
        "the text of the option",
        'why_poverty_fell = "The median income fell"',
        "one letter",
    ),
    Mistake("wealth_tax_for_ubi", "a percentage", "wealth_tax_for_ubi = 5", "not a percentage"),
    Mistake(
        "wealth_tax_for_ubi", "a percentage as text", 'wealth_tax_for_ubi = "5%"', "single number"
    ),
    Mistake(
        "wealth_tax_for_ubi",
        "the budget's shortfall in billions",
        "wealth_tax_for_ubi = 104",
        "A share is from 0 to 1",
    ),
    Mistake("tax_shift", "a word instead of a letter", 'tax_shift = "rises"', "one letter"),
    Mistake("tax_shift", "left blank", "tax_shift = ...", "Replace ... with your answer"),
    Mistake(
        "labels",
        "the word instead of its letter",
        'label_1 = "Opinion"\nlabel_2 = "A"\nlabel_3 = "B"',
        '"A", "B", "C"',
    ),
    Mistake(
        "labels",
        "a letter that is not a label",
        'label_1 = "C"\nlabel_2 = "D"\nlabel_3 = "B"',
        '"A", "B", "C"',
    ),
    Mistake("wrong_sentence", "two letters", 'wrong_sentence = "B and D"', "one letter"),
    Mistake("wrong_sentence", "a number", "wrong_sentence = 2", "one letter"),
]
