"""Every parameter of every STAC algorithm given bad values: one clear message each, nothing left.

The sweep walks the algorithms the provider registers and their parameter definitions, so an
algorithm added later is swept as soon as it has known-good base parameters in ``BASE``. For each
parameter, hypothesis draws bad values (of its type, and of what its name means: a URL, an items
source, an id, a date range...) on top of the base; each run must end in a
QgsProcessingException whose text and feedback show no Python exception name or traceback,
leave nothing in the output folder, and never take the "unexpected error" path (that is a bug:
the value deserves its own message). Examples per parameter: ``STAC_SWEEP_EXAMPLES`` (default 10)
on top of the fixed ones, so the whole sweep stays well under a minute.
"""

from __future__ import annotations

import builtins
import json
import math
import os
import re
import shutil
import socket
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
)

pytestmark = pytest.mark.network

DENVER_ITEM = "S2A_T13TDE_20240412T175055_L2A"
EXAMPLES = int(os.environ.get("STAC_SWEEP_EXAMPLES", "10"))
RUNS: list[tuple[str, str]] = []
"""(algorithm id, parameter) of every sweep run."""

_EXCEPTION_NAMES = sorted(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
PYTHONISMS = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]*\", line \d+|\[Errno -?\d+\]|<[\w.]+ object at 0x"
    r"|\b(?:" + "|".join(_EXCEPTION_NAMES) + r")\b"
    r"|\b(?:[A-Z][a-z0-9]+){2,}(?:Error|Exception)\b"
)
"""What must never reach the user: a traceback, an error number, a Python exception's name."""


