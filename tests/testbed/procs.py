"""Small process helpers shared by the servers: free ports, waiting, stopping by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class ServerError(RuntimeError):
    """A test server did not start; the message carries its log."""


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_get(url: str, timeout: float = 5.0, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """GET ``url`` without any proxy; returns (status, body) and never raises on HTTP errors."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with _NO_PROXY.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def tail(path: Path, chars: int = 4000) -> str:
    """The end of a log file (empty if missing)."""
    try:
        return path.read_text(errors="replace")[-chars:]
    except OSError:
        return ""


def wait_until(
    ready: Callable[[], bool], timeout: float, proc: subprocess.Popen | None, what: str, log: Path
) -> None:
    """Poll ``ready`` until true; raise :class:`ServerError` with the log if ``proc`` dies or on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerError(f"{what} exited with code {proc.returncode}:\n{tail(log)}")
        try:
            if ready():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise ServerError(f"{what} not ready after {timeout:.0f} s:\n{tail(log)}")


def stop_process(proc: subprocess.Popen | None, timeout: float = 10.0) -> None:
    """Terminate one child process (and its process group when it leads one) and reap it."""
    if proc is None or proc.poll() is not None:
        return
    try:
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            proc.terminate()
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


def stop_child(proc: subprocess.Popen, timeout: float = 5.0) -> None:
    """Stop a server child that serves until its stdin closes: close it, else terminate it by PID."""
    if proc.poll() is None:
        try:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout)
        except (OSError, subprocess.TimeoutExpired):
            stop_process(proc, timeout)
    if proc.stdout is not None:
        proc.stdout.close()
