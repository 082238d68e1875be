"""A local HTTP server for the tests that fetch pages (``newsparse.fetch``, the CLI)."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: What the server answers on a path: one (status, body, headers) per request, the
#: last one again for every request after; header ``X-Sleep`` delays the answer.
Routes = dict[str, list[tuple[int, bytes, dict[str, str]]]]


class Served:
    """A running server: its base URL and the (path, User-Agent) of every request."""

    def __init__(self, base: str, seen: list[tuple[str, str]]) -> None:
        self.base = base
        self.seen = seen

    def url(self, path: str) -> str:
        return self.base + path


class _QuietServer(http.server.ThreadingHTTPServer):
    """A server that keeps quiet when a client has gone (a test's timeout): the
    traceback would land in a later test's captured stderr."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serve(routes: Routes) -> Iterator[Served]:
    """Serve ``routes`` on 127.0.0.1 at a free port while the block runs."""
    seen: list[tuple[str, str]] = []
    answers = {path: list(queue) for path, queue in routes.items()}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append((self.path, self.headers.get("User-Agent", "")))
            queue = answers.get(self.path, [(404, b"not found", {})])
            status, body, headers = queue.pop(0) if len(queue) > 1 else queue[0]
            if headers.get("X-Sleep"):
                time.sleep(float(headers["X-Sleep"]))
            self.send_response(status)
            for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = _QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{httpd.server_address[1]}", seen)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
