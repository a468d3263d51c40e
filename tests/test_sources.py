"""The bibliography itself."""

import re

from course import sources


def test_ids_are_unique_and_well_formed():
    ids = [source.id for source in sources._SOURCES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert sources.ILLUSTRATIVE not in ids
    for source in sources._SOURCES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", source.id), source.id
        assert source.authors and source.title and source.year and source.publisher, source.id
        assert not source.url or source.url.startswith("https://"), source.id


def test_unknown_id_names_the_known_ones():
    try:
        sources.get("nosuchsource1999")
    except KeyError as error:
        assert "canaries2025" in str(error)
    else:
        raise AssertionError("no KeyError")


def test_sources_render_as_a_markdown_list():
    text = sources.markdown("canaries2025", "linkedin2018")
    assert text.startswith(
        "- **canaries2025**: Erik Brynjolfsson, Bharat Chandar and Ruyu Chen (2025)."
    )
    assert text.count("\n- ") == 1 and "(secondary:" in text
