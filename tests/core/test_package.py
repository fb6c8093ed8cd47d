"""How the release build moves imports of bundled packages under the plugin's private package."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import package
import vendor_init

P = "stac_imagery_search._vendor"


def rewrite(source: str) -> str:
    return package.rewrite_imports(source, {"pystac", "pystac_client"}, P)


def test_every_import_form_is_moved() -> None:
    assert rewrite("import pystac\n") == f"from {P} import pystac\n"
    assert rewrite("import pystac as ps\n") == f"from {P} import pystac as ps\n"
    assert rewrite("import pystac.item\n") == f"import {P}.pystac.item; from {P} import pystac\n"
    assert rewrite("import pystac.item as it\n") == f"import {P}.pystac.item as it\n"
    moved = rewrite("from pystac_client.client import Client\n")
    assert moved == f"from {P}.pystac_client.client import Client\n"
    moved = rewrite("from pystac import (\n    Item,\n    Asset,\n)\n")
    assert moved == f"from {P}.pystac import (\n    Item,\n    Asset,\n)\n"
    assert rewrite("import os, pystac\n") == f"import os; from {P} import pystac\n"


def test_other_imports_and_relative_ones_stay() -> None:
    for source in ("import os\n", "from . import pystac\n", "from .pystac import x\n", "import pystacx\n",
                   "from requests import get\n", "x = 'import pystac'\n"):  # fmt: skip
        assert rewrite(source) == source


def test_imports_inside_functions_and_blocks_are_moved() -> None:
    source = "def f():\n    if True: import pystac\n    from pystac_client import Client\n    return Client\n"
    assert rewrite(source) == (
        f"def f():\n    if True: from {P} import pystac\n"
        f"    from {P}.pystac_client import Client\n    return Client\n"
    )


def test_module_name_strings_are_moved() -> None:
    source = 'files("pystac.static")\nname = "pystac"\nmsg = "pystac.static is here"\n'
    moved = package.rewrite_module_strings(source, {"pystac.static"}, P)
    assert moved == f"files('{P}.pystac.static')\nname = \"pystac\"\nmsg = \"pystac.static is here\"\n"


def test_version_specifiers() -> None:
    assert vendor_init.satisfies("2.28.1", ">=2.28.2") is False
    assert vendor_init.satisfies("2.32.3", ">=2.28.2")
    assert vendor_init.satisfies("1.26.12", "<3,>=1.21.1")
    assert vendor_init.satisfies("3.0", "<3,>=1.21.1") is False
    assert vendor_init.satisfies("0.8.6", ">=0.7")
    assert vendor_init.satisfies("2.8.2", ">=2.8.2")
    assert vendor_init.satisfies("1.15.2", "~=1.15")
    assert vendor_init.satisfies("2.0", "~=1.15") is False
    assert vendor_init.satisfies("4.17.3", "==4.*")
    assert vendor_init.satisfies("2022.9.24", ">=2023.5.7") is False
