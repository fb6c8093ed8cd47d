"""What a login adds to the "Copy as Python" script comes from the login, through the registry."""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest

from plugin.core.logins import LoginProvider, ScriptSetup, registry
from plugin.core.python_script import ScriptRequest, build_script


@pytest.fixture
def builtin_logins() -> Iterator[None]:
    from plugin.auth import AssetLogins

    logins = AssetLogins()
    logins.install(signed_projects=False)
    yield
    logins.remove()


def _script(asset_login: str) -> str:
    request = ScriptRequest(
        url="http://127.0.0.1:1/", search={"collections": ["s2"]}, max_items=5,
        assets=(("item", "red", "item_red.tif"),), asset_login=asset_login,
    )
    script = build_script(request)
    ast.parse(script)
    return script


def test_planetary_computer_signs_through_its_package(builtin_logins) -> None:
    script = _script("planetary-computer")
    assert "import planetary_computer  # pip install planetary-computer" in script
    assert "client = Client.open('http://127.0.0.1:1/', modifier=planetary_computer.sign_inplace)" in script


def test_earthdata_keeps_gdal_s_session_cookie(builtin_logins) -> None:
    script = _script("earthdata")
    assert 'os.environ["GDAL_HTTP_COOKIEFILE"] = "./cookies.txt"' in script
    assert script.index("GDAL_HTTP_COOKIEJAR") < script.index("client = Client.open(")


def test_a_login_that_is_not_registered_adds_nothing() -> None:
    registered = registry.unregister("planetary-computer")  # (when other tests left it registered)
    try:
        script = _script("planetary-computer")
    finally:
        if registered is not None:
            registry.register(registered)
    assert "planetary_computer" not in script
    assert "client = Client.open('http://127.0.0.1:1/')" in script


def test_any_registered_login_can_add_to_the_script() -> None:
    class Token(LoginProvider):
        name = "token-login"

        def script_setup(self) -> ScriptSetup:
            return ScriptSetup(imports=("import tokenlib",), setup=("TOKEN = tokenlib.read()",),
                               client_options=", headers={'Authorization': TOKEN}")

    registry.register(Token())
    try:
        script = _script("token-login")
    finally:
        registry.unregister("token-login")
    assert "import tokenlib\n" in script and "TOKEN = tokenlib.read()\n" in script
    assert "Client.open('http://127.0.0.1:1/', headers={'Authorization': TOKEN})" in script
