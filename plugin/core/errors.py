"""The core's exception types; each message is written for the user to read."""

from __future__ import annotations


class StacPluginError(Exception):
    """Base of every error the core raises on purpose.

    ``str(error)`` is one line fit for the message bar; ``detail`` carries whatever
    helps diagnose it in the log (a URL, an HTTP body excerpt, a traceback summary).
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class NetworkError(StacPluginError):
    """The server could not be reached, timed out or answered with an HTTP error."""

    def __init__(self, message: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(message, detail)
        self.status = status


class NotStacError(StacPluginError):
    """The answer was not JSON, or JSON that is not a STAC API / catalog / item."""


class NotRasterError(StacPluginError):
    """An asset was asked for as a raster but is not one GDAL can read."""


class LoginRequiredError(StacPluginError):
    """The asset needs a login this plugin cannot supply."""


class SaveError(StacPluginError):
    """Saving an asset to disk failed (existing file, disk, read error)."""


class Cancelled(StacPluginError):  # noqa: N818 (reads as the state the user chose)
    """The user cancelled the operation."""

    def __init__(self, message: str = "Cancelled", detail: str = "") -> None:
        super().__init__(message, detail)
