"""Copernicus Data Space Ecosystem (CDSE) S3 key pair for its ``eodata`` bucket.

The CDSE STAC API (``https://stac.dataspace.copernicus.eu/v1``) gives asset hrefs as
``s3://eodata/...``. They open as ``/vsis3/eodata/...`` against CDSE's own S3 endpoint
(``eodata.dataspace.copernicus.eu``, path-style, HTTPS), signed with the user's CDSE S3 key pair:
a Basic auth config (username: access key, password: secret key), the ``asset_auth_cfg`` of a
connection whose ``asset_login`` is ``"cdse"``. Every option, the key pair included, is set for
the ``/vsis3/eodata/`` prefix only, so the key goes to that endpoint and nowhere else.
"""

from __future__ import annotations

from ..core.logins import LoginField
from ..i18n import QT_TR_NOOP
from .basic import BasicConfigLogin
from .s3 import bucket_of

NAME = "cdse"
LABEL = QT_TR_NOOP("a Copernicus Data Space S3 key pair")
BUCKET = "eodata"
ENDPOINT = "eodata.dataspace.copernicus.eu"
REGION = "default"
"""The region CDSE's own S3 examples sign with."""


class CdseProvider(BasicConfigLogin):
    """Signs reads of ``s3://eodata/`` with the CDSE key pair, against CDSE's endpoint only.

    ``endpoint`` and ``https`` stand in for CDSE's in tests (a local S3 endpoint).
    """

    name = NAME
    title = QT_TR_NOOP("Copernicus Data Space S3 key pair")
    label = LABEL
    serves = (f"s3://{BUCKET}",)
    fields = (
        LoginField("username", QT_TR_NOOP("CDSE S3 access key")),
        LoginField("password", QT_TR_NOOP("CDSE S3 secret key")),
    )
    # ENDPOINT, spelled out for the extraction of translatable texts
    sent_to = QT_TR_NOOP("with signed requests to CDSE's endpoint, eodata.dataspace.copernicus.eu")

    def __init__(self, auth_cfg: str | None = None, endpoint: str = ENDPOINT, https: bool = True) -> None:
        super().__init__(auth_cfg)
        self.endpoint = endpoint
        self.https = https

    def recognizes(self, href: str) -> bool:
        return bucket_of(href) == BUCKET

    def handles(self, href: str) -> bool:
        return self.recognizes(href) and bool(self.auth_cfg)

    def gdal_options(self, href: str) -> dict[str, dict[str, str]]:
        if not self.recognizes(href):
            return {}
        key_id, secret = self.credentials()
        return {
            f"/vsis3/{BUCKET}/": {
                "AWS_S3_ENDPOINT": self.endpoint,
                "AWS_VIRTUAL_HOSTING": "FALSE",
                "AWS_HTTPS": "YES" if self.https else "NO",
                "AWS_REGION": REGION,
                "AWS_NO_SIGN_REQUEST": "NO",
                "AWS_ACCESS_KEY_ID": key_id,
                "AWS_SECRET_ACCESS_KEY": secret,
            }
        }

