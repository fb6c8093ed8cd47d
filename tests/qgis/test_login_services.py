"""What the logins take from the plugin: the saved auth configs, the user's timeout, QGIS's network."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping

import pytest
from testbed.auth_servers import BlobBed

from plugin import auth
from plugin.auth import planetary_computer as pc
from plugin.auth import services
from plugin.core.config import Defaults
from plugin.core.models import Connection
from plugin.login_services import qgis_login_services
from plugin.settings import Settings, load_defaults, save_defaults

ACCOUNT = "svcacct"
CONTAINER = "svc-container"


@pytest.fixture(scope="module")
def bed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BlobBed]:
    servers = BlobBed(tmp_path_factory.mktemp("blob"), ACCOUNT, CONTAINER)
    yield servers
    servers.stop()


@pytest.fixture
def user_timeout() -> Iterator[int]:
    """The user's network timeout set to 7 s in the settings (put back afterwards)."""
    saved = load_defaults()
    save_defaults(dataclasses.replace(saved, timeout_s=7), ["timeout_s"])
    yield 7
    save_defaults(saved, ["timeout_s"])


@pytest.fixture
def fetched() -> Iterator[list[tuple[str, float]]]:
    """The (url, timeout) of every request the logins send; the requests go out through QGIS."""
    sent: list[tuple[str, float]] = []
    plugin_services = qgis_login_services()

    def fetch(url: str, headers: Mapping[str, str], timeout_s: float) -> str:
        sent.append((url, timeout_s))
        return plugin_services.fetch(url, headers, timeout_s)

    previous = services.install(dataclasses.replace(plugin_services, fetch=fetch))
    yield sent
    services.install(previous)


def test_token_requests_use_the_users_timeout(bed: BlobBed, user_timeout: int, fetched) -> None:
    provider = pc.PlanetaryComputer(
        token_endpoint=bed.tokens.endpoint, storage_hosts={bed.blob.netloc: ACCOUNT}, auth_cfg=""
    )
    assert "sig=" in provider.sign_href(bed.href)
    assert fetched == [(f"{bed.tokens.endpoint}/{ACCOUNT}/{CONTAINER}", user_timeout)]
    save_defaults(Defaults(timeout_s=9), ["timeout_s"])  # a changed setting applies to the next request
    provider.clear()
    provider.sign_href(bed.href)
    assert fetched[-1][1] == 9


def test_the_saved_connections_name_the_auth_config(monkeypatch: pytest.MonkeyPatch) -> None:
    saved = [
        Connection("public", "https://a.example/stac"),
        Connection("pc", "https://b.example/stac", asset_login=pc.NAME, asset_auth_cfg="abc1234"),
    ]
    monkeypatch.setattr(Settings, "load", classmethod(lambda cls: cls(connections=saved)))
    found = pc.PlanetaryComputer(auth_cfg=None)
    assert found.subscription_auth_cfg() == "abc1234"
    assert found.subscription_auth_cfg() == qgis_login_services().auth_cfg_of(pc.NAME)
    assert qgis_login_services().auth_cfg_of("earthdata") == ""


def test_asset_logins_install_their_services_and_put_the_previous_back() -> None:
    before = services.current()
    mine = services.LoginServices(timeout_s=lambda: 3.0)
    logins = auth.AssetLogins(auth.LoginRegistry(), services=mine)
    logins.install(signed_projects=False)
    try:
        assert services.current() is mine
    finally:
        logins.remove()
    assert services.current() is before