class Feedback(QgsProcessingFeedback):
    """Keeps every text a run reports to the user."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def pushInfo(self, info: str) -> None:
        self.texts.append(info)

    def pushWarning(self, warning: str) -> None:
        self.texts.append(warning)

    def pushDebugInfo(self, info: str) -> None:
        self.texts.append(info)

    def pushCommandInfo(self, info: str) -> None:
        self.texts.append(info)

    def pushConsoleInfo(self, info: str) -> None:
        self.texts.append(info)

    def setProgressText(self, text: str) -> None:
        self.texts.append(text)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        self.texts.append(error)


@dataclass
class Env:
    """Where a sweep writes (``out``, empty after every run) and what its bad values point at."""

    out: Path
    inputs: Path
    items: Path
    api: str
    cog_host: str
    closed: str
    known_ids: set[str]
    known_assets: set[str]
    known_collections: set[str]


def _closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/"


@pytest.fixture(scope="module")
def env(stac_api, cog_host, tmp_path_factory) -> Env:
    root = tmp_path_factory.mktemp("sweep")
    inputs = root / "inputs"
    inputs.mkdir()
    item = next(i for i in stac_api.items if i["id"] == DENVER_ITEM)
    items = inputs / "items.geojson"
    items.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    served = cog_host.root / "sweep"
    served.mkdir(exist_ok=True)
    documents = {
        "not-json.json": "this is not JSON {",
        "not-stac.json": json.dumps({"hello": "world"}),
        "a-list.json": json.dumps([1, 2, 3]),
        "a-string.json": json.dumps("FeatureCollection"),
        "no-features.json": json.dumps({"type": "FeatureCollection", "features": []}),
        "bad-features.json": json.dumps({"type": "FeatureCollection", "features": [1, "x"]}),
        "feature-no-id.json": json.dumps({"type": "Feature", "geometry": None, "properties": {}}),
        "catalog-no-items.json": json.dumps(
            {"type": "Catalog", "id": "c", "stac_version": "1.0.0", "description": "d", "links": []}
        ),
        "page.html": "<html><body>Not an API</body></html>",
    }
    closed = _closed_url()
    broken_hrefs = {"asset-host-down.json": f"{closed}red.tif", "asset-missing.json": "/nowhere/red.tif"}
    for name, href in broken_hrefs.items():
        broken = json.loads(json.dumps(item))
        for key in ("red", "scl"):
            broken["assets"][key]["href"] = href.replace("red", key)
        documents[name] = json.dumps(broken)
    for name, text in documents.items():
        (inputs / name).write_text(text)
        (served / name).write_text(text)
    (inputs / "empty.json").write_text("")
    (inputs / "binary.json").write_bytes(bytes(range(256)) * 4)
    (inputs / "a-folder").mkdir()
    (inputs / "a-file").write_text("x")
    out = root / "out"
    out.mkdir()
    return Env(
        out=out,
        inputs=inputs,
        items=items,
        api=stac_api.url,
        cog_host=cog_host.url,
        closed=closed,
        known_ids={i["id"] for i in stac_api.items},
        known_assets=set(item["assets"]),
        known_collections={c["id"] for c in stac_api.collections},
    )


# Known-good parameters per algorithm: each runs without error; the sweep changes one at a time.
BASE: dict[str, Callable[[Env], dict[str, Any]]] = {
    "stac:search": lambda e: {
        "URL": e.api,
        "COLLECTIONS": "sentinel-2-c1-l2a",
        "EXTENT": "-105.2,-105.0,39.9,40.1 [EPSG:4326]",
        "DATETIME": "2024-04-01/2024-04-30",
        "MAX_CLOUD": 100,
        "MAX_ITEMS": 2,
        "OUTPUT": str(e.out / "footprints.gpkg"),
        "ITEMS_FILE": str(e.out / "items.geojson"),
    },
    "stac:loadasset": lambda e: {"ITEMS": str(e.items), "ITEM_ID": DENVER_ITEM, "ASSET": "red"},
    "stac:download": lambda e: {
        "ITEMS": str(e.items),
        "ITEM_ID": DENVER_ITEM,
        "ASSETS": "scl",
        "EXTENT": "-105.0,-104.95,40.0,40.05 [EPSG:4326]",
        "FOLDER": str(e.out / "files"),
        "OVERWRITE": False,
    },
    "stac:mosaic": lambda e: {
        "ITEMS": str(e.items),
        "ITEM_IDS": DENVER_ITEM,
        "ASSET": "red",
        "EXTENT": "-105.0,-104.95,40.0,40.05 [EPSG:4326]",
        "ORDER": 0,
        "OUTPUT": str(e.out / "mosaic.vrt"),
    },
}

# -- bad values ---------------------------------------------------------------------------------

WRONG_TYPES = [{"a": 1}, [1, 2]]
IDS_WITH_SEPARATORS = ["../x", "a/b", "..\\x", "/etc/passwd", "C:\\Windows"]
ID_CHARS = string.ascii_letters + string.digits + "-_."
coords = st.floats(-1e6, 1e6, allow_nan=False)
unknown_crs = st.sampled_from(["EPSG:999999", "EPSG:0", "FOO:1", "not a crs", "ESRI:1"]) | st.integers(
    990000, 999999
).map(lambda code: f"EPSG:{code}")


def _extent(xmin: float, xmax: float, ymin: float, ymax: float, crs: str) -> str:
    return f"{xmin!r},{xmax!r},{ymin!r},{ymax!r} [{crs}]"


def _outside_world() -> st.SearchStrategy[str]:
    """Extents in EPSG:4326 wholly beyond longitude +-180 or latitude +-90."""
    far = st.floats(180.5, 1e6)
    size = st.floats(0.5, 50)
    side = st.sampled_from([1, -1])

    def span(t: tuple[float, float, int]) -> tuple[float, float]:
        start, width, sign = t
        return (start, start + width) if sign > 0 else (-start - width, -start)

    beyond_x = st.tuples(st.tuples(far, size, side).map(span), st.floats(-80, 80), size).map(
        lambda t: _extent(t[0][0], t[0][1], t[1], t[1] + t[2], "EPSG:4326")
    )
    far_y = st.floats(90.5, 1e6)
    beyond_y = st.tuples(st.floats(-170, 170), size, st.tuples(far_y, size, side).map(span)).map(
        lambda t: _extent(t[0], t[0] + t[1], t[2][0], t[2][1], "EPSG:4326")
    )
    return beyond_x | beyond_y


def _dates() -> st.SearchStrategy[str]:
    """Reversed date ranges (the start after the end)."""
    return (
        st.tuples(st.dates(), st.dates())
        .filter(lambda pair: pair[0] > pair[1])
        .map(lambda pair: f"{pair[0].isoformat()}/{pair[1].isoformat()}")
    )


def _paths_for_destination(e: Env, suffix: str) -> list[Any]:
    return [
        str(e.inputs / "a-folder"),
        str(e.inputs / "a-file" / f"x{suffix}"),
        str(e.inputs / "missing-folder" / f"x{suffix}"),
        f"/proc/stac-sweep{suffix}",
    ]


def _items_values(e: Env) -> tuple[list[Any], st.SearchStrategy[Any]]:
    names = sorted(p.name for p in e.inputs.iterdir())
    local = [str(e.inputs / n) for n in names if n not in ("items.geojson", "a-file")]
    remote = [f"{e.cog_host}/sweep/{n}" for n in names if (e.inputs / n).is_file()]
    fixed = [
        str(e.inputs / "does-not-exist.json"),
        (e.inputs / "no such file.json").as_uri(),
        "not a url",
        "http://",
        "http://[::1",
        "http://127.0.0.1:99999/item.json",
        "ftp://127.0.0.1/item.json",
        e.closed + "item.json",
        *local,
    ]
    generated = (
        st.sampled_from(local + [u for u in remote if not u.endswith(("empty.json", "binary.json"))])
        | st.text(ID_CHARS, min_size=1, max_size=12).map(lambda name: str(e.inputs / f"missing-{name}"))
        | st.text(ID_CHARS, max_size=12).map(lambda path: e.closed + path)
    )
    return fixed, generated


def _by_name(e: Env, name: str) -> tuple[list[Any], st.SearchStrategy[Any] | None] | None:  # noqa: PLR0911
    """Bad values that follow from what a parameter means."""
    unknown_text = st.text(ID_CHARS, min_size=1, max_size=16)
    if name == "URL":
        fixed = [
            "not a url",
            "http://",
            "http://[::1",
            "ftp://127.0.0.1/",
            "http://127.0.0.1:99999/",
            e.closed,
            f"{e.cog_host}/sweep/page.html",
            f"{e.cog_host}/sweep/not-stac.json",
            f"{e.cog_host}/sweep/no-features.json",
            f"{e.cog_host}/sentinel-2-c1-l2a/{DENVER_ITEM}/red.tif",
        ]
        return fixed, st.text(ID_CHARS, max_size=12).map(lambda path: e.closed + path)
    if name == "ITEMS":
        return _items_values(e)
    if name in ("ITEM_ID", "ITEM_IDS"):
        return ["no-such-item", *IDS_WITH_SEPARATORS], unknown_text.filter(lambda t: t not in e.known_ids)
    if name in ("ASSET", "ASSETS"):
        fixed = ["no-such-asset", "red/..", *IDS_WITH_SEPARATORS]
        return fixed, unknown_text.filter(lambda t: t not in e.known_assets)
    if name == "COLLECTIONS":
        fixed = ["no-such-collection", "a/b", "../x", "a\\b", "tab\there"]
        return fixed, unknown_text.filter(lambda t: t.strip(" .") and t not in e.known_collections)
    if name == "DATETIME":
        fixed = ["2020-03-30/2020-03-20", "2020-13-01", "2020-02-30", "yesterday", "/", "../..", "1/2/3"]
        return fixed, _dates()
    return None


BadValues = tuple[list[Any], Any]
"""(fixed values always tried, a hypothesis strategy for more or None)."""


def _bad_numbers(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    assert isinstance(definition, QgsProcessingParameterNumber)
    low, high = definition.minimum(), definition.maximum()
    fixed: list[Any] = ["abc", "1,5", math.nan, math.inf, -math.inf, *WRONG_TYPES]
    out_of_range = st.floats(max_value=low - 1e-6, allow_nan=False, allow_infinity=False)
    if low > -1e300:
        fixed.append(low - 1)
    if high < 1e300:
        fixed.append(high + 1)
        out_of_range |= st.floats(min_value=high + 1e-6, allow_nan=False, allow_infinity=False)
    if definition.dataType() == QgsProcessingParameterNumber.Type.Integer:
        fixed += [max(low, 1) + 0.5, 1e15]
    return fixed, out_of_range | st.text(string.ascii_letters, min_size=1, max_size=8)


def _bad_booleans(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    words = st.text(string.ascii_letters, min_size=1, max_size=8).filter(
        lambda t: t.lower() not in {"true", "false", "yes", "no", "on", "off"}
    )
    return ["maybe", 2, -1, *WRONG_TYPES], words


def _bad_extents(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    zero_area = st.tuples(st.floats(-179, 179), st.floats(-89, 88)).map(
        lambda t: _extent(t[0], t[0], t[1], t[1] + 1, "EPSG:4326")
    )
    fixed = ["1,2,3", "a,b,c,d", "1,2,3,4,5", "0,0,0,0 [EPSG:4326]", "200,300,95,100 [EPSG:4326]",
             "1,2,3,4 [EPSG:999999]", "1,2,3,4 [FOO:1]", 123, *WRONG_TYPES]
    if algorithm_id in ("stac:download", "stac:mosaic"):
        fixed.append("10,11,50,51 [EPSG:4326]")  # far from the asset
    crs_extent = st.tuples(coords, coords, coords, coords, unknown_crs).map(
        lambda t: _extent(
            min(t[0], t[1]), max(t[0], t[1]) + 1, min(t[2], t[3]), max(t[2], t[3]) + 1, t[4]
        )
    )
    return fixed, _outside_world() | zero_area | crs_extent


def _bad_points(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    outside = st.tuples(st.floats(181, 1e6) | st.floats(-1e6, -181), st.floats(-90, 90)) | st.tuples(
        st.floats(-180, 180), st.floats(91, 1e6) | st.floats(-1e6, -91)
    )
    fixed = ["1", "a,b", "1,2,3", "200,0 [EPSG:4326]", "0,95 [EPSG:4326]", "1,2 [EPSG:999999]",
             "1,2 [FOO:1]", *WRONG_TYPES]
    return fixed, outside.map(lambda t: f"{t[0]!r},{t[1]!r} [EPSG:4326]") | st.tuples(
        coords, coords, unknown_crs
    ).map(lambda t: f"{t[0]!r},{t[1]!r} [{t[2]}]")


def _bad_folders(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    fixed = ["", 123, str(e.inputs / "a-file"), str(e.inputs / "a-file" / "sub"),
             "/proc/stac-sweep/files", "/proc/self"]
    return fixed, st.text(ID_CHARS, min_size=1, max_size=8).map(lambda n: str(e.inputs / "a-file" / n))


def _bad_destinations(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    suffixes = {"sink": ".gpkg", "vectorDestination": ".gpkg", "rasterDestination": ".tif"}
    return [*_paths_for_destination(e, suffixes.get(definition.type(), ".json")), 123], None


def _fixed(*values: Any) -> Callable[[Env, str, QgsProcessingParameterDefinition], BadValues]:
    return lambda e, algorithm_id, definition: ([*values], None)


_BY_TYPE: dict[str, Callable[[Env, str, QgsProcessingParameterDefinition], BadValues]] = {
    "string": _fixed(*WRONG_TYPES),
    "number": _bad_numbers,
    "boolean": _bad_booleans,
    "extent": _bad_extents,
    "point": _bad_points,
    "file": lambda e, algorithm_id, definition: (
        [str(e.inputs / "does-not-exist.json"), str(e.inputs / "a-folder"), 123], None
    ),
    "folderDestination": _bad_folders,
    "sink": _bad_destinations,
    "vectorDestination": _bad_destinations,
    "rasterDestination": _bad_destinations,
    "fileDestination": _bad_destinations,
    "enum": _fixed(99, -1, "no-such-option", *WRONG_TYPES),
    "crs": _fixed("EPSG:999999", "FOO:1", "not a crs", *WRONG_TYPES),
}
"""Bad values of each parameter type, whatever the parameter's name."""


