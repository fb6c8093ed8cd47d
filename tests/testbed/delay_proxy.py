"""An HTTP/1.1 proxy on 127.0.0.1 that adds a fixed delay to every request, like a slow network link.

Each request is held for ``delay_ms`` before it is sent upstream, also on a kept-alive connection
(the delay is per request, not per connection). Responses stream back untouched. Every request is
logged with its arrival time, so tests can count requests and see whether they overlapped.

Use in-process (a thread with its own asyncio loop)::

    with DelayProxy("http://127.0.0.1:8080", delay_ms=50) as proxy:
        ...  # requests to proxy.url; proxy.requests() lists them

or as a program: ``python delay_proxy.py http://127.0.0.1:8080 --delay-ms 50 --port 0``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class ProxiedRequest:
    """One request that went through the proxy."""

    arrived: float
    """``time.monotonic()`` when its head was read (before the delay)."""
    sent: float
    """``time.monotonic()`` when it was forwarded upstream (after the delay)."""
    connection: int
    """Client connection number (requests on one kept-alive connection share it)."""
    method: str
    target: str
    range: str


class DelayProxy:
    """Forward ``host:port`` (a loopback address) to ``upstream`` (an http:// URL), delaying each request."""

    def __init__(self, upstream: str, delay_ms: float = 50.0, port: int = 0, host: str = "127.0.0.1") -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"upstream must be an http:// URL, not {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.delay_ms = float(delay_ms)
        if not host.startswith("127."):
            raise ValueError(f"listen on a loopback address, not {host!r}")
        self.host = host
        self.port = port
        self.url = ""
        self._log: list[ProxiedRequest] = []
        self.bytes_down = 0
        """Response bytes sent to clients since the last :meth:`reset_log` (headers included)."""
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task] = set()

    # Log ------------------------------------------------------------------------
    def requests(self) -> list[ProxiedRequest]:
        """Every request since the last :meth:`reset_log`, in arrival order."""
        with self._lock:
            return list(self._log)

    def reset_log(self) -> None:
        """Forget the logged requests."""
        with self._lock:
            self._log.clear()
            self.bytes_down = 0

    # Life cycle -----------------------------------------------------------------
    def start(self, timeout: float = 5.0) -> DelayProxy:
        """Start serving in a background thread; returns once it accepts connections."""
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._handle, self.host, self.port, limit=_MAX_HEAD)
                )
                self.port = self._server.sockets[0].getsockname()[1]
                self.url = f"http://{self.host}:{self.port}"
            except BaseException as exc:  # reported to start()
                errors.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="delay-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(timeout) or errors:
            raise RuntimeError(f"delay proxy did not start: {errors[0] if errors else 'timeout'}")
        return self

    def stop(self) -> None:
        """Close every connection and stop the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            loop.stop()

        with contextlib.suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(5)
        self._loop = self._thread = self._server = None

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Serving --------------------------------------------------------------------
    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        conn = next(self._ids)
        upstream_w: asyncio.StreamWriter | None = None
        pump: asyncio.Task | None = None
        try:
            upstream_r, upstream_w = await asyncio.open_connection(
                self.upstream_host, self.upstream_port, limit=_MAX_HEAD
            )
            pump = asyncio.ensure_future(self._pump(upstream_r, client_w))
            while True:
                head = await client_r.readuntil(b"\r\n\r\n")
                arrived = time.monotonic()
                body = await self._read_body(client_r, head)
                method, target, rng = _describe(head)
                if self.delay_ms > 0:
                    await asyncio.sleep(self.delay_ms / 1000.0)
                with self._lock:
                    self._log.append(ProxiedRequest(arrived, time.monotonic(), conn, method, target, rng))
                upstream_w.write(head + body)
                await upstream_w.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, OSError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            if upstream_w is not None:
                with contextlib.suppress(Exception):
                    upstream_w.write_eof()
            if pump is not None:
                with contextlib.suppress(BaseException):
                    await asyncio.wait_for(pump, 30)
            for writer in (upstream_w, client_w):
                if writer is not None:
                    writer.close()
            self._tasks.discard(task)

    @staticmethod
    async def _read_body(reader: asyncio.StreamReader, head: bytes) -> bytes:
        """The request body: Content-Length bytes, or chunks up to the last one."""
        headers = {}
        for line in head.split(b"\r\n")[1:]:
            name, sep, value = line.partition(b":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            return await reader.readexactly(int(headers[b"content-length"]))
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            out = bytearray()
            while True:
                size_line = await reader.readuntil(b"\r\n")
                out += size_line
                size = int(size_line.split(b";")[0].strip(), 16)
                out += await reader.readexactly(size + 2)
                if size == 0:
                    return bytes(out)
        return b""

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                data = await reader.read(256 * 1024)
                if not data:
                    break
                with self._lock:
                    self.bytes_down += len(data)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.write_eof()


def _describe(head: bytes) -> tuple[str, str, str]:
    lines = head.decode("latin-1").split("\r\n")
    method, _, rest = lines[0].partition(" ")
    target = rest.rsplit(" ", 1)[0]
    rng = ""
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "range":
            rng = value.strip()
    return method, target, rng


def main() -> None:
    """Run the proxy until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", help="http://host:port to forward to")
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    proxy = DelayProxy(args.upstream, args.delay_ms, args.port).start()
    print(proxy.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        proxy.stop()


if __name__ == "__main__":
    main()
