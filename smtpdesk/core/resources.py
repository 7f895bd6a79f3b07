"""Where the bundled data directories (`resources/`, `translations/`) are at run time.

A checkout or editable install has them at the repository's top level, an installed wheel
inside the package (hatchling force-include: `smtpdesk/resources`), and a PyInstaller bundle
under `sys._MEIPASS`. (In core, so that core needs nothing of smtpdesk outside it; the
data directory `smtpdesk/resources/` of a wheel is a sibling of `core/`, not this module.)
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # smtpdesk/


def bundled_path(top: str, *parts: str) -> Path:
    """A path under the bundled top-level data directory `top` ("resources", "translations")."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle, top, *parts)
    installed = _PACKAGE_DIR / top
    if installed.is_dir():
        return installed.joinpath(*parts)
    return _PACKAGE_DIR.parent.joinpath(top, *parts)


def resource_path(*parts: str) -> Path:
    """A path under `resources/`, e.g. `resource_path("providers")`."""
    return bundled_path("resources", *parts)
