"""A web server on 127.0.0.1 for the tests: news pages, feeds, and the ways fetching goes wrong.

Started by a test, in a thread; every slow answer is bounded in time and the
server stops when the test ends. Nothing here ever reaches another host.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import newspages


@dataclass
class Route:
    """What the server answers at one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # a redirect's target
    trickle: float = 0.0  # seconds between bytes: a slow server (bounded by max_seconds)
    stall: float = 0.0  # seconds before any answer
    no_length: bool = False  # no Content-Length: the size is known only by reading
    max_seconds: float = 4.0
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    hits: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path.split("?", 1)[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        route = self.routes.get(path)
        if route is None:
            route = Route(b"<html><body><h1>Page not found</h1></body></html>", status=404)
        if route.stall:
            time.sleep(min(route.stall, route.max_seconds))
        self.send_response(route.status)
        if route.location:
            self.send_header("Location", route.location)
        self.send_header("Content-Type", route.content_type)
        for key, value in route.headers.items():
            self.send_header(key, value)
        if not route.no_length and not route.trickle:
            self.send_header("Content-Length", str(len(route.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            if route.trickle:
                deadline = time.monotonic() + route.max_seconds
                for i in range(len(route.body)):
                    if time.monotonic() > deadline:
                        break
                    self.wfile.write(route.body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(route.trickle)
            else:
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


class NewsServer:
    """The test server: ``base`` is its address, ``routes`` what it serves."""

    def __init__(self) -> None:
        handler = type("Handler", (_Handler,), {"routes": {}, "hits": {}})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.handler = handler
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def routes(self) -> dict[str, Route]:
        return self.handler.routes

    @property
    def hits(self) -> dict[str, int]:
        return self.handler.hits

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> NewsServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def serve_news(server: NewsServer) -> list[newspages.Page]:
    """Serve every test page, the feeds and the failure cases; returns the article pages."""
    pages = newspages.pages(server.base)
    for page in pages:
        server.routes[page.path] = Route(page.html.encode("utf-8"))
    r = server.routes
    r["/money/rates"] = Route(newspages.paywall_page().encode("utf-8"))
    listing = [(p.path, p.title or "", "") for p in pages]
    rss_dates = ["Tue, 12 Mar 2024 08:30:00 GMT", "Fri, 03 May 2024 17:45:00 GMT",
                 "Mon, 02 Oct 2023 08:00:00 GMT", "Sun, 14 Jan 2024 00:00:00 GMT",
                 "Thu, 09 Nov 2023 00:00:00 GMT", "Wed, 07 Feb 2024 06:00:00 GMT",
                 "Sat, 22 Jun 2024 00:00:00 GMT", "Fri, 05 Apr 2024 09:00:00 GMT"]
    rss = [(p, t, d) for (p, t, _), d in zip(listing, rss_dates, strict=True)]
    r["/feeds/rss.xml"] = Route(newspages.rss_feed(server.base, rss).encode("utf-8"),
                                content_type="application/rss+xml; charset=utf-8")
    atom_dates = ["2024-03-12T08:30:00Z", "2024-05-03T17:45:00Z", "2023-10-02T08:00:00Z",
                  "2024-01-14T00:00:00Z", "2023-11-09T00:00:00Z", "2024-02-07T06:00:00Z",
                  "2024-06-22T00:00:00Z", "2024-04-05T09:00:00Z"]
    atom = [(p, t, d) for (p, t, _), d in zip(listing, atom_dates, strict=True)]
    r["/feeds/atom.xml"] = Route(newspages.atom_feed(server.base, atom).encode("utf-8"),
                                 content_type="application/atom+xml")
    r["/loop/a"] = Route(status=302, location="/loop/b")
    r["/loop/b"] = Route(status=302, location="/loop/a")
    r["/moved"] = Route(status=301, location=pages[0].path)
    r["/slow"] = Route(pages[1].html.encode("utf-8"), trickle=0.05, max_seconds=3.0)
    r["/stall"] = Route(pages[1].html.encode("utf-8"), stall=3.0, max_seconds=3.0)
    huge = pages[2].html.replace("</body>", "<div>" + "<p>padding text</p>" * 200_000 +
                                 "</div></body>")
    r["/huge"] = Route(huge.encode("utf-8"))
    r["/huge-streamed"] = Route(huge.encode("utf-8"), no_length=True)
    r["/report.pdf"] = Route(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                             content_type="application/pdf")
    r["/image.png"] = Route(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    r["/empty"] = Route(b"<html><head><title>Nothing</title></head><body></body></html>")
    return pages


@contextmanager
def running() -> Iterator[NewsServer]:
    """A started server with the news pages, stopped at the end of the block."""
    server = NewsServer().start()
    try:
        serve_news(server)
        yield server
    finally:
        server.stop()
