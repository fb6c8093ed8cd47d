"""Server answers quoted in messages and the log: plain text, one excerpt, never a rendered page."""

from __future__ import annotations

import html
import re

EXCERPT_CHARS = 500
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<!doctype\s+html)", re.I)
_DROP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page (an error page, a login portal) rather than JSON or text."""
    return bool(_HTML_START.match(text)) or ("<body" in text[:2000].lower() and "</" in text)


def plain_excerpt(text: str | bytes, limit: int = EXCERPT_CHARS) -> str:
    """``text`` as plain text of at most ``limit`` characters: an HTML page loses its markup
    (``<h1>404 Not Found</h1>`` becomes ``404 Not Found``), whitespace runs become one space."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = str(text)
    if looks_like_html(text):
        title = re.search(r"<title[^>]*>(.*?)</title\s*>", text, re.I | re.S)
        body = _TAG.sub(" ", _DROP.sub(" ", text))
        text = html.unescape(body)
        if title and not text.strip():
            text = html.unescape(title.group(1))
        text = "HTML page: " + text
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
