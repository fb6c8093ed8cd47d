"""A private PostgreSQL + pgstac cluster and stac-fastapi-pgstac servers on 127.0.0.1.

The cluster lives in a temporary folder (socket included), listens on 127.0.0.1 only and is
stopped with ``pg_ctl stop -m fast``. The STAC API runs from ``.testbed-venv`` (its own Python:
stac-fastapi-pgstac, pypgstac, uvicorn), started as ``uvicorn --factory
stac_fastapi.pgstac.app:create_app`` with ``PG*`` variables.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .procs import ServerError, free_port, http_get, stop_process, tail, wait_until

REPO = Path(__file__).resolve().parents[2]


def testbed_venv() -> Path:
    """The server venv (``$STAC_TESTBED_VENV`` or ``<repo>/.testbed-venv``)."""
    return Path(os.environ.get("STAC_TESTBED_VENV", REPO / ".testbed-venv"))


def pg_bin_dir() -> Path:
    """The newest ``/usr/lib/postgresql/<v>/bin`` that has initdb and a PostGIS extension."""
    found = []
    for bindir in Path("/usr/lib/postgresql").glob("*/bin"):
        version = bindir.parent.name
        has_postgis = Path(f"/usr/share/postgresql/{version}/extension/postgis.control").exists()
        if (bindir / "initdb").exists() and has_postgis:
            found.append((int(re.sub(r"\D", "", version) or 0), bindir))
    if not found:
        raise ServerError(
            "no PostgreSQL with PostGIS under /usr/lib/postgresql/*/bin (run scripts/bootstrap.sh)"
        )
    return max(found)[1]


class PgCluster:
    """A throw-away PostgreSQL cluster. As root, the server runs as the ``postgres`` user."""

    def __init__(self) -> None:
        self.bin = pg_bin_dir()
        self.dir = Path()
        self.port = 0
        self._started = False
        self._user = "postgres" if os.geteuid() == 0 else ""

    @property
    def data(self) -> Path:
        """The data folder."""
        return self.dir / "data"

    @property
    def log(self) -> Path:
        """The server log."""
        return self.dir / "postgres.log"

    def dsn(self, db: str) -> str:
        """libpq URL of database ``db``."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def _run(
        self, args: list[str], what: str, env: dict[str, str] | None = None, as_owner: bool = False
    ) -> str:
        cmd = [str(a) for a in args]
        if as_owner and self._user:
            cmd = ["runuser", "-u", self._user, "--", *cmd]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, env=env, cwd=self.dir, stdin=subprocess.DEVNULL, check=False
        )
        if proc.returncode != 0:
            raise ServerError(
                f"{what} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n"
                f"{proc.stderr[-3000:]}\n{tail(self.log)}"
            )
        return proc.stdout

    def start(self) -> PgCluster:
        """initdb, start on a free port (socket in the folder) and wait until it accepts connections."""
        self.dir = Path(tempfile.mkdtemp(prefix="stac-testbed-pg-"))
        if self._user:
            pw = pwd.getpwnam(self._user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.dir.chmod(0o700)
        self._run(
            [
                self.bin / "initdb",
                "-D",
                self.data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C.UTF-8",
            ],
            "initdb",
            as_owner=True,
        )
        self.port = free_port()
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            [self.bin / "pg_ctl", "-D", self.data, "-o", opts, "-l", self.log, "-w", "-t", "30", "start"],
            "pg_ctl start",
            as_owner=True,
        )
        self._started = True
        return self

    def psql(self, db: str, sql: str) -> str:
        """Run SQL in ``db`` with psql; returns its unaligned output."""
        return self._run(
            [
                self.bin / "psql",
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                self.dsn(db),
                "-c",
                sql,
            ],
            f"psql {sql[:60]!r}",
        )

    def stop(self) -> None:
        """Stop the server (fast mode) and delete the folder."""
        if self._started:
            with contextlib.suppress(ServerError):
                self._run(
                    [self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"],
                    "pg_ctl stop",
                    as_owner=True,
                )
            self._started = False
        if self.dir != Path() and self.dir.exists():
            shutil.rmtree(self.dir, ignore_errors=True)


QUERYABLES_SQL = """SET search_path=pgstac,public;
INSERT INTO queryables (name, collection_ids, definition, property_wrapper, property_index_type) VALUES
 ('platform', NULL, '{"title": "Platform", "type": "string",
   "enum": ["landsat-8", "sentinel-1a", "sentinel-2a", "sentinel-2b", "LANDSAT_7", "LANDSAT_8"]}',
  'to_text', NULL),
 ('view:sun_elevation', NULL, '{"title": "Sun elevation", "type": "number", "minimum": -90, "maximum": 90}',
  'to_float', NULL);
INSERT INTO queryables (name, collection_ids, definition, property_wrapper, property_index_type)
SELECT 'mgrs:grid_square', '{sentinel-2-c1-l2a}'::text[],
  '{"title": "MGRS grid square", "type": "string"}'::jsonb, 'to_text', NULL
WHERE EXISTS (SELECT 1 FROM collections WHERE id = 'sentinel-2-c1-l2a');
"""
"""Queryables beyond eo:cloud_cover: an enumeration, a number range and a per-collection text field
(where that collection is loaded: the benchmark's database has another)."""


def _write_ndjson(path: Path, objs: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs))
    return path


