"""The Processing algorithms use the logins of the saved connections, exactly as the dock does.

stac:search against an API that wants a credential header (the saved connection of its URL
lends its auth config and header, sent to that API only); stac:loadasset and stac:download of
assets that need the plugin's asset login: Planetary Computer SAS signing, NASA Earthdata,
requester-pays S3. Without the login each is refused with a clear message; with it, it works;
the secret never reaches another host, the Processing log or a project file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
)
from testbed.auth_servers import (
    BlobBed,
    FileHost,
    ProtectedApi,
    asset_host,
    ensure_master_password,
    remove_config,
    store_basic_config,
    write_cog,
)
from testbed.earthdata_server import COOKIE_NAME, EarthdataServer
from testbed.s3_server import requester_pays_endpoint

from plugin import auth
from plugin import settings as settings_module
from plugin.auth import earthdata, s3
from plugin.auth import planetary_computer as pc
from plugin.auth import project as signed_projects
from plugin.core.models import Connection
from plugin.layers import HREF_PROPERTY

pytestmark = pytest.mark.network

SECRET = "api-s3cr3t-Proc-42"
USER = "alice"
_PROVIDERS: list[Any] = []


class Feedback(QgsProcessingFeedback):
    """Keeps every text the algorithm and Processing report."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def pushInfo(self, info: str) -> None:
        self.texts.append(info)
        super().pushInfo(info)

    def pushDebugInfo(self, info: str) -> None:
        self.texts.append(info)
        super().pushDebugInfo(info)

    def pushCommandInfo(self, info: str) -> None:
        self.texts.append(info)
        super().pushCommandInfo(info)

    def pushConsoleInfo(self, info: str) -> None:
        self.texts.append(info)
        super().pushConsoleInfo(info)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        self.texts.append(error)
        super().reportError(error, fatalError)

    def text(self) -> str:
        return "\n".join(self.texts)


@pytest.fixture
def run(qgis_processing: None) -> Callable[..., dict[str, Any]]:
    """``run(algorithm_id, parameters, feedback=None, context=None)`` with the STAC provider registered."""
    import processing

    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("stac") is None:
        _PROVIDERS.append(StacProvider())
        assert registry.addProvider(_PROVIDERS[-1])

    def _run(
        algorithm: str,
        parameters: dict[str, Any],
        feedback: QgsProcessingFeedback | None = None,
        context: QgsProcessingContext | None = None,
    ) -> dict[str, Any]:
        return processing.run(algorithm, parameters, feedback=feedback or Feedback(), context=context)

    return _run


@pytest.fixture(scope="module")
def auth_db() -> None:
    if not ensure_master_password():
        pytest.fail("the QGIS auth database of the test profile cannot be unlocked")


@pytest.fixture
def save_connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """``save_connections(*connections)``: the plugin's saved connections (in a test settings group)."""
    group = "stac_plugin_processing_auth_test"
    monkeypatch.setattr(settings_module, "GROUP", group)
    QgsSettings().remove(group)

    def _save(*connections: Connection) -> None:
        settings_module.Settings(connections=list(connections)).save()

    _save()
    yield _save
    QgsSettings().remove(group)


def _items_file(folder: Path, assets: dict[str, str], item_id: str = "scene") -> Path:
    """An ItemCollection of one item whose GeoTIFF assets are ``{key: href}``."""
    item = {
        "type": "Feature",
        "stac_version": "1.0.0",
        "id": item_id,
        "geometry": {"type": "Point", "coordinates": [10.3, 49.7]},
        "bbox": [10.3, 49.7, 10.3, 49.7],
        "properties": {"datetime": "2024-01-01T00:00:00Z"},
        "links": [],
        "assets": {
            key: {"href": href, "type": "image/tiff; application=geotiff; profile=cloud-optimized"}
            for key, href in assets.items()
        },
    }
    path = folder / "items.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    return path


def _file_pixels(path: str) -> np.ndarray:
    dataset = gdal.Open(path)
    assert dataset is not None
    return dataset.GetRasterBand(1).ReadAsArray()


