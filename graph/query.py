"""query: SPARQL over an exported graph; results as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef

from .errors import InputError, UsageError
from .namespaces import PREFIXES, bind

QUERIES = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "json")
GRAPH_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
                 ".nq": "nquads", ".trig": "trig"}


def examples() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERIES.glob("*.rq"))}


def query_text(arg: str) -> str:
    """The query itself, a .rq file, or the name of an example in graph/queries/."""
    if arg in examples():
        return examples()[arg].read_text(encoding="utf-8")
    p = Path(arg)
    if arg.endswith(".rq") or (len(arg) < 500 and "\n" not in arg and p.is_file()):
        try:
            return p.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(arg, f"cannot read the query ({e.strerror})") from None
    return arg


def load_graph(path: str | Path) -> Graph:
    p = Path(path)
    fmt = GRAPH_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise UsageError(f"{p}: unknown graph format; valid: {', '.join(GRAPH_FORMATS)}")
    if not p.is_file():
        raise InputError(str(p), "no such graph file (run `filmgraph build` first)")
    g = Graph()
    bind(g)
    if fmt == "json-ld" and _remote_context(p):
        from .web.context import to_graph  # a web page's JSON-LD: its context, offline

        return to_graph(_json(p), where=str(p), graph=g)
    try:
        if fmt in ("nquads", "trig"):  # a Graph would keep none of a named graph's triples
            ds = Dataset()
            ds.parse(p, format=fmt)
            for s, pr, o, _ in ds.quads():
                g.add((s, pr, o))
        else:
            g.parse(p, format=fmt)
    except Exception as e:
        raise InputError(str(p), f"not valid {fmt}: {e}") from None
    return g


def _json(p: Path):
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(str(p), f"not valid JSON: {e}") from None


def _remote_context(p: Path) -> bool:
    """Whether a JSON-LD file names its context by URL, which rdflib would fetch."""
    from .web.context import names_remote_context

    return names_remote_context(_json(p))


def run(graph: Graph, text: str):
    try:
        return graph.query(text)
    except Exception as e:  # pyparsing and rdflib raise many kinds for a bad query
        raise UsageError(f"the SPARQL query is not valid: {e}") from None


def _cell(term, graph: Graph | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef) and graph is not None:
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def render(result, fmt: str = "table", graph: Graph | None = None) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        bind(g)
        return g.serialize(format="json-ld" if fmt == "json" else "turtle")
    names = [str(v) for v in result.vars]
    rows = [[row[i] for i in range(len(names))] for row in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        for row in rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()
    cells = [[_cell(t, graph) for t in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- a remote SPARQL endpoint
RESULT_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def with_prefixes(text: str) -> str:
    """The query with PREFIX declarations for filmgraph's prefixes it uses but does not
    declare: rdflib lends a graph's prefixes to its queries, a remote store does not."""
    declared = set(_DECLARED.findall(text))
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
               if p not in declared and re.search(rf"(?<![\w:/#?$-]){re.escape(p)}:", text)]
    return "\n".join(missing + [text]) if missing else text


def run_remote(endpoint_url: str, text: str, graph: str | None = None,
               timeout: float | None = None):
    """Run a query at a SPARQL 1.1 query endpoint, over the named graph `graph` as the
    default graph (None: the store's own default graph); an rdflib Result, as `run` gives."""
    from rdflib.query import Result

    from .endpoint import Endpoint, EndpointError

    ep = Endpoint.of(endpoint_url, **({"timeout": timeout} if timeout else {}))
    form = [("query", with_prefixes(text))] + ([("default-graph-uri", graph)] if graph else [])
    r = ep.request("POST", data=urllib.parse.urlencode(form).encode("ascii"),
                   headers={"Content-Type": "application/x-www-form-urlencoded",
                            "Accept": RESULT_TYPES}, what="running the query")
    media = r.content_type.split(";")[0].strip().lower()
    try:
        if media in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(r.body), format="json")
        if media in ("application/n-triples", "text/turtle", "text/plain"):
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=r.body, format="turtle" if "turtle" in media else "nt")
            return result
    except Exception as e:  # rdflib raises several kinds
        raise EndpointError(f"{endpoint_url}: cannot read the results ({e})") from None
    raise EndpointError(f"{endpoint_url}: answered {media or 'without a content type'}, not "
                        "SPARQL results; is this the query URL (Oxigraph: /query)?")
