"""query: SPARQL over an exported graph; results as a table, CSV or JSON.

Two engines answer a graph file: Oxigraph (the default: fast on big graphs, with the store
kept beside the file, see store.py) and rdflib (the reference, parsing the file each time).
Both see the same prefixes undeclared and give their answers in the same formats.
"""
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
ENGINES = ("oxigraph", "rdflib")
GRAPH_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
                 ".nq": "nquads", ".trig": "trig"}


def examples() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERIES.glob("*.rq"))}


def query_text(arg: str) -> str:
    """The query itself, a .rq file, or the name of an example in graph/queries/."""
    if arg in examples():
        return examples()[arg].read_text(encoding="utf-8")
    p = Path(arg)
    if arg.endswith(".rq") or (len(arg) < 500 and "\n" not in arg and _is_file(p)):
        try:
            return p.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(arg, f"cannot read the query ({e.strerror})") from None
    return arg


def _is_file(p: Path) -> bool:
    try:
        return p.is_file()
    except OSError:  # a query on one line longer than a file name may be
        return False


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


def answer(graph_file: str | Path, text: str, fmt: str = "table", engine: str = "oxigraph",
           note=None) -> str:
    """What `filmgraph query` prints: the query `text` over the graph in `graph_file`.
    `note` gets one-line remarks (a store that cannot be kept beside the file)."""
    if fmt not in FORMATS:  # before a big graph is read
        raise UsageError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; valid: {', '.join(ENGINES)}")
    if engine == "rdflib":
        g = load_graph(graph_file)
        return render(run(g, text), fmt, g)
    import pyoxigraph as ox

    from .store import opened

    run(ox.Store(), text)  # a bad query says so before a big graph is read
    with opened(graph_file, note) as store:  # rendered inside: the lock keeps the store
        return render(run(store, text), fmt)


def prefix_graph() -> Graph:
    """An empty graph holding the prefixes a query may use without declaring them, and
    that tables show IRIs with: rdflib's own and filmgraph's (namespaces.py)."""
    g = Graph()
    bind(g)
    return g


def prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in prefix_graph().namespaces() if p}


def run(graph, text: str):
    """The query over an rdflib Graph (an rdflib Result) or a pyoxigraph Store (its
    QuerySolutions, QueryBoolean or QueryTriples, read lazily)."""
    if isinstance(graph, Graph):
        try:
            return graph.query(text)
        except Exception as e:  # pyparsing and rdflib raise many kinds for a bad query
            raise UsageError(f"the SPARQL query is not valid: {e}") from None
    try:  # prefixes as rdflib lends a graph's to its queries; a query's own PREFIX wins
        return graph.query(text, prefixes=prefixes())
    except SyntaxError as e:
        raise UsageError(f"the SPARQL query is not valid: {_syntax(e, text)}") from None


_AT = re.compile(r"error at (\d+):(\d+)")


def _syntax(e: SyntaxError, text: str) -> str:
    """Oxigraph's message, first line; an undeclared prefix named as such."""
    message = str(e).strip().splitlines()[0] if str(e).strip() else "syntax error"
    at = _AT.search(message)
    if at and "Prefix not found" in message:
        lines = text.splitlines()
        row, col = int(at[1]), int(at[2])
        before = lines[row - 1][:col - 1] if 0 < row <= len(lines) else ""
        name = re.search(r"([A-Za-z][\w.-]*)?:[\w.%-]*$", before)
        if name:
            return (f"{at[0]}: the prefix {name[1] or ''}: is not declared; add "
                    f"PREFIX {name[1] or ''}: <...> (these need none: {', '.join(PREFIXES)}, "
                    "and rdflib's usual ones such as foaf: and dcterms:)")
    return message[:300] + (" ..." if len(message) > 300 else "")


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
    """A result as `filmgraph query` prints it; `graph` lends its prefixes to a table."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if not hasattr(result, "askAnswer"):  # not rdflib's: Oxigraph's
        return _render_oxigraph(result, fmt, graph if graph is not None else prefix_graph())
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
        return _csv(names, (["" if t is None else str(t) for t in row] for row in rows))
    return _table(names, [[_cell(t, graph) for t in row] for row in rows])


def _csv(names: list[str], rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(names)
    w.writerows(rows)
    return buf.getvalue()


def _table(names: list[str], cells: list[list[str]]) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _render_oxigraph(result, fmt: str, graph: Graph) -> str:
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return ("true" if result else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        triples = _graph(result)
        if fmt == "json":  # JSON-LD, expanded: the same graph as rdflib's, without a context
            return ox.serialize(triples, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
        return _turtle(triples)
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    names = [v.value for v in result.variables]
    n = len(names)
    if fmt == "csv":
        return _csv(names, (["" if t is None else t.value for t in (s[i] for i in range(n))]
                            for s in result))
    short: dict[str, str] = {}  # IRI -> its prefixed name; a big answer repeats IRIs

    def cell(t) -> str:
        if t is None:
            return ""
        if isinstance(t, ox.NamedNode):
            if t.value not in short:
                short[t.value] = _cell(URIRef(t.value), graph)
            return short[t.value]
        return t.value

    return _table(names, [[cell(s[i]) for i in range(n)] for s in result])


def _graph(triples):
    """A CONSTRUCT's triples as a graph, as rdflib gives it: each triple once (a template
    repeats them, solution by solution), sorted, so the output is the same every time."""
    import pyoxigraph as ox

    lines = sorted(set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines()))
    return ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES)


def _turtle(triples) -> str:
    """Turtle with filmgraph's prefixes, declaring only those it uses, a blank line after
    each subject, as rdflib writes it."""
    import pyoxigraph as ox

    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                        prefixes={p: str(ns) for p, ns in PREFIXES.items()}).decode("utf-8")
    head, body = [], []
    for line in text.splitlines(keepends=True):
        if not body and line.startswith("@prefix "):
            head.append(line)
        else:  # a string holds no raw tab or newline (escaped): each line is a whole line
            body.append("    " + line[1:] if line.startswith("\t") else line)
            if line.endswith(" .\n"):
                body.append("\n")
    body_text = "".join(body)
    used = [line for line in sorted(head)  # "schema:", not inside "http://..." or "wdt:"
            if re.search(rf"(?<![\w.:/#?-]){re.escape(line.split()[1])}", body_text)]
    return "".join(used) + ("\n" if used else "") + body_text.rstrip("\n") + "\n"


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