def _by_type(e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition) -> BadValues:
    """Bad values of a parameter's type."""
    by_type = _BY_TYPE.get(definition.type(), _fixed())
    return by_type(e, algorithm_id, definition)


def bad_values(
    e: Env, algorithm_id: str, definition: QgsProcessingParameterDefinition
) -> tuple[list[Any], Any]:
    """(fixed values always tried, a strategy for more) of bad values for ``definition``."""
    optional = bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
    fixed, generated = _by_type(e, algorithm_id, definition)
    named = _by_name(e, definition.name())
    if named is not None:
        fixed = fixed + named[0]
        if named[1] is not None:
            generated = named[1] if generated is None else generated | named[1]
    # Empty is a bad value of a required parameter, except where QGIS reads it as "the default"
    # (a yes/no) or "a temporary output" (a destination).
    if not optional and not definition.isDestination() and definition.type() != "boolean":
        fixed = ["", "   ", *fixed]
    return fixed, generated


# -- one run ------------------------------------------------------------------------------------


@dataclass
class Outcome:
    error: BaseException | None
    texts: list[str]
    logged: list[str]
    left: list[str]


def run_once(e: Env, algorithm_id: str, parameters: dict[str, Any]) -> Outcome:
    """Run ``algorithm_id``; what it raised, reported, logged under STAC and left in ``e.out``."""
    import processing

    feedback = Feedback()
    logged: list[str] = []

    def on_message(message: str, tag: str, _level: Any) -> None:
        if tag == "STAC":
            logged.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(on_message)
    error: BaseException | None = None
    try:
        processing.run(algorithm_id, parameters, feedback=feedback)
    except Exception as exc:  # judged by the caller
        error = exc
    finally:
        log.messageReceived.disconnect(on_message)
    left = sorted(str(p.relative_to(e.out)) for p in e.out.rglob("*"))
    for entry in e.out.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    return Outcome(error, feedback.texts, logged, left)


