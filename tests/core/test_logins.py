"""The login registry: what the asset rules ask of it, and that it ends as empty as it began."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plugin.core import assets
from plugin.core.logins import LoginField, LoginProvider, LoginRegistry, registry


class BucketLogin(LoginProvider):
    """A key pair for ``s3://paid/``; configured or not."""

    name = "paid-bucket"
    title = "Paid bucket key pair"
    label = "a paid-bucket key pair"
    serves = ("s3://paid",)
    fields = (LoginField("username", "access key"), LoginField("password", "secret key"))

    def __init__(self, configured: bool) -> None:
        self.configured = configured

    def recognizes(self, href: str) -> bool:
        return href.startswith("s3://paid/")

    def handles(self, href: str) -> bool:
        return self.configured and self.recognizes(href)

    def sign_href(self, href: str) -> str:
        return href + "?sig=SECRET"

    def unsign_href(self, href: str) -> str:
        return href.split("?sig=", 1)[0]

    def gdal_options(self, href: str) -> dict[str, dict[str, str]]:
        return {"/vsis3/paid/": {"AWS_ACCESS_KEY_ID": "KEY"}}


class Broken(LoginProvider):
    name = "broken"

    def handles(self, href: str) -> bool:
        raise RuntimeError("a faulty login")


@pytest.fixture
def paid() -> Iterator[BucketLogin]:
    """A configured login in the core's registry, taken out afterwards."""
    login = BucketLogin(configured=True)
    assert registry.register(login) is None
    yield login
    assert registry.unregister(login.name, login) is login


def test_registering_and_unregistering_leaves_the_registry_empty():
    logins = LoginRegistry()
    first, second = BucketLogin(False), BucketLogin(True)
    assert logins.register(first) is None
    assert logins.register(second) is first  # same name: replaced
    assert logins.unregister(first.name, first) is None  # not the registered one: kept
    assert logins.providers() == [second]
    assert logins.unregister(second.name) is second
    assert logins.providers() == []
    assert logins.provider(second.name) is None
    assert logins.provider_for("s3://paid/x.tif") is None


def test_the_plugins_logins_leave_the_registry_as_they_found_it():
    from plugin.auth import AssetLogins

    logins = LoginRegistry()
    mine = AssetLogins(logins)
    mine.install(signed_projects=False)
    names = [login.name for login in logins.providers()]
    assert names == ["planetary-computer", "earthdata", "aws-requester-pays", "cdse"]
    assert all(login.title and login.label and login.serves for login in logins.providers())
    mine.remove()
    assert logins.providers() == []

    earlier = BucketLogin(True)
    earlier.name = "earthdata"  # a login registered before the plugin's of the same name
    logins.register(earlier)
    mine.install(signed_projects=False)
    assert logins.provider("earthdata") is not earlier
    mine.remove()
    assert logins.providers() == [earlier]


def test_a_login_is_required_until_one_is_configured():
    logins = LoginRegistry()
    href = "/vsis3/paid/scene/B04.tif"
    assert logins.missing_login(href) == ""  # nothing registered knows the bucket
    logins.register(BucketLogin(configured=False))
    assert logins.missing_login(href) == "a paid-bucket key pair"
    assert logins.sign_href(href) == href
    logins.register(BucketLogin(configured=True))
    assert logins.missing_login(href) == ""
    assert logins.sign_href(href) == "/vsis3/paid/scene/B04.tif?sig=SECRET"
    assert logins.unsign_href(logins.sign_href(href)) == href
    assert logins.gdal_options(href) == {"/vsis3/paid/": {"AWS_ACCESS_KEY_ID": "KEY"}}


def test_a_faulty_login_does_not_hide_the_others(caplog: pytest.LogCaptureFixture):
    logins = LoginRegistry()
    logins.register(Broken())
    logins.register(BucketLogin(configured=True))
    assert logins.provider_for("s3://paid/x.tif").name == "paid-bucket"
    assert "broken" in caplog.text


def test_redact_hides_query_secrets_whatever_the_host():
    text = LoginRegistry().redact("https://h/x.tif?a=1&sig=abc&X-Amz-Signature=def")
    assert text == "https://h/x.tif?a=1&sig=***&X-Amz-Signature=***"


def test_asset_rules_read_the_registry(paid: BucketLogin):
    assert assets.required_login("s3://paid/x.tif") == ""
    paid.configured = False
    assert assets.required_login("s3://paid/x.tif") == "a paid-bucket key pair"


def test_gdal_options_of_a_login_are_set_for_its_bucket_only(paid: BucketLogin):
    gdal = pytest.importorskip("osgeo.gdal")
    if int(gdal.VersionInfo()) < 3060000:
        pytest.skip("needs GDAL >= 3.6")
    try:
        assets.configure_gdal_for("s3://paid/x.tif")
        assert gdal.GetPathSpecificOption("/vsis3/paid/y.tif", "AWS_ACCESS_KEY_ID") == "KEY"
        assert gdal.GetPathSpecificOption("/vsis3/paid/y.tif", "AWS_NO_SIGN_REQUEST") is None
        assets.configure_gdal_for("s3://free/x.tif")  # no login claims it: read unsigned
        assert gdal.GetPathSpecificOption("/vsis3/free/y.tif", "AWS_NO_SIGN_REQUEST") == "YES"
        assert gdal.GetPathSpecificOption("/vsis3/free/y.tif", "AWS_ACCESS_KEY_ID") is None
    finally:
        gdal.ClearPathSpecificOptions("/vsis3/paid/")
        gdal.ClearPathSpecificOptions("/vsis3/free/")