def _layer_pixels(layer: QgsRasterLayer) -> np.ndarray:
    provider = layer.dataProvider()
    block = provider.block(1, provider.extent(), layer.width(), layer.height())
    return np.frombuffer(bytes(block.data()), dtype=np.uint8).reshape(layer.height(), layer.width())


def test_the_connection_of_a_url_is_the_closest_saved_api() -> None:
    settings = settings_module.Settings(
        connections=[
            Connection("root", "https://stac.example/"),
            Connection("v1", "https://STAC.example/api/v1/"),
            Connection("other port", "https://stac.example:8443/api/v1"),
        ]
    )
    found = settings.connection_for_url
    assert found("https://stac.example/api/v1").name == "v1"
    assert found("https://stac.example/api/v1/collections/c/items/i?x=1").name == "v1"
    assert found("https://stac.example/api/v10").name == "root"  # a path boundary, not a prefix
    assert found("https://stac.example:8443/api/v1/").name == "other port"
    assert found("http://stac.example/api/v1") is None  # another scheme is another API
    assert found("https://elsewhere.example/api/v1") is None
    assert found("items.geojson") is None


# -- stac:search against an API that wants a credential ------------------------------------------


MODES = {
    # auth_header: (header the API checks, the value it expects)
    "X-API-Key": ("X-API-Key", SECRET),
    "Authorization: Bearer": ("Authorization", f"Bearer {SECRET}"),
}


@pytest.fixture(scope="module")
def other_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FileHost]:
    """The API's asset host, on another loopback address; serves its COG to anyone."""
    host = asset_host(tmp_path_factory.mktemp("assets"))
    yield host
    host.stop()


@pytest.fixture(params=list(MODES), ids=["api-key-header", "bearer"])
def api(request: pytest.FixtureRequest, other_host: FileHost) -> Iterator[tuple[ProtectedApi, str, FileHost]]:
    """(the API, the header mode of its credential, the host of its assets)."""
    header, value = MODES[request.param]
    server = ProtectedApi(header, value, asset_base=other_host.url)
    other_host.reset_log()
    gdal.VSICurlClearCache()
    yield server, request.param, other_host
    server.stop()


@pytest.fixture
def api_config(auth_db: None) -> Iterator[str]:
    config = store_basic_config("processing api key", USER, SECRET)
    yield config
    remove_config(config)


def _assert_secret_never_reached(host: FileHost) -> None:
    sent = "\n".join(seen.text() for seen in host.requests())
    assert SECRET not in sent
    assert all("authorization" not in s.headers and "x-api-key" not in s.headers for s in host.requests())


@pytest.mark.usefixtures("save_connections")
def test_search_without_a_saved_login_is_refused(run, api) -> None:
    server, _mode, _host = api
    with pytest.raises(QgsProcessingException, match=r"HTTP 401.*Save a connection with this URL"):
        run("stac:search", {"URL": server.url, "OUTPUT": "memory:"})
    assert [s.path for s in server.requests()] == ["/"]


def test_search_with_the_saved_connection_of_its_url(
    run, api, api_config, save_connections, tmp_path
) -> None:
    server, mode, other_host = api
    save_connections(
        Connection("elsewhere", "http://127.0.0.1:9/stac", auth_cfg="nope123"),
        Connection("protected", f"{server.url}/", auth_cfg=api_config, auth_header=mode),
    )
    feedback = Feedback()
    items_file = tmp_path / "found.geojson"
    result = run(
        "stac:search",
        {"URL": server.url, "MAX_ITEMS": 1, "OUTPUT": "memory:", "ITEMS_FILE": str(items_file)},
        feedback,
    )
    assert result["COUNT"] == 1
    assert [f["id"] for f in json.loads(items_file.read_text())["features"]] == ["item-1"]
    assert "saved connection 'protected'" in feedback.text()
    header = MODES[mode][0].lower()
    assert server.requests() and all(s.headers.get(header) == MODES[mode][1] for s in server.requests())

    # The items' asset lives on the other host: loaded and downloaded without the credential.
    loaded = run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "data"})
    assert QgsRasterLayer(loaded["OUTPUT"], "data", "gdal").isValid()
    folder = tmp_path / "out"
    (path,) = run("stac:download", {"ITEMS": str(items_file), "ASSETS": "data", "FOLDER": str(folder)})[
        "FILES"
    ]
    assert Path(path).name == "item-1_data.tif"
    assert other_host.requests()
    _assert_secret_never_reached(other_host)
    assert SECRET not in feedback.text()


