"""Dates and date-times of STAC: one parser for item times, one check for a search's interval.

The dock (date widgets) and ``stac:search`` (``DATETIME`` text) both build their interval here,
so the same bad input gets the same message. Messages are plain English templates with named
fields (:class:`DateError`): the QGIS side translates the template, then fills it in.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from .errors import StacPluginError

EXAMPLES = "Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/.."
"""What a valid interval looks like, said after every message about one."""

START_AFTER_END = "The start date is after the end date."
START_IN_FUTURE = "The start date is in the future: there is no imagery yet."
TWO_PARTS = "{text!r} has more than two parts (start/end)."
NOT_A_DATE = "{part!r} is not a date."
BAD_MONTH = "{part!r} is not a date: the month must be 1 to 12."
BAD_DAY = "{part!r} is not a date: that month has no day {day}."
BAD_TIME = "{part!r} is not a date: the time of day is out of range."
NO_DATE = "{text!r} gives no date."
BOTH_OPEN = "{text!r} has two open ends."

_DATE_TIME = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[Tt ](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.(?P<fraction>\d+))?"
    r"\s*(?P<zone>[Zz]|[-+]\d{2}:?\d{2})?)?$"
)
_BOUND = re.compile(
    r"^(?P<year>\d{4})(-(?P<month>\d{2})(-(?P<day>\d{2})"
    r"([Tt](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})(\.\d+)?"
    r"([Zz]|[-+]\d{2}:\d{2})?)?)?)?$"
)


class DateError(StacPluginError):
    """A date or interval that cannot be searched; ``template`` and ``fields`` make the message."""

    def __init__(self, template: str, **fields: Any) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


def parse_datetime(text: Any, *, date_only: bool = True) -> datetime | None:
    """An RFC 3339 date-time as an aware UTC datetime, or None when ``text`` is not one.

    No offset means UTC; a leap second reads as :59. A plain date (midnight UTC) is taken only
    when ``date_only`` is true.
    """
    match = _DATE_TIME.match(text.strip()) if isinstance(text, str) else None
    if match is None or (match["hour"] is None and not date_only):
        return None
    offset = timedelta(0)
    zone = match["zone"]
    if zone and zone not in ("Z", "z"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        value = datetime(
            int(match["year"]), int(match["month"]), int(match["day"]),
            int(match["hour"] or 0), int(match["minute"] or 0), min(int(match["second"] or 0), 59),
            int((match["fraction"] or "0")[:6].ljust(6, "0")),
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None
    return value.astimezone(timezone.utc)


def _bound(part: str) -> datetime:
    """The start of one end of an interval (a year, month, date or date-time); DateError if bad."""
    match = _BOUND.match(part)
    if match is None:
        raise DateError(NOT_A_DATE, part=part)
    year, month, day = int(match["year"]), int(match["month"] or 1), int(match["day"] or 1)
    if not 1 <= month <= 12:  # our own words: Python's reason differs between its versions
        raise DateError(BAD_MONTH, part=part)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateError(BAD_DAY, part=part, day=day)
    hour, minute, second = (int(match[name] or 0) for name in ("hour", "minute", "second"))
    if hour > 23 or minute > 59 or second > 59:
        raise DateError(BAD_TIME, part=part)
    return datetime(year, month, day, hour, minute, second)


def check_interval(text: str) -> str:
    """``text`` as a STAC ``datetime`` parameter: one date, or ``start/end`` with ``..`` or nothing
    for an open end; each a year, year-month, date or RFC 3339 date-time.

    Returns it tidied (spaces stripped, an empty end written ``..``); raises DateError.
    """
    value = text.strip()
    parts = [part.strip() for part in value.split("/")]
    if len(parts) > 2:
        raise DateError(TWO_PARTS, text=value)
    bounds = [None if part in ("", "..") else _bound(part) for part in parts]
    if len(parts) == 1 and bounds[0] is None:
        raise DateError(NO_DATE, text=value)
    if len(bounds) == 2:
        start, end = bounds
        if start is None and end is None:
            raise DateError(BOTH_OPEN, text=value)
        if start is not None and end is not None and start > end:
            raise DateError(START_AFTER_END)
    return "/".join(part or ".." for part in parts)


def interval_problem(start: date | None, end: date | None) -> str:
    """Why the dates ``start`` to ``end`` (either may be open) cannot be searched; "" when they can."""
    if start is not None and end is not None and start > end:
        return START_AFTER_END
    return ""


def interval_note(start: date | None, today: date) -> str:
    """A date range that can be searched but finds nothing ("" when it may find something)."""
    return START_IN_FUTURE if start is not None and start > today else ""


def date_interval(start: date | None, end: date | None) -> str | None:
    """The ``datetime`` parameter of whole days ``start`` to ``end`` (UTC; None when both are open).

    Raises DateError when the start is after the end.
    """
    if start is None and end is None:
        return None
    if interval_problem(start, end):
        raise DateError(START_AFTER_END)
    left = f"{start.isoformat()}T00:00:00Z" if start is not None else ".."
    right = f"{end.isoformat()}T23:59:59Z" if end is not None else ".."
    return f"{left}/{right}"
