"""HTTP ``Range`` requests as the test servers that stand in for remote hosts answer them."""

from __future__ import annotations


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte asked by the first range of a ``Range: bytes=...`` header for a file of
    ``size`` bytes (first >= size: not satisfiable); None when the header asks no range."""
    if not header.startswith("bytes="):
        return None
    first, _, last = header[len("bytes=") :].split(",", maxsplit=1)[0].partition("-")
    start = int(first) if first else max(size - int(last), 0)
    return start, min(int(last) if (first and last) else size - 1, size - 1)
