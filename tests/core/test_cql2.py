"""CQL2-text parsing, CQL2-JSON checks, writing back as text and combining with AND."""

from __future__ import annotations

import pytest

from plugin.core.cql2 import FilterError, and_all, parse_filter, parse_text, to_text
from plugin.core.sortby import SortError, check_fields, parse_sortby, sortby_text, supports_sort

CASES = [
    ('"eo:cloud_cover" < 5', {"op": "<", "args": [{"property": "eo:cloud_cover"}, 5]}),
    (
        "eo:cloud_cover <= 10.5 AND platform = 'sentinel-2a'",
        {"op": "and", "args": [
            {"op": "<=", "args": [{"property": "eo:cloud_cover"}, 10.5]},
            {"op": "=", "args": [{"property": "platform"}, "sentinel-2a"]},
        ]},
    ),
    (
        "platform IN ('a', 'b') OR NOT (x BETWEEN 1 AND 2)",
        {"op": "or", "args": [
            {"op": "in", "args": [{"property": "platform"}, ["a", "b"]]},
            {"op": "not", "args": [{"op": "between", "args": [{"property": "x"}, 1, 2]}]},
        ]},
    ),
    ("id LIKE 'S2%'", {"op": "like", "args": [{"property": "id"}, "S2%"]}),
    ("x IS NOT NULL", {"op": "not", "args": [{"op": "isNull", "args": [{"property": "x"}]}]}),
    (
        "datetime >= TIMESTAMP('2024-04-01T00:00:00Z')",
        {"op": ">=", "args": [{"property": "datetime"}, {"timestamp": "2024-04-01T00:00:00Z"}]},
    ),
    (
        "S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 0)))",
        {"op": "s_intersects", "args": [
            {"property": "geometry"},
            {"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]},
        ]},
    ),
    ("name = 'O''Brien'", {"op": "=", "args": [{"property": "name"}, "O'Brien"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_text_to_json_and_back(text, expected):
    assert parse_text(text) == expected
    assert parse_filter(to_text(expected)) == expected


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("eo:cloud_cover << 5", "character 17"),
        ("eo:cloud_cover <", "character 17"),
        ("x = 1 AND", "character 10"),
        ("(x = 1", "character 7"),
        ("platform", "character 9"),
        ("x BETWEEN 1", "character 12"),
        ('{"op": "<", "args": [1]}', "takes 2 argument"),
        ('{"op": "<", "args": ', "line 1, column 21"),
        ('{"op": "and", "args": [1, 2]}', "expected a condition"),
        ("x = 1 $", "unexpected character '$'"),
    ],
)
def test_malformed_filters_say_where(text, where):
    with pytest.raises(FilterError) as info:
        parse_filter(text)
    assert where in str(info.value)


def test_empty_filter_is_none_and_and_all_flattens():
    assert parse_filter("  ") is None and parse_filter(None) is None
    a = {"op": "=", "args": [{"property": "a"}, 1]}
    b = {"op": "=", "args": [{"property": "b"}, 2]}
    assert and_all(None, a) == a
    assert and_all({"op": "and", "args": [a, b]}, a) == {"op": "and", "args": [a, b, a]}
    assert and_all(None, None) is None


def test_sortby_parse_and_text():
    fields = parse_sortby("-eo:cloud_cover, datetime,+id")
    assert fields == [("eo:cloud_cover", "desc"), ("datetime", "asc"), ("id", "asc")]
    assert sortby_text(fields) == "-eo:cloud_cover,+datetime,+id"
    assert parse_sortby("properties.eo:cloud_cover") == [("eo:cloud_cover", "asc")]
    for bad in ("-", "eo cloud", "datetime,-datetime"):
        with pytest.raises(SortError):
            parse_sortby(bad)


def test_sort_conformance_any_version():
    for version in ("v1.0.0", "v1.1.0", "v1.0.0-rc.1", "v1.0.0-beta.4"):
        assert supports_sort([f"https://api.stacspec.org/{version}/item-search#sort"])
    assert not supports_sort(["https://api.stacspec.org/v1.0.0/item-search#filter"])


def test_unknown_sort_field_names_the_queryables():
    check_fields([("datetime", "desc"), ("eo:cloud_cover", "asc")], {"eo:cloud_cover"})
    check_fields([("anything", "asc")], None)
    with pytest.raises(SortError, match=r"Unknown sort field foo:bar.*eo:cloud_cover"):
        check_fields([("foo:bar", "asc")], {"eo:cloud_cover"})
