"""AWS key pair for requester-pays S3 buckets (Earth Search v1's Landsat hrefs in ``usgs-landsat``).

``s3://bucket/key`` opens as ``/vsis3/bucket/key``. A public bucket is read unsigned
(``AWS_NO_SIGN_REQUEST``, set by ``core.assets.configure_gdal_for``); a requester-pays bucket gets
the key pair of a Basic auth config (username: access key id, password: secret access key) and
``AWS_REQUEST_PAYER=requester`` as GDAL options of that bucket's ``/vsis3/<bucket>/`` prefix only.
The auth config is the ``asset_auth_cfg`` of a connection whose ``asset_login`` is
``"aws-requester-pays"``, or set with :func:`set_auth_cfg`.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from ..core.logins import LoginField, LoginRegistry, registry
from ..i18n import QT_TR_NOOP
from . import basic

NAME = "aws-requester-pays"
LABEL = QT_TR_NOOP("AWS credentials for a requester-pays bucket")
REQUESTER_PAYS_BUCKETS: dict[str, str] = {"usgs-landsat": "us-west-2", "usgs-landsat-ard": "us-west-2"}
"""Requester-pays bucket -> its AWS region."""


def set_auth_cfg(auth_cfg: str | None, logins: LoginRegistry = registry) -> None:
    """Use ``auth_cfg`` for requester-pays buckets (None: the connections' ``asset_auth_cfg`` again)."""
    basic.set_auth_cfg(NAME, auth_cfg, logins)


def bucket_of(href: str) -> str:
    """The bucket of an ``s3://`` href ("" for anything else)."""
    parts = urlsplit(href.strip())
    return (parts.netloc or "") if parts.scheme.lower() == "s3" else ""


class RequesterPaysProvider(basic.BasicConfigLogin):
    """Signs reads of requester-pays buckets with the configured key pair, bucket by bucket."""

    name = NAME
    title = QT_TR_NOOP("AWS key pair (requester-pays S3 buckets)")
    label = LABEL
    fields = (
        LoginField("username", QT_TR_NOOP("AWS access key ID")),
        LoginField("password", QT_TR_NOOP("AWS secret access key")),
    )
    sent_to = QT_TR_NOOP("with signed requests to those buckets (you pay for the transfer)")

    def __init__(
        self,
        auth_cfg: str | None = None,
        buckets: Mapping[str, str] | None = None,
        extra_options: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(auth_cfg)
        self.buckets = dict(REQUESTER_PAYS_BUCKETS if buckets is None else buckets)
        self.extra_options = dict(extra_options or {})
        """More options for each bucket's prefix (e.g. ``AWS_S3_ENDPOINT`` of a test endpoint)."""

    @property
    def serves(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(f"s3://{bucket}" for bucket in self.buckets)

    def handles(self, href: str) -> bool:
        return bucket_of(href) in self.buckets and bool(self.auth_cfg)

    def recognizes(self, href: str) -> bool:
        return bucket_of(href) in self.buckets

    def gdal_options(self, href: str) -> dict[str, dict[str, str]]:
        bucket = bucket_of(href)
        if bucket not in self.buckets:
            return {}
        key_id, secret = self.credentials()
        options = {
            "AWS_NO_SIGN_REQUEST": "NO",
            "AWS_ACCESS_KEY_ID": key_id,
            "AWS_SECRET_ACCESS_KEY": secret,
            "AWS_REQUEST_PAYER": "requester",
            "AWS_REGION": self.buckets[bucket],
            **self.extra_options,
        }
        return {f"/vsis3/{bucket}/": options}

