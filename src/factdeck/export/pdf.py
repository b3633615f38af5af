"""Printing HTML to PDF with headless Chromium.

Chromium lays out the worksheet exactly as the browser prints it (``@page``
sizes, page-margin footers, ``break-inside``), so the PDF is the same document
a teacher would get from the print dialog. Each run uses a fresh, throw-away
profile and turns off every background network feature, so printing works
offline and leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from factdeck import atomic
from factdeck.errors import ExportError
from factdeck.export import leftovers

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_ENV = "FACTDECK_CHROMIUM"  # a path to the browser, when it is not on PATH
TIMEOUT_SECONDS = 180
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
)


class BrowserNotFoundError(ExportError):
    """No Chromium or Chrome to print with."""


def find_browser() -> str:
    """The Chromium (or Chrome) executable, or a clear error saying how to install it."""
    override = os.environ.get(BROWSER_ENV, "").strip()
    if override:
        found = shutil.which(override)
        if found:
            return found
        raise BrowserNotFoundError(f"{BROWSER_ENV}={override} is not an executable browser")
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserNotFoundError(
        "printing to PDF needs Chromium, which was not found on PATH; install it "
        "(Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set "
        f"{BROWSER_ENV} to its path; the HTML worksheet prints from any browser too")


def headless_command(*args: str, profile: Path) -> list[str]:
    """The command line that runs the browser headless with a throw-away profile."""
    return [find_browser(), *HEADLESS_FLAGS, f"--user-data-dir={profile}", *args]


def run_headless(*args: str, timeout: float = TIMEOUT_SECONDS) -> subprocess.CompletedProcess:
    """Run headless Chromium once with a fresh profile; the profile is removed afterwards."""
    with leftovers.scratch_dir("chromium") as profile:  # swept by the next run if killed
        command = headless_command(*args, profile=profile)
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ExportError(f"Chromium did not finish within {timeout:.0f} s") from None
        except OSError as exc:
            raise ExportError(f"Chromium could not be started: {exc.strerror or exc}") from None


def print_to_pdf(html_file: Path, pdf_path: Path, *, timeout: float = TIMEOUT_SECONDS) -> None:
    """Print an HTML file to ``pdf_path`` (written atomically)."""
    pdf_path = Path(pdf_path)
    folder = pdf_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        leftovers.sweep_temps(pdf_path)
        fd, tmp = tempfile.mkstemp(prefix=leftovers.temp_prefix(pdf_path), suffix=".tmp",
                                   dir=folder)
    except OSError as exc:
        raise ExportError(f"{pdf_path}: cannot be written: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        result = run_headless(f"--print-to-pdf={tmp}", "--no-pdf-header-footer",
                              Path(html_file).resolve().as_uri(), timeout=timeout)
        if result.returncode != 0 or os.path.getsize(tmp) == 0:
            detail = (result.stderr or "").strip().splitlines()
            raise ExportError("Chromium could not print the worksheet to PDF"
                              + (f": {detail[-1]}" if detail else ""))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a PDF is an ordinary file
        atomic.replace_from(tmp, pdf_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def print_html_to_pdf(html: str, pdf_path: Path, *, timeout: float = TIMEOUT_SECONDS) -> None:
    """Print an HTML text to ``pdf_path`` through a temporary file."""
    find_browser()  # fail early and clearly when there is none
    with leftovers.scratch_dir("print") as folder:
        page = Path(folder) / "worksheet.html"
        page.write_text(html, encoding="utf-8")
        print_to_pdf(page, pdf_path, timeout=timeout)
