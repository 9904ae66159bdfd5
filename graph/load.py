"""load: a built graph into a SPARQL 1.1 store, over the Graph Store HTTP Protocol.

A build goes into one named graph, `<base>graph` unless told otherwise: the name that
out/graph.nq carries. What `load` does depends on what the store already holds there:

- nothing: the graph is created;
- the same triples: nothing is sent, so loading twice leaves the store as loading once;
- other triples: refused, unless `replace` is set, so that no graph is overwritten by
  accident.

How the graph is written: with the store's SPARQL Update URL, it is uploaded (PUT) to a
staging graph and swapped in with one `MOVE GRAPH` request, which a store runs as one
transaction, the way a build stages its files and swaps them into out/: readers see the
old graph or the new one, and a failed upload leaves the old graph as it was. Without
one, it is PUT on the graph itself, which is atomic only where the store makes it so
(Oxigraph's PUT clears the graph and then loads it, in two steps).
"""
from __future__ import annotations

import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal

from .endpoint import Endpoint, EndpointError, Response
from .errors import InputError
from .namespaces import DEFAULT_BASE
from .text import short_hash

NTRIPLES = "application/n-triples"
# media type -> rdflib parser, for what a store sends back when asked for N-Triples
RDF_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
             "application/n-quads": "nquads", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld", "application/trig": "trig"}
SPOOL = 32 * 1024 * 1024  # a graph up to this size stays in memory; a larger one on disk


def graph_name(base: str = DEFAULT_BASE) -> str:
    """The named graph of a build under `base`."""
    return (base if base.endswith(("/", "#")) else base + "/") + "graph"


@dataclass(frozen=True)
class Source:
    """A build's triples as N-Triples, ready to send, and the graph name the file gives."""
    data: tempfile.SpooledTemporaryFile
    size: int
    triples: int
    name: str | None
    path: str


@dataclass(frozen=True)
class Loaded:
    endpoint: str
    graph: str
    triples: int
    action: str  # created | replaced | unchanged

    def words(self) -> str:
        if self.action == "unchanged":
            return (f"<{self.graph}> at {self.endpoint} already holds these {self.triples} "
                    "triples; nothing sent")
        return f"{self.action} <{self.graph}> at {self.endpoint}: {self.triples} triples"


def read_source(path: str | Path) -> Source:
    """out/graph.nq (one named graph), an N-Triples file, or any graph file filmgraph reads."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such graph file (run `filmgraph build` first)")
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL)
    name, count = None, 0
    suffix = p.suffix.lower()
    if suffix in (".nq", ".nt"):
        with p.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip(b"\r\n")
                if not line.strip() or line.lstrip().startswith(b"#"):
                    continue
                if suffix == ".nq":
                    line, g = _strip_graph(line, str(p), n)
                    if count == 0:
                        name = g
                    elif g != name:
                        raise InputError(str(p), f"holds more than one graph ({_shown(name)}, "
                                         f"{_shown(g)}); load the graph.nq of one build", line=n)
                out.write(line + b"\n")
                count += 1
    else:
        from .query import load_graph  # Turtle, JSON-LD, ...: parse and write N-Triples

        text = load_graph(p).serialize(format="nt", encoding="utf-8")
        out.write(text)
        count = sum(1 for line in text.splitlines() if line.strip())
    size = out.tell()
    out.seek(0)
    return Source(out, size, count, name, str(p))


def _shown(graph: str | None) -> str:
    return f"<{graph}>" if graph else "the default graph"


def _strip_graph(line: bytes, path: str, n: int) -> tuple[bytes, str | None]:
    """An N-Quads line -> (the N-Triples line, its graph name; None: default graph)."""
    body = line.rstrip()
    try:
        if not body.endswith(b"."):
            raise ValueError("no final '.'")
        body = body[:-1].rstrip()
        spans = _term_spans(body)
    except (ValueError, IndexError) as e:
        raise InputError(path, f"not an N-Quads line ({e})", line=n) from None
    if len(spans) == 3:
        return body + b" .", None
    if len(spans) == 4 and body[spans[3][0]:spans[3][0] + 1] == b"<":
        start, end = spans[3]
        return body[:start].rstrip() + b" .", body[start + 1:end - 1].decode("utf-8")
    raise InputError(path, f"not an N-Quads line ({len(spans)} terms)", line=n)


def _term_spans(text: bytes) -> list[tuple[int, int]]:
    """Where each RDF term of an N-Triples/N-Quads line body starts and ends (a literal
    may hold spaces and `>`, so splitting on spaces will not do)."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if text[i] in b" \t":
            i += 1
            continue
        start = i
        if text[i] == ord("<"):
            i = text.index(b">", i) + 1
        elif text[i] == ord('"'):
            i += 1
            while text[i] != ord('"'):
                i += 2 if text[i] == ord("\\") else 1
            i += 1
            if text[i:i + 2] == b"^^":
                i = text.index(b">", i) + 1
            elif text[i:i + 1] == b"@":
                while i < n and text[i] not in b" \t":
                    i += 1
        else:  # a blank node
            while i < n and text[i] not in b" \t":
                i += 1
        spans.append((start, i))
    return spans


def _graph(data: bytes, content_type: str, where: str) -> Graph:
    fmt = RDF_TYPES.get(content_type.split(";")[0].strip().lower(), "nt")
    g = Graph()
    try:
        g.parse(data=data, format=fmt)
    except Exception as e:  # rdflib raises several kinds
        raise EndpointError(f"{where}: the store sent a graph filmgraph cannot read ({e})") from None
    return g


