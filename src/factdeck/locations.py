"""Where factdeck keeps user data: decks, progress, cache.

``FACTDECK_HOME`` overrides everything (tests and portable installs use it);
otherwise the platform's user data and cache folders (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "factdeck"


def home_override() -> Path | None:
    """The folder named by ``FACTDECK_HOME``, if set."""
    value = os.environ.get("FACTDECK_HOME", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The user's factdeck data folder (not created)."""
    return home_override() or Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """The folder for caches that may be deleted at any time (not created)."""
    home = home_override()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_decks_dir() -> Path:
    """Where a user keeps their own decks, one folder per deck."""
    return data_dir() / "decks"


def progress_path() -> Path:
    """The default progress store."""
    return data_dir() / "progress.sqlite3"


def shipped_decks_dir() -> Path:
    """The decks installed with the package."""
    return Path(__file__).resolve().parent / "decks"
