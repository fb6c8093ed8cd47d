"""Real STAC responses recorded from public servers (see samples/), loaded for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).parent / "samples"


def sample(name: str) -> dict[str, Any]:
    """The JSON of ``samples/<name>.json``."""
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