def test_an_item_url_of_the_api_gets_its_login(run, api, api_config, save_connections) -> None:
    server, mode, other_host = api
    item_url = f"{server.url}/search"  # any address under the API's URL
    with pytest.raises(QgsProcessingException, match="HTTP 401"):
        run("stac:loadasset", {"ITEMS": item_url, "ASSET": "data"})
    save_connections(Connection("protected", server.url, auth_cfg=api_config, auth_header=mode))
    result = run("stac:loadasset", {"ITEMS": item_url, "ASSET": "data"})
    assert result["OUTPUT"] == f"/vsicurl/{other_host.url}/cog.tif"
    _assert_secret_never_reached(other_host)


@pytest.mark.usefixtures("auth_db")
def test_a_wrong_saved_login_is_named(run, api, save_connections) -> None:
    server, mode, _host = api
    wrong = store_basic_config("processing wrong key", USER, "not-the-secret")
    try:
        save_connections(Connection("protected", server.url, auth_cfg=wrong, auth_header=mode))
        with pytest.raises(QgsProcessingException, match=r"HTTP 401.*saved connection 'protected'"):
            run("stac:search", {"URL": server.url, "OUTPUT": "memory:"})
    finally:
        remove_config(wrong)


# -- Planetary Computer SAS signing ---------------------------------------------------------------

ACCOUNT = "pcacct"
CONTAINER = "sentinel2-l2"
KEY = "subscription-key-proc-7"


@pytest.fixture(scope="module")
def blob_bed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BlobBed]:
    bed = BlobBed(tmp_path_factory.mktemp("blob"), ACCOUNT, CONTAINER, value_offset=11, subscription_key=KEY)
    yield bed
    bed.stop()


@pytest.fixture
def signer(blob_bed: BlobBed) -> Iterator[pc.PlanetaryComputer]:
    """The Planetary Computer provider on the local token server and blob host; its subscription key
    comes from the saved connections, as in the dock."""
    provider = pc.PlanetaryComputer(
        token_endpoint=blob_bed.tokens.endpoint, storage_hosts={blob_bed.blob.netloc: ACCOUNT}, auth_cfg=None
    )
    previous = auth.provider(pc.NAME)
    QgsSettings().remove(pc.SETTINGS_AUTH_CFG)
    auth.register(provider)
    blob_bed.tokens.reset_log()
    blob_bed.blob.reset_log()
    gdal.VSICurlClearCache()
    yield provider
    if previous is not None:
        auth.register(previous)


@pytest.fixture
def pc_login(auth_db: None, save_connections) -> Iterator[Callable[[], None]]:
    """``pc_login()`` saves a Planetary Computer connection whose assets' login holds the key."""
    config = store_basic_config("pc processing key", "", KEY)

    def _save() -> None:
        save_connections(
            Connection(
                "Planetary Computer",
                "https://planetarycomputer.example/api/stac/v1",
                asset_login=pc.NAME,
                asset_auth_cfg=config,
            )
        )

    yield _save
    remove_config(config)


def _assert_key_stayed_with_the_token_server(bed: BlobBed) -> None:
    assert bed.tokens.requests()
    assert all(s.headers.get("ocp-apim-subscription-key") == KEY for s in bed.tokens.requests())
    sent = "\n".join(s.text() for s in bed.blob.requests())
    assert KEY not in sent and "ocp-apim-subscription-key" not in sent.lower()


