"""One check of dates for the dock and ``stac:search`` (no QGIS)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from plugin.core.dates import (
    START_AFTER_END,
    START_IN_FUTURE,
    DateError,
    check_interval,
    date_interval,
    interval_note,
    interval_problem,
    parse_datetime,
)

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-04-12T17:50:55Z", datetime(2024, 4, 12, 17, 50, 55, tzinfo=UTC)),
        ("2024-04-12t19:50:55.5+02:00", datetime(2024, 4, 12, 17, 50, 55, 500000, tzinfo=UTC)),
        ("2024-04-12 17:50:55.1234567890z", datetime(2024, 4, 12, 17, 50, 55, 123456, tzinfo=UTC)),
        ("2024-04-12T17:50:55-0130", datetime(2024, 4, 12, 19, 20, 55, tzinfo=UTC)),
        ("2016-12-31T23:59:60Z", datetime(2016, 12, 31, 23, 59, 59, tzinfo=UTC)),  # leap second
        ("2024-04-12T17:50:55", datetime(2024, 4, 12, 17, 50, 55, tzinfo=UTC)),  # no offset: UTC
        ("2024-04-12", datetime(2024, 4, 12, tzinfo=UTC)),
        ("2024-13-12T00:00:00Z", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20240412, None),
    ],
)
def test_parse_datetime(text, expected):
    assert parse_datetime(text) == expected


def test_a_plain_date_only_when_asked():
    assert parse_datetime("2024-04-12", date_only=False) is None
    assert parse_datetime("2024-04-12T00:00:00Z", date_only=False) == datetime(2024, 4, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-03-20/2020-03-30", "2020-03-20/2020-03-30"),
        (" 2020-03-20 / ", "2020-03-20/.."),
        ("../2020-03-30T10:00:00Z", "../2020-03-30T10:00:00Z"),
        ("2020", "2020"),
        ("2020-03/2020-04", "2020-03/2020-04"),
        ("2020-03-20T10:00:00+01:00", "2020-03-20T10:00:00+01:00"),
    ],
)
def test_valid_intervals_are_tidied(text, expected):
    assert check_interval(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2020-03-30/2020-03-20", "The start date is after the end date."),
        ("2020-13-01", "'2020-13-01' is not a date: the month must be 1 to 12."),
        ("2020-02-30", "'2020-02-30' is not a date: that month has no day 30."),
        ("2021-02-29", "'2021-02-29' is not a date: that month has no day 29."),
        ("2020-01-01T24:00:00Z", "'2020-01-01T24:00:00Z' is not a date: the time of day is out of range."),
        ("yesterday", "'yesterday' is not a date."),
        ("/", "'/' has two open ends."),
        ("../..", "'../..' has two open ends."),
        ("..", "'..' gives no date."),
        ("1/2/3", "'1/2/3' has more than two parts (start/end)."),
    ],
)
def test_bad_intervals_say_why(text, message):
    with pytest.raises(DateError) as caught:
        check_interval(text)
    assert str(caught.value) == message
    assert caught.value.template.format(**caught.value.fields) == message  # what the QGIS side translates


def test_whole_days_of_the_date_widgets():
    assert date_interval(None, None) is None
    assert date_interval(date(2024, 4, 1), date(2024, 4, 30)) == "2024-04-01T00:00:00Z/2024-04-30T23:59:59Z"
    assert date_interval(date(2024, 4, 1), None) == "2024-04-01T00:00:00Z/.."
    assert date_interval(None, date(2024, 4, 30)) == "../2024-04-30T23:59:59Z"
    assert check_interval(date_interval(date(2024, 4, 1), date(2024, 4, 1))) is not None


def test_start_after_end_is_one_message_for_both_faces():
    assert interval_problem(date(2024, 5, 1), date(2024, 4, 30)) == START_AFTER_END
    assert interval_problem(date(2024, 4, 30), date(2024, 4, 30)) == ""
    assert interval_problem(date(2024, 5, 1), None) == ""
    with pytest.raises(DateError, match=START_AFTER_END):
        date_interval(date(2024, 5, 1), date(2024, 4, 30))
    with pytest.raises(DateError, match=START_AFTER_END):
        check_interval("2024-05-01/2024-04-30")


def test_a_start_in_the_future_finds_nothing():
    today = date(2024, 4, 30)
    assert interval_note(date(2024, 5, 1), today) == START_IN_FUTURE
    assert interval_note(today, today) == ""
    assert interval_note(None, today) == ""


def test_every_template_is_marked_for_translation():
    from plugin.core import dates, save
    from plugin.core_messages import CORE_TEXTS

    templates = {
        value for module in (dates,) for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and not name.startswith("_")
    }
    assert templates | {save.SAME_TARGET} <= set(CORE_TEXTS)
