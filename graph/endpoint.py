"""endpoint: HTTP to a SPARQL 1.1 service (Graph Store Protocol, Query, Update), with
credentials from the environment and errors that name the endpoint and what to do.

Credentials never come from the command line, where `ps` and shell history show them:
FILMGRAPH_ENDPOINT_USER and FILMGRAPH_ENDPOINT_PASSWORD (HTTP Basic), or
FILMGRAPH_ENDPOINT_TOKEN (a bearer token).
"""
from __future__ import annotations

import base64
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import BinaryIO

from .errors import FilmgraphError, UsageError

USER, PASSWORD, TOKEN = ("FILMGRAPH_ENDPOINT_USER", "FILMGRAPH_ENDPOINT_PASSWORD",
                         "FILMGRAPH_ENDPOINT_TOKEN")
TIMEOUT = 60.0  # seconds without a byte from the server; uploads of any size are fine


class EndpointError(FilmgraphError):
    """A SPARQL endpoint cannot be reached, refuses, or answers with an error."""


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Endpoint:
    url: str
    timeout: float = TIMEOUT
    headers: dict[str, str] = field(default_factory=dict, repr=False)  # repr=False: secrets

    @classmethod
    def of(cls, url: str, timeout: float = TIMEOUT, env: dict[str, str] | None = None) -> "Endpoint":
        """An endpoint URL checked, with the credentials the environment gives."""
        env = os.environ if env is None else env
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"{url!r} is not an http(s) endpoint URL "
                             "(for example http://127.0.0.1:7878/store)")
        if parts.username or parts.password:
            raise UsageError(f"the endpoint URL carries credentials; remove them and set "
                             f"{USER} and {PASSWORD} (or {TOKEN}) in the environment instead")
        headers = {}
        if env.get(TOKEN):
            headers["Authorization"] = f"Bearer {env[TOKEN]}"
        elif env.get(USER):
            pair = f"{env[USER]}:{env.get(PASSWORD, '')}".encode("utf-8")
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        return cls(url, timeout, headers)

    def with_params(self, **params: str) -> str:
        """The URL with query parameters added (an endpoint URL may have its own)."""
        parts = urllib.parse.urlsplit(self.url)
        query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        query += [(k.replace("_", "-"), v) for k, v in params.items()]
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))

    def request(self, method: str, url: str | None = None, data: bytes | BinaryIO | None = None,
                headers: dict[str, str] | None = None, ok: tuple[int, ...] = (200, 201, 204),
                length: int | None = None, what: str = "") -> Response:
        """One HTTP request; a status outside `ok` raises an EndpointError that says why."""
        target = url or self.url
        h = {**self.headers, **(headers or {})}
        if length is not None:
            h["Content-Length"] = str(length)
        req = urllib.request.Request(target, data=data, method=method, headers=h)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return Response(r.status, r.headers.get("Content-Type", ""), r.read())
        except urllib.error.HTTPError as e:
            body = e.read()
            if e.code in ok:
                return Response(e.code, e.headers.get("Content-Type", ""), body)
            raise self._refused(e.code, body, method, what) from None
        except urllib.error.URLError as e:
            raise self._unreachable(e.reason) from None
        except (socket.timeout, TimeoutError):
            raise EndpointError(f"{self.url}: no answer within {self.timeout:g} s "
                                "(is the server overloaded, or the URL wrong?)") from None
        except ConnectionError as e:
            raise self._unreachable(e) from None

    def _unreachable(self, reason) -> EndpointError:
        why = getattr(reason, "strerror", None) or str(reason)
        return EndpointError(f"{self.url}: cannot reach the endpoint ({why}); is the server "
                             "running, and are the host and port right?")

    def _refused(self, code: int, body: bytes, method: str, what: str) -> EndpointError:
        said = body.decode("utf-8", "replace").strip().splitlines()
        said_text = f": {said[0][:300]}" if said else ""
        doing = f" {what}" if what else ""
        if code in (401, 403):
            creds = f"{USER} and {PASSWORD} (or {TOKEN})"
            if code == 401:
                hint = (f"it wants credentials: set {creds}" if "Authorization" not in self.headers
                        else f"check the credentials in {creds}")
            else:
                hint = "the store is read-only, or the account may not do this" + (
                    f"; if it wants credentials, set {creds}"
                    if "Authorization" not in self.headers else "")
            return EndpointError(f"{self.url}: the endpoint refused{doing} (HTTP {code}"
                                 f"{said_text}); {hint}")
        if code == 404:
            return EndpointError(f"{self.url}: not found (HTTP 404{said_text}); is this the "
                                 "right service URL? (Oxigraph: /store for loading, /query "
                                 "for queries; Fuseki: /<dataset>/data and /<dataset>/sparql)")
        if code in (405, 501):
            return EndpointError(f"{self.url}: the endpoint does not accept {method}{doing} "
                                 f"(HTTP {code}{said_text}); is it read-only, or the query "
                                 "URL rather than the Graph Store URL?")
        if code == 413:
            return EndpointError(f"{self.url}: the graph is larger than the endpoint accepts "
                                 f"(HTTP 413{said_text}); raise its upload limit or use its "
                                 "bulk loader with out/graph.nq")
        return EndpointError(f"{self.url}: HTTP {code}{doing}{said_text}")