def test_planetary_computer_asset_without_the_login_is_refused(
    run, blob_bed, signer, save_connections, tmp_path
) -> None:
    items = _items_file(tmp_path, {"B04": blob_bed.href})
    with pytest.raises(
        QgsProcessingException, match=f"No Planetary Computer token for {ACCOUNT}/{CONTAINER}"
    ):
        run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"})
    folder = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match="No Planetary Computer token"):
        run("stac:download", {"ITEMS": str(items), "ASSETS": "B04", "FOLDER": str(folder)})
    assert not folder.exists() or list(folder.iterdir()) == []
    assert blob_bed.blob.requests() == []


@pytest.mark.usefixtures("qgis_new_project", "signer", "layer_tree_view")
def test_planetary_computer_asset_loads_signed_and_is_saved_unsigned(
    run, blob_bed, pc_login, tmp_path
) -> None:
    import processing

    pc_login()
    items = _items_file(tmp_path, {"B04": blob_bed.href})
    unsigned = f"/vsicurl/{blob_bed.href}"
    feedback = Feedback()
    hooks = signed_projects.SignedProjects()
    hooks.install()
    try:
        result = processing.runAndLoadResults(
            "stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"}, feedback=feedback
        )
        assert result["OUTPUT"] == unsigned
        (layer,) = QgsProject.instance().mapLayers().values()
        assert layer.name() == "B04 · 2024-01-01" and layer.isValid()
        assert "sig=" in layer.source()  # opened signed, like the dock's layers
        assert layer.customProperty(HREF_PROPERTY) == unsigned
        assert np.array_equal(_layer_pixels(layer), blob_bed.pixels)

        project_file = tmp_path / "project.qgs"
        assert QgsProject.instance().write(str(project_file))
        text = project_file.read_text(encoding="utf-8")
        assert blob_bed.href in text
        assert "sig=" not in text and KEY not in text
    finally:
        hooks.remove()
    assert "sig=" not in feedback.text() and KEY not in feedback.text()
    _assert_key_stayed_with_the_token_server(blob_bed)


def test_planetary_computer_output_feeds_the_next_algorithm(
    run, blob_bed, signer, pc_login, tmp_path
) -> None:
    """In a model OUTPUT (the unsigned URI) must still name the signed layer of the run."""
    pc_login()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Feedback()
    items = _items_file(tmp_path, {"B04": blob_bed.href})
    uri = run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"}, feedback, context)["OUTPUT"]
    assert "sig=" not in uri
    stats = run("native:rasterlayerstatistics", {"INPUT": uri, "BAND": 1}, feedback, context)
    assert (stats["MIN"], stats["MAX"]) == (blob_bed.pixels.min(), blob_bed.pixels.max())


def test_planetary_computer_download(run, blob_bed, signer, pc_login, tmp_path) -> None:
    pc_login()
    items = _items_file(tmp_path, {"B04": blob_bed.href})
    folder = tmp_path / "out"
    feedback = Feedback()
    result = run(
        "stac:download",
        {
            "ITEMS": str(items),
            "ASSETS": "B04",
            "FOLDER": str(folder),
            "EXTENT": "10.1,10.4,49.6,49.9 [EPSG:4326]",
        },
        feedback,
    )
    (path,) = result["FILES"]
    assert sorted(p.name for p in folder.iterdir()) == ["scene_B04_clipped.tif"]  # clipped to EXTENT
    x0, _dx, _, y0, _, _dy = gdal.Open(path).GetGeoTransform()
    col, row = round((x0 - 10.0) / 0.01), round((50.0 - y0) / 0.01)  # the COG's origin and pixel size
    clipped = _file_pixels(path)
    assert 25 <= clipped.shape[0] < 40 and 25 <= clipped.shape[1] < 40
    assert np.array_equal(
        clipped, blob_bed.pixels[row : row + clipped.shape[0], col : col + clipped.shape[1]]
    )
    assert "sig=" not in feedback.text() and "sig=" not in json.dumps(result)
    _assert_key_stayed_with_the_token_server(blob_bed)