def problems_of(outcome: Outcome) -> list[str]:
    """What is wrong with the outcome of a run given a bad value."""
    problems = []
    if outcome.error is None:
        problems.append("ran without an error")
    elif not isinstance(outcome.error, QgsProcessingException):
        problems.append(f"raised {type(outcome.error).__name__} instead of QgsProcessingException")
    seen = [str(outcome.error or ""), *outcome.texts]
    shown = [text for text in seen if PYTHONISMS.search(text)]
    if shown:
        problems.append(f"shows Python to the user: {shown[0][:400]!r}")
    if outcome.left:
        problems.append(f"left {outcome.left} in the output folder")
    unexpected = [m for m in outcome.logged if m.startswith("Unexpected error")]
    if unexpected:
        problems.append(f"took the unexpected-error path: {unexpected[0][-600:]}")
    return problems


# -- the sweep ----------------------------------------------------------------------------------


def test_every_algorithm_has_base_parameters(stac_provider) -> None:
    missing = sorted(a.id() for a in stac_provider.algorithms() if a.id() not in BASE)
    assert not missing, (
        f"No known-good base parameters for {missing}: add them to BASE in {Path(__file__).name} "
        "so that every parameter of these algorithms is swept with bad values."
    )


def test_base_parameters_run(stac_provider, env) -> None:
    """The base of each algorithm succeeds, so a failure in the sweep is the bad value's doing."""
    for algorithm in stac_provider.algorithms():
        if algorithm.id() not in BASE:
            continue
        outcome = run_once(env, algorithm.id(), BASE[algorithm.id()](env))
        assert outcome.error is None, f"{algorithm.id()}: {outcome.error}"