class PgStacDatabase:
    """A pgstac database in a cluster, loaded with collections and items."""

    def __init__(self, cluster: PgCluster, name: str) -> None:
        self.cluster = cluster
        self.name = name

    def pypgstac(self, *args: str) -> str:
        """Run the ``pypgstac`` CLI of the server venv against this database."""
        exe = testbed_venv() / "bin" / "pypgstac"
        if not exe.exists():
            raise ServerError(f"{exe} missing (run scripts/bootstrap.sh)")
        return self.cluster._run(
            [exe, *args, "--dsn", self.cluster.dsn(self.name)], f"pypgstac {' '.join(args[:2])}"
        )

    def create(
        self, collections: list[dict[str, Any]], items: list[dict[str, Any]], matched: bool = True
    ) -> PgStacDatabase:
        """Create the database, migrate pgstac, load data and apply the test settings."""
        self.cluster.psql("postgres", f'CREATE DATABASE "{self.name}"')
        self.pypgstac("migrate")
        tmp = self.cluster.dir
        self.pypgstac(
            "load",
            "collections",
            str(_write_ndjson(tmp / f"{self.name}-collections.ndjson", collections)),
            "--method",
            "upsert",
        )
        self.pypgstac(
            "load",
            "items",
            str(_write_ndjson(tmp / f"{self.name}-items.ndjson", items)),
            "--method",
            "upsert",
        )
        self.cluster.psql(
            self.name,
            "SET search_path=pgstac,public;"
            "INSERT INTO queryables (name, definition, property_wrapper, property_index_type) "
            "SELECT 'eo:cloud_cover', '{\"type\":\"number\"}', 'to_float', 'BTREE' "
            "WHERE NOT EXISTS (SELECT 1 FROM queryables WHERE name='eo:cloud_cover');",
        )
        self.cluster.psql(self.name, QUERYABLES_SQL)
        self.set_context(matched)
        return self

    def copy(self, name: str, matched: bool) -> PgStacDatabase:
        """A copy of this database (``CREATE DATABASE ... TEMPLATE``) with its own context setting."""
        self.cluster.psql("postgres", f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return PgStacDatabase(self.cluster, name).set_context(matched)

    def set_context(self, on: bool) -> PgStacDatabase:
        """Turn pgstac's ``context`` (``numberMatched``) on or off."""
        value = "on" if on else "off"
        self.cluster.psql(
            self.name,
            "SET search_path=pgstac,public;"
            f"INSERT INTO pgstac_settings (name, value) VALUES ('context', '{value}') "
            "ON CONFLICT (name) DO UPDATE SET value=EXCLUDED.value;",
        )
        return self

    def count(self, table: str) -> int:
        """Rows in a pgstac table (``items``, ``collections``)."""
        return int(self.cluster.psql(self.name, f"SELECT count(*) FROM pgstac.{table}").strip())


class StacApiServer:
    """stac-fastapi-pgstac under uvicorn, serving one pgstac database on 127.0.0.1."""

    def __init__(self, db: PgStacDatabase) -> None:
        self.db = db
        self.port = 0
        self.url = ""
        self._proc: subprocess.Popen | None = None
        self.log = db.cluster.dir / f"uvicorn-{db.name}.log"

    def launch(self) -> StacApiServer:
        """Start uvicorn without waiting (see :meth:`wait`)."""
        py = testbed_venv() / "bin" / "python"
        if not py.exists():
            raise ServerError(f"{py} missing (run scripts/bootstrap.sh)")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cluster = self.db.cluster
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("PG", "POSTGRES", "HTTP", "ENABLED_"))
        }
        env.update(
            PGUSER="postgres",
            PGPASSWORD="postgres",
            PGHOST="127.0.0.1",
            PGPORT=str(cluster.port),
            PGDATABASE=self.db.name,
            DB_MIN_CONN_SIZE="1",
            DB_MAX_CONN_SIZE="4",
            NO_PROXY="*",
        )
        workdir = cluster.dir / f"api-{self.db.name}"
        workdir.mkdir(exist_ok=True)  # no stray .env is read from here
        with open(self.log, "wb") as out:
            self._proc = subprocess.Popen(
                [str(py), "-m", "uvicorn", "--factory", "stac_fastapi.pgstac.app:create_app",
                 "--host", "127.0.0.1", "--port", str(self.port),
                 "--log-level", "warning", "--no-access-log"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=workdir,
                start_new_session=True,
            )  # fmt: skip
        return self

    def wait(self, timeout: float = 60.0) -> StacApiServer:
        """Wait until ``/_mgmt/ping`` answers 200; raise with the server log otherwise."""
        wait_until(
            lambda: http_get(self.url + "/_mgmt/ping", 1.0)[0] == 200,
            timeout,
            self._proc,
            "stac-fastapi-pgstac",
            self.log,
        )
        return self

    def stop(self) -> None:
        """Stop uvicorn."""
        stop_process(self._proc)
        self._proc = None


if __name__ == "__main__":  # pragma: no cover - quick manual check
    print(pg_bin_dir(), testbed_venv(), file=sys.stderr)
