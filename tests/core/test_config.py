"""The typed defaults: stored text becomes typed values in range; what cannot is left to the default."""

from __future__ import annotations

import logging

import pytest

from plugin.core.config import (
    DEFAULT_NAMES,
    DEFAULTS,
    RANGES,
    STRETCHES,
    Defaults,
    parse_defaults,
    parse_value,
)


def test_every_default_lies_in_its_range() -> None:
    for name, (low, high) in RANGES.items():
        assert low <= getattr(DEFAULTS, name) <= high
    assert DEFAULTS.stretch in STRETCHES
    assert set(RANGES) | {"show_thumbnails", "stretch"} == set(DEFAULT_NAMES)


@pytest.mark.parametrize(
    ("name", "stored", "expected"),
    [
        ("timeout_s", "45", 45),
        ("timeout_s", 12.6, 13),
        ("timeout_s", 0, 1),
        ("page_size", "100000", 1000),
        ("parallel_opens", -3, 1),
        ("show_thumbnails", "false", False),
        ("show_thumbnails", "true", True),
        ("show_thumbnails", 0, False),
        ("stretch", "std_dev", "std_dev"),
    ],
)
def test_stored_values_are_typed_and_brought_into_range(name: str, stored: object, expected: object) -> None:
    assert parse_value(name, stored) == expected


def test_malformed_values_are_left_out_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    stored = {"timeout_s": "soon", "page_size": "inf", "show_thumbnails": "maybe", "stretch": "sepia",
              "parallel_opens": "4", "unknown": 1}
    with caplog.at_level(logging.WARNING, logger="stac"):
        values = parse_defaults(stored)
    assert values == {"parallel_opens": 4}
    assert Defaults(**values) == Defaults(parallel_opens=4)
    assert len(caplog.records) == 4


def test_as_defaults_keeps_only_the_defaults() -> None:
    class More(Defaults):
        extra = "x"

    assert More(timeout_s=9).as_defaults() == Defaults(timeout_s=9)