def valued(triples) -> set[tuple]:
    """Triples with each typed literal as its value: stores may rewrite a literal's lexical
    form to the canonical one (Oxigraph reads "155.0"^^xsd:decimal as "155"), which is
    the same RDF value, so the same graph."""
    def term(t):
        if isinstance(t, Literal) and t.datatype is not None and t.value is not None:
            return ("literal", str(t.datatype), t.value)
        return t
    return {(s, p, term(o)) for s, p, o in triples}


def stored(gsp: Endpoint, graph: str) -> Response | None:
    """What the store holds in `graph` (as it sends it), or None when it has no such graph."""
    r = gsp.request("GET", gsp.with_params(graph=graph), headers={"Accept": NTRIPLES},
                    ok=(200, 404), what=f"reading <{graph}>")
    return None if r.status == 404 else r


def _line_keys(data: bytes) -> set | None:
    """The triples of N-Triples text as comparable keys, typed literals by value, without
    building rdflib terms for the rest: five to ten times faster than parsing, for the
    common case of a store sending back what it was sent. None when a line is not plain
    N-Triples."""
    keys = set()
    for raw in data.splitlines():
        body = raw.strip()
        if not body or body.startswith(b"#"):
            continue
        if not body.endswith(b"."):
            return None
        body = body[:-1].rstrip()
        try:
            spans = _term_spans(body)
        except (ValueError, IndexError):
            return None
        if len(spans) != 3:
            return None
        s, p, o = (body[a:b] for a, b in spans)
        if o.startswith(b'"') and o.endswith(b">") and b'"^^<' in o:
            lexical, datatype = o[1:-1].rsplit(b'"^^<', 1)
            if b"\\" not in lexical:  # numbers, dates, durations: no escapes to undo
                value = Literal(lexical.decode("utf-8"), datatype=datatype.decode("utf-8")).value
                if value is not None:
                    o = ("literal", datatype, value)
        keys.add((s, p, o))
    return keys


def same_graph(ours: bytes, there: Response, where: str) -> tuple[bool, int, int]:
    """Whether the store's copy holds our triples (by value); and how many triples it
    holds, and how many of them we do not."""
    if there.content_type.split(";")[0].strip().lower() in ("application/n-triples", "text/plain"):
        a, b = _line_keys(ours), _line_keys(there.body)
        if a is not None and b is not None and a == b:
            return True, len(b), 0
    try:
        mine = valued(Graph().parse(data=ours, format="nt"))
    except Exception as e:  # rdflib raises several kinds
        raise InputError(where, f"not valid N-Triples: {e}") from None
    theirs = valued(_graph(there.body, there.content_type, where))
    return mine == theirs, len(theirs), len(theirs - mine)


def _put(gsp: Endpoint, graph: str, source: Source) -> None:
    source.data.seek(0)
    gsp.request("PUT", gsp.with_params(graph=graph), data=source.data, length=source.size,
                headers={"Content-Type": NTRIPLES}, what=f"writing <{graph}>")


def _update(update: Endpoint, text: str, what: str) -> None:
    # the URL-encoded form: of the protocol's two ways to POST an update, the one every
    # store takes (RDF4J and GraphDB among them)
    update.request("POST", data=urllib.parse.urlencode({"update": text}).encode("ascii"),
                   what=what, headers={"Content-Type": "application/x-www-form-urlencoded"})


def staging_name(graph: str) -> str:
    """Where a graph is uploaded before it is swapped in: one name per target graph, so an
    interrupted load leaves one stale graph at most, which the next load overwrites."""
    return f"urn:filmgraph:staging:{short_hash(graph, length=16)}"


def load(source_path: str | Path, gsp_url: str, graph: str | None = None,
         replace: bool = False, update_url: str | None = None,
         timeout: float | None = None) -> Loaded:
    """Load a built graph file into the store at `gsp_url` (see the module docstring)."""
    kw = {"timeout": timeout} if timeout else {}
    gsp = Endpoint.of(gsp_url, **kw)
    update = Endpoint.of(update_url, **kw) if update_url else None
    source = read_source(source_path)
    name = graph or source.name or graph_name()
    try:
        if replace:  # what is there does not matter, only whether something is
            r = gsp.request("HEAD", gsp.with_params(graph=name), ok=(200, 204, 404, 405),
                            what=f"looking for <{name}>")
            action = "created" if r.status == 404 else "replaced"
        else:
            there = stored(gsp, name)
            action = "created" if there is None or not there.body.strip() else "replaced"
        if action == "replaced" and not replace:
            same, size, foreign = same_graph(source.data.read(), there, source.path)
            if same:
                return Loaded(gsp.url, name, source.triples, "unchanged")
            raise EndpointError(
                f"{gsp.url}: <{name}> already holds a different graph ({size} triples, "
                f"{foreign} not in {source.path}); pass --replace to replace it, or "
                "--graph to load into another named graph")
        if update is None:
            _put(gsp, name, source)
        else:
            staging = staging_name(name)
            try:
                _put(gsp, staging, source)
                _update(update, f"MOVE GRAPH <{staging}> TO <{name}>",
                        what=f"moving the upload into <{name}>")
            except EndpointError:
                try:
                    _update(update, f"DROP SILENT GRAPH <{staging}>", what="cleaning up")
                except EndpointError:
                    pass  # the first error is the one to report
                raise
        return Loaded(gsp.url, name, source.triples, action)
    finally:
        source.data.close()


def graph_name_in(path: str | Path) -> str | None:
    """The graph name an N-Quads file of filmgraph's carries (its first line's), if any."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip() and not line.lstrip().startswith(b"#"):
                    return _strip_graph(line.rstrip(b"\r\n"), str(p), n)[1]
    except OSError:
        return None
    return None

