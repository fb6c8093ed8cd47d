"""Start the test bed and keep it running until interrupted: ``python -m tests.testbed.demo``."""

from __future__ import annotations

import signal
import sys
import threading

from .testbed import Testbed


def main() -> int:
    """Print the URLs, then wait for Ctrl+C / SIGTERM and stop every server."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    with Testbed() as bed:
        assert bed.stac_api and bed.stac_api_nomatched and bed.cog_host
        print(f"STAC API (numberMatched):    {bed.stac_api.url}", flush=True)
        print(f"STAC API (no numberMatched): {bed.stac_api_nomatched.url}", flush=True)
        print(f"COG host:                    {bed.cog_host.url}  (root {bed.root})", flush=True)
        print(f"{len(bed.stac_api.items)} items, {len(bed.specs)} COGs; started in {bed.timings}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