def _sweep_parameter(e: Env, algorithm: QgsProcessingAlgorithm, definition: Any) -> list[str]:
    """Run every fixed and ``EXAMPLES`` generated bad values of one parameter; the failures."""
    algorithm_id, name = algorithm.id(), definition.name()
    fixed, generated = bad_values(e, algorithm_id, definition)
    if not fixed and generated is None:
        return [f"{algorithm_id} {name}: no bad values known for parameter type {definition.type()!r}"]
    base = BASE[algorithm_id](e)
    failures: list[str] = []

    def check(value: Any) -> None:
        RUNS.append((algorithm_id, name))
        outcome = run_once(e, algorithm_id, {**base, name: value})
        problems = problems_of(outcome)
        if problems:
            failures.append(f"{algorithm_id} {name}={value!r}: " + "; ".join(problems))

    strategy = generated if generated is not None else st.sampled_from(fixed)
    test = settings(
        max_examples=EXAMPLES if generated is not None else 1,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(given(strategy)(check))
    for value in reversed(fixed):
        test = example(value)(test)
    test()
    return failures


def test_sweep_every_parameter_of_every_algorithm(stac_provider, env) -> None:
    failures: list[str] = []
    swept = []
    for algorithm in sorted(stac_provider.algorithms(), key=lambda a: a.id()):
        if algorithm.id() not in BASE:
            continue  # test_every_algorithm_has_base_parameters says so
        for definition in algorithm.parameterDefinitions():
            failures += _sweep_parameter(env, algorithm, definition)
            swept.append((algorithm.id(), definition.name()))
    assert len(swept) >= 18
    assert all(RUNS.count(pair) >= 3 for pair in swept), "a parameter got fewer than 3 bad values"
    print(f"{len(RUNS)} runs over {len(swept)} parameters")
    assert not failures, f"{len(failures)} bad values not handled well:\n" + "\n".join(failures)


# -- folders, and the safety net ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        (
            "/proc/stac-test/out",
            r"^The folder /proc/stac-test/out cannot be created: the system does not allow folders there$",
        ),
        ("{file}", r"^The folder {file} is a file, not a folder$"),
        ("{file}/sub", r"^The folder {file}/sub cannot be created: {file} is a file, not a folder$"),
        ("/proc/self", r"^The folder /proc/self is not writable: the system does not allow files there$"),
    ],
)
def test_download_folder_problems_are_one_clear_line(stac_provider, env, folder, message) -> None:
    a_file = str(env.inputs / "a-file")
    folder = folder.format(file=a_file)
    outcome = run_once(env, "stac:download", {**BASE["stac:download"](env), "FOLDER": folder})
    assert isinstance(outcome.error, QgsProcessingException)
    assert re.match(message.format(file=re.escape(a_file)), str(outcome.error)), str(outcome.error)
    assert outcome.texts == []  # nothing was read, nothing else said
    assert Path(a_file).read_text() == "x"


def test_an_unexpected_error_is_logged_not_shown(stac_provider, env) -> None:
    from plugin.processing.common import StacAlgorithm

    class BrokenAlgorithm(StacAlgorithm):
        def name(self) -> str:
            return "broken"

        def displayName(self) -> str:
            return "Broken algorithm"

        def initAlgorithm(self, config: Any = None) -> None:
            pass

        def processAlgorithm(self, parameters: Any, context: Any, feedback: Any) -> dict[str, Any]:
            return {"x": {}["missing-key"]}

    algorithm = BrokenAlgorithm().create()  # a subclass of StacAlgorithm is guarded automatically
    outcome = run_once(env, algorithm, {})  # type: ignore[arg-type]
    assert isinstance(outcome.error, QgsProcessingException)
    assert str(outcome.error) == (
        "Broken algorithm stopped on an unexpected error; the details are in the STAC tab of the log panel."
    )
    assert not PYTHONISMS.search(str(outcome.error)) and not any(PYTHONISMS.search(t) for t in outcome.texts)
    (logged,) = [m for m in outcome.logged if m.startswith("Unexpected error")]
    assert "Traceback (most recent call last)" in logged
    assert "KeyError: 'missing-key'" in logged