# -- NASA Earthdata ---------------------------------------------------------------------------------

EDL_USER = "edl-proc-user"
EDL_PASSWORD = "Edl-Proc-Pa55word"


@pytest.fixture
def earthdata_bed(tmp_path: Path) -> Iterator[tuple[EarthdataServer, np.ndarray]]:
    pixels = write_cog(tmp_path / "data" / "hls" / "B04.tif")
    server = EarthdataServer(tmp_path / "data", EDL_USER, EDL_PASSWORD)
    login_port = int(server.login_url.rsplit(":", 1)[1])
    before = gdal.GetConfigOption("GDAL_HTTP_COOKIEFILE")
    auth.register(
        earthdata.EarthdataProvider(
            auth_cfg=None,  # the saved connections' assets login, as in the dock
            data_hosts=("127.0.0.1",),
            login_origins=(("http", "127.0.0.2", login_port),),
            jar_path=tmp_path / "private" / earthdata.JAR_NAME,
            timeout_s=5,
        )
    )
    gdal.VSICurlClearCache()
    yield server, pixels
    auth.register(earthdata.EarthdataProvider())
    gdal.SetConfigOption("GDAL_HTTP_COOKIEFILE", before)
    server.stop()
    gdal.VSICurlClearCache()


def _earthdata_login(save_connections: Callable[..., None], config: str) -> None:
    save_connections(
        Connection(
            "CMR", "https://cmr.example/stac/LPCLOUD", asset_login=earthdata.NAME, asset_auth_cfg=config
        )
    )


def test_earthdata_asset_without_the_login_is_refused(run, earthdata_bed, save_connections, tmp_path) -> None:
    server, _pixels = earthdata_bed
    items = _items_file(tmp_path, {"B04": f"{server.data_url}/hls/B04.tif"})
    with pytest.raises(QgsProcessingException, match="needs a NASA Earthdata login, and none is set"):
        run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"})
    with pytest.raises(QgsProcessingException, match="needs a NASA Earthdata login"):
        run("stac:download", {"ITEMS": str(items), "ASSETS": "B04", "FOLDER": str(tmp_path / "out")})
    assert server.hits() == []


def test_earthdata_wrong_password_is_refused(run, earthdata_bed, auth_db, save_connections, tmp_path) -> None:
    server, _pixels = earthdata_bed
    wrong = store_basic_config("earthdata processing wrong", EDL_USER, "not-the-password")
    try:
        _earthdata_login(save_connections, wrong)
        items = _items_file(tmp_path, {"B04": f"{server.data_url}/hls/B04.tif"})
        with pytest.raises(QgsProcessingException, match="NASA Earthdata refused the login") as caught:
            run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"})
        assert "not-the-password" not in str(caught.value)
    finally:
        remove_config(wrong)


def test_earthdata_asset_loads_and_downloads(run, earthdata_bed, auth_db, save_connections, tmp_path) -> None:
    server, pixels = earthdata_bed
    config = store_basic_config("earthdata processing", EDL_USER, EDL_PASSWORD)
    try:
        _earthdata_login(save_connections, config)
        href = f"{server.data_url}/hls/B04.tif"
        items = _items_file(tmp_path, {"B04": href})
        feedback = Feedback()
        result = run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04"}, feedback)
        assert result["OUTPUT"] == f"/vsicurl/{href}"
        folder = tmp_path / "out"
        (path,) = run(
            "stac:download", {"ITEMS": str(items), "ASSETS": "B04", "FOLDER": str(folder)}, feedback
        )["FILES"]
        assert np.array_equal(_file_pixels(path), pixels)
    finally:
        remove_config(config)
    hits = server.hits()
    login_hits = [h for h in hits if h.host == "login"]
    data_hits = [h for h in hits if h.host == "data"]
    assert login_hits and all(h.authorization.startswith("Basic ") for h in login_hits)
    assert all(not h.authorization for h in data_hits), "the password reached the data host"
    assert all(COOKIE_NAME not in h.cookies for h in login_hits)
    assert any(COOKIE_NAME in h.cookies and h.status in (200, 206) for h in data_hits)
    assert EDL_PASSWORD not in feedback.text()


