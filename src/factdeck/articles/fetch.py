"""Downloading one web page, within limits a teacher never has to think about.

A page is fetched once with the standard library: a deadline for the whole
download (a server that trickles bytes cannot hang a build), a size cap read
as the bytes arrive (a Content-Length may lie or be missing), a bounded number
of redirects (a loop ends), and a content-type check before the body is read
(a PDF or an image is refused, not parsed). Every failure is an
:class:`FetchError` whose message is one line a person can act on.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from factdeck import __version__
from factdeck.errors import ArticleError

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+xml")
USER_AGENT = f"factdeck/{__version__} (building study decks from news articles)"

# <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">
_META_CHARSET = re.compile(
    rb"""(?ix)<meta[^>]{0,200}?     # a meta tag, its attributes before the charset
         charset\s*=\s*["']?        # charset= in either form, quoted or not
         (?P<charset>[a-z0-9_.:-]{1,40})""")


class FetchError(ArticleError):
    """A page that could not be downloaded or is not one factdeck can read."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """How long, how big and how far a download may go."""

    timeout: float = 20.0  # seconds for the whole download, connection included
    max_bytes: int = 5_000_000  # a news page is rarely over 2 MB
    max_redirects: int = 5


@dataclass(frozen=True)
class Page:
    """A downloaded page: its bytes and where they really came from."""

    url: str  # as asked
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes
    fetched: _dt.datetime = field(compare=False)

    def text(self) -> str:
        """The body as text: the header's charset, else the page's own <meta>, else UTF-8."""
        for charset in (self.charset, _meta_charset(self.body), "utf-8"):
            if not charset:
                continue
            try:
                return self.body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
        return self.body.decode("cp1252", errors="replace")


def is_url(text: str) -> bool:
    """Whether a command-line input is a web address rather than a file."""
    return bool(re.match(r"(?i)https?://[^/\s]", text))


def fetch(url: str, *, accept: tuple[str, ...] = HTML_TYPES, limits: Limits | None = None
          ) -> Page:
    """Download ``url``; raise :class:`FetchError` for anything but an accepted page in limits."""
    limits = limits or Limits()
    if not is_url(url):
        raise FetchError(url, "not an http:// or https:// address")
    deadline = time.monotonic() + limits.timeout
    opener = _opener(url, limits)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": ", ".join(accept) + ", */*;q=0.1",
        "Accept-Encoding": "identity",
    })
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in accept:
                raise FetchError(url, _refusal(content_type, accept))
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise FetchError(url, f"too large ({_size(int(length))}; "
                                 f"the limit is {_size(limits.max_bytes)})")
            body = _read(response, url, limits, deadline)
            return Page(url=url, final_url=response.geturl(), content_type=content_type,
                        charset=headers.get_content_charset(), body=body,
                        fetched=_dt.datetime.now(_dt.UTC).replace(microsecond=0))
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "loop" in str(exc.msg):
            raise FetchError(url, f"too many redirects (more than {limits.max_redirects}, "
                             "or a loop)") from None
        raise FetchError(url, f"HTTP {exc.code} {exc.reason or ''}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise FetchError(url, _reason(exc.reason, limits)) from None
    except TimeoutError:
        raise FetchError(url, f"timed out after {limits.timeout:g} s") from None
    except (OSError, ValueError) as exc:  # a connection reset, a malformed response
        raise FetchError(url, _reason(exc, limits)) from None


def _read(response: object, url: str, limits: Limits, deadline: float) -> bytes:
    """Read the body as it arrives, stopping at the size cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    read1 = response.read1  # type: ignore[attr-defined]  # whatever has arrived, up to n
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {limits.timeout:g} s (the page came too "
                             "slowly)")
        chunk = read1(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(url, f"too large (over {_size(limits.max_bytes)}, the limit)")
        chunks.append(chunk)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects up to the limit; urllib itself stops a loop that repeats a URL."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.max_redirections = limit
        self.max_repeats = min(self.max_repeats, limit)

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Message, newurl: str) -> urllib.request.Request | None:
        """Refuse a redirect off the web (urllib alone would follow one to ftp://)."""
        target = urllib.parse.urljoin(req.full_url, newurl)
        if not is_url(target):
            raise FetchError(req.full_url, f"redirected to {target!r}, which is not a web page")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(url: str, limits: Limits) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [_Redirects(limits.max_redirects)]
    if _is_loopback(urllib.parse.urlsplit(url).hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))  # a proxy cannot reach this machine
    return urllib.request.build_opener(*handlers)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(reason: object, limits: Limits) -> str:
    """One line for a network failure."""
    if isinstance(reason, TimeoutError):
        return f"timed out after {limits.timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "cannot find this host (no such name, or no network)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (no web server there)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.rstrip(".").lower()
    text = str(reason).strip() or type(reason).__name__
    return text.splitlines()[0]


def _refusal(content_type: str, accept: tuple[str, ...]) -> str:
    """Why a page of this type is not read, and what to do instead when there is something."""
    if accept != HTML_TYPES:
        return f"not a feed ({content_type})"
    if content_type in FEED_TYPES:
        return f"a feed ({content_type}), not an article: give it with --feed"
    return f"not a web page ({content_type}); only HTML articles can be read"


def _meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:4096])
    return m.group("charset").decode("ascii") if m else None


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"
