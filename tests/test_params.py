"""The shared parameter helpers every model uses."""

import importlib
from dataclasses import dataclass, fields, is_dataclass

import pytest

from common import TOPIC_NAMES
from course import params
from course.sources import BIBLIOGRAPHY, ILLUSTRATIVE


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


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "3", None, True, 10**400])
def test_number_refuses_what_is_not_a_finite_number(value):
    with pytest.raises(ValueError, match="x must be a finite number"):
        params.number("x", value)


def test_a_huge_value_is_shown_cut_short():
    with pytest.raises(ValueError) as error:
        params.number("x", 10**400)
    assert len(str(error.value)) < 100 and str(error.value).endswith("....")


@pytest.mark.parametrize(
    "value, options, words",
    [
        (-1, {}, "x must be 0 or more, not -1"),
        (0, {"above": True, "unit": "seconds"}, "x must be more than 0 seconds, not 0"),
        (0.5, {"minimum": 1, "unit": "years"}, "x must be 1 or more years, not 0.5"),
        (float("nan"), {}, "x must be a finite number"),
        (False, {}, "x must be a finite number"),
    ],
)
def test_amount_refuses_what_is_below_its_minimum_or_no_number(value, options, words):
    with pytest.raises(ValueError, match=words):
        params.amount("x", value, **options)


def test_amount_accepts_its_edges():
    params.amount("x", 0)
    params.amount("x", 1, minimum=1)
    params.amount("x", 1e-300, above=True)


def test_a_share_typed_as_a_percentage_gets_a_hint():
    with pytest.raises(ValueError, match=r"\(70 % is 0.7\), not 70"):
        params.share("s", 70)
    with pytest.raises(ValueError, match=r"from 0 to 1, not 1.5"):
        params.share("s", 1.5)


@pytest.mark.parametrize(
    "values", [[], [1, "2"], [True, 2.0], [1, float("nan")], [[1, 2]], None, "12", [10**400]]
)
def test_numbers_refuses_what_is_not_a_list_of_finite_numbers(values):
    with pytest.raises(ValueError, match="x must be a list of finite numbers"):
        params.numbers("x", values)


def test_numbers_gives_an_array_of_floats():
    import numpy as np

    assert params.numbers("x", (1, 2.5)).tolist() == [1.0, 2.5]
    assert params.numbers("x", np.arange(3)).dtype == float


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


def parameter_classes(module) -> list:
    """The dataclasses of a topic whose fields are made with ``params.param``."""
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and is_dataclass(value)
        and value.__module__ == module.__name__
        and any("source" in f.metadata for f in fields(value))
    ]


@pytest.mark.parametrize("topic", TOPIC_NAMES)
def test_every_default_of_a_topic_has_a_source_a_meaning_and_a_row_in_its_table(topic):
    module = importlib.import_module(f"course.{topic}")
    classes = parameter_classes(module)
    assert classes, "the model keeps no parameters in a dataclass made with params.param"
    names = []
    for parameters in classes:
        for field in fields(parameters):
            source = field.metadata.get("source")
            assert source == ILLUSTRATIVE or source in BIBLIOGRAPHY, (field.name, source)
            assert field.metadata["meaning"], field.name
            names.append(field.name)
    table = module.assumptions()
    assert sorted(table.index.get_level_values(-1)) == sorted(names)