# -- requester-pays S3 ------------------------------------------------------------------------------

KEY_ID = "AKIAPROCESSINGKEY0001"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/ProcessingTESTSECRET"
PAID = "usgs-landsat"
PUBLIC = "public-bucket"


@pytest.fixture
def s3_bed(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The S3 endpoint (requester-pays bucket on 127.0.0.1, a public one on 127.0.0.2) and its pixels."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    base = tmp_path_factory.mktemp("s3")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(base / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(base / "no-aws-credentials"))
    server, pixels = requester_pays_endpoint(base, {KEY_ID: AWS_SECRET}, PAID, PUBLIC)
    options = {
        bucket: {
            "AWS_S3_ENDPOINT": server.endpoint(bucket),
            "AWS_HTTPS": "NO",
            "AWS_VIRTUAL_HOSTING": "FALSE",
        }
        for bucket in (PAID, PUBLIC)
    }
    for bucket, values in options.items():
        for key, value in values.items():
            gdal.SetPathSpecificOption(f"/vsis3/{bucket}/", key, value)
    # The saved connections' key pair, as in the dock; the endpoint of the test bucket on top.
    auth.register(s3.RequesterPaysProvider(auth_cfg=None, extra_options=options[PAID]))
    gdal.VSICurlClearCache()
    yield server, pixels
    for bucket in (PAID, PUBLIC):
        gdal.ClearPathSpecificOptions(f"/vsis3/{bucket}/")
    auth.register(s3.RequesterPaysProvider())
    gdal.VSICurlClearCache()
    server.stop()


def test_requester_pays_asset_without_the_login_is_refused(run, s3_bed, save_connections, tmp_path) -> None:
    server, _pixels = s3_bed
    items = _items_file(tmp_path, {"B4": f"s3://{PAID}/LC09/B4.TIF"})
    with pytest.raises(QgsProcessingException, match="needs AWS credentials for a requester-pays bucket"):
        run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B4"})
    with pytest.raises(QgsProcessingException, match="needs AWS credentials"):
        run("stac:download", {"ITEMS": str(items), "ASSETS": "B4", "FOLDER": str(tmp_path / "out")})
    assert server.hits() == []


def test_requester_pays_asset_loads_and_downloads(run, s3_bed, auth_db, save_connections, tmp_path) -> None:
    server, pixels = s3_bed
    config = store_basic_config("aws processing key pair", KEY_ID, AWS_SECRET)
    try:
        save_connections(
            Connection("Landsat", "https://stac.example/v1", asset_login=s3.NAME, asset_auth_cfg=config)
        )
        items = _items_file(
            tmp_path, {"B4": f"s3://{PAID}/LC09/B4.TIF", "public": f"s3://{PUBLIC}/LC09/B4.TIF"}
        )
        feedback = Feedback()
        result = run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B4"}, feedback)
        assert result["OUTPUT"] == f"/vsis3/{PAID}/LC09/B4.TIF"
        folder = tmp_path / "out"
        files = run(
            "stac:download", {"ITEMS": str(items), "ASSETS": "B4,public", "FOLDER": str(folder)}, feedback
        )["FILES"]
        assert sorted(Path(f).name for f in files) == ["scene_B4.tif", "scene_public.tif"]
        for path in files:
            assert np.array_equal(_file_pixels(path), pixels)
    finally:
        remove_config(config)
    hits = server.hits()
    paid = [h for h in hits if h.bucket == PAID]
    public = [h for h in hits if h.bucket == PUBLIC]
    assert paid and all(
        (h.address, h.key_id, h.request_payer) == ("127.0.0.1", KEY_ID, "requester") for h in paid
    )
    assert public and all((h.address, h.key_id, h.request_payer) == ("127.0.0.2", "", "") for h in public)
    assert AWS_SECRET not in feedback.text()
