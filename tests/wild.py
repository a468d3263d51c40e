"""What a learner could pass where a model wants a number: hypothesis strategies for the
properties that every public model function gives a sensible, finite result or a ValueError
(never another exception, a NaN or an infinity)."""

import math

from hypothesis import strategies as st

# The values that broke models before: huge and tiny numbers, a whole number too large for a
# float, zero, negative numbers, NaN and infinity.
EDGES = [0, 0.0, -0.0, 1, -1, 0.5, 1e-300, 5e-324, 1e300, 1e308, -1e308, 10**400]
EDGES += [math.nan, math.inf, -math.inf]

numbers = st.one_of(
    st.sampled_from(EDGES),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**20), 10**20),
)
# Not numbers, but easy to pass by mistake: a yes/no, nothing, text (also text that looks like
# a number).
not_numbers = st.sampled_from([True, False, None, "", "1", "0.5", "nan", "many"])
anything = st.one_of(numbers, not_numbers)


def finite(*values) -> bool:
    """Whether every value is a finite number (a yes/no or text is not a number)."""
    return all(
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        for value in values
    )
