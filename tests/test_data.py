"""The shared table loader: good tables load typed, broken ones fail with a clear message."""

import pytest

from course.data import Column, load

SCHEMA = {"name": Column(), "share": Column("number", 0, 1), "count": Column("whole", 0)}


def write(tmp_path, text):
    (tmp_path / "example.csv").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_good_table_loads_with_its_types(tmp_path):
    table = load(
        "example",
        SCHEMA,
        write(
            tmp_path,
            "name,share,count,source\nclerk, 0.54,3,gmyrek2025\nnurse,0.1,0,illustrative\n",
        ),
    )
    assert table["share"].tolist() == [0.54, 0.1]
    assert table["count"].tolist() == [3, 0] and table["count"].dtype.kind == "i"
    assert table["name"].tolist() == ["clerk", "nurse"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("name,share,source\nclerk,0.5,illustrative\n", "must have the columns"),
        (
            "name,share,count,source\nclerk,1.5,3,illustrative\n",
            "column 'share': line\\(s\\) 2 must hold a number from 0 to 1",
        ),
        ("name,share,count,source\nclerk,half,3,illustrative\n", "column 'share'"),
        ("name,share,count,source\nclerk,0.5,2.5,illustrative\n", "column 'count'.*whole"),
        ("name,share,count,source\n,0.5,2,illustrative\n", "column 'name'"),
        ("name,share,count,source\nclerk,0.5,2,nosuch1999\n", "unknown source id"),
        ("", "cannot be read"),
    ],
)
def test_a_broken_table_fails_with_a_clear_message(tmp_path, text, words):
    with pytest.raises(ValueError, match=words):
        load("example", SCHEMA, write(tmp_path, text))


def test_a_missing_file_fails_with_a_clear_message(tmp_path):
    with pytest.raises(ValueError, match="course/data/absent.csv cannot be read"):
        load("absent", SCHEMA, tmp_path)
