"""A web server on 127.0.0.1, in a thread, serving the pages a test sets up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer
    drip: float = 0.0  # seconds between bytes of the body (a slow sender)
    length: bool = True  # send Content-Length


@dataclass
class Seen:
    path: str
    host: str
    accept_encoding: str


class PageServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.seen.append(
                    Seen(
                        self.path,
                        self.headers.get("Host", ""),
                        self.headers.get("Accept-Encoding", ""),
                    )
                )
                route = server.routes.get(self.path, Route(404, b"<h1>Not found</h1>"))
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.length:
                        self.send_header("Content-Length", str(len(route.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    if route.drip:
                        for index in range(len(route.body)):
                            self.wfile.write(route.body[index : index + 1])
                            self.wfile.flush()
                            time.sleep(route.drip)
                    else:
                        for start in range(0, len(route.body), 256 * 1024):
                            self.wfile.write(route.body[start : start + 256 * 1024])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (the size cap, a timeout)
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes | str, **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to}, content_type="")
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for seen in self.seen if seen.path == path)


@contextmanager
def page_server() -> Iterator[PageServer]:
    server = PageServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def article(title: str, text: str, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{text} Paragraph {n} of the report.</p>" for n in range(6))
    return (
        f"<!doctype html><html><head><title>{title}</title>{extra}</head><body>"
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )
