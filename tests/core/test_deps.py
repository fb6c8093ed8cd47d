"""Dependency checks and the background warm-up of slow imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_slow_imports_are_warmed_in_the_background_once() -> None:
    """A fresh Python: the dock's first show imports rioxarray off the GUI thread, only once."""
    code = (
        "import sys, threading\n"
        "from plugin import deps\n"
        "assert 'rioxarray' not in sys.modules\n"
        "thread = deps.warm_imports()\n"
        "assert thread is not None and thread is not threading.current_thread()\n"
        "thread.join(120)\n"
        "assert 'rioxarray' in sys.modules\n"
        "assert deps.warm_imports() is None\n"
        "print('ok')\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
