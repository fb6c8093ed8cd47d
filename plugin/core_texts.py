"""The core's message templates, marked for Qt's extraction tool.

``plugin/core`` has no QGIS and so no ``tr()``: it says things in plain English templates with
named fields (``core.dates.DateError``, ``core.save.SameTargetError``). The QGIS side shows them
as ``tr(error.template).format(**error.fields)``; the templates are repeated here, literally, so
that the translation files list them (a test keeps both in step).
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # the name Qt's extraction tool looks for
    """Mark ``text`` for translation; it is shown through ``tr()``."""
    return text


CORE_TEXTS = (
    QT_TR_NOOP("Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/.."),
    QT_TR_NOOP("The start date is after the end date."),
    QT_TR_NOOP("The start date is in the future: there is no imagery yet."),
    QT_TR_NOOP("{text!r} has more than two parts (start/end)."),
    QT_TR_NOOP("{part!r} is not a date."),
    QT_TR_NOOP("{part!r} is not a date: {why}."),
    QT_TR_NOOP("{text!r} gives no date."),
    QT_TR_NOOP("{text!r} has two open ends."),
    QT_TR_NOOP(
        "Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)"
    ),
)
"""Every template of the core shown through ``tr()``."""
