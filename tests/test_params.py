"""The shared parameter helpers every model uses."""

from dataclasses import dataclass

import pytest

from course import params


def test_a_default_must_name_a_known_source():
    with pytest.raises(KeyError, match="unknown source id 'nosuch2020'"):
        params.param(1.0, "nosuch2020", "a meaning")


def test_assumptions_table_lists_default_meaning_and_source():
    @dataclass(frozen=True)
    class Example:
        rate: float = params.param(0.13, "linkedin2018", "share leaving per year")
        size: int = params.param(10, "illustrative", "people")

    table = params.assumptions(Example)
    assert table.loc["rate"].tolist() == [0.13, "share leaving per year", "linkedin2018"]
    assert table.loc["size", "source"] == "illustrative"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "3", None, True])
def test_number_refuses_what_is_not_a_finite_number(value):
    with pytest.raises(ValueError, match="x must be a finite number"):
        params.number("x", value)


@pytest.mark.parametrize("value, below_one", [(-0.01, False), (1.01, False), (1.0, True)])
def test_share_refuses_values_outside_its_range(value, below_one):
    with pytest.raises(ValueError, match="s is a share"):
        params.share("s", value, below_one=below_one)


def test_share_and_whole_accept_their_edges():
    params.share("s", 0.0)
    params.share("s", 1.0)
    params.whole("n", 3, minimum=3)
    with pytest.raises(ValueError, match="n must be a whole number, 3 or more"):
        params.whole("n", 2, minimum=3)
    with pytest.raises(ValueError, match="whole number"):
        params.whole("n", 2.0)
