"""export: the graph -> Turtle, N-Triples and JSON-LD files, deterministic and atomic.

All files are written into a staging folder that replaces the output folder in one step
once every file is on disk (outdir.py), so a reader never sees half a build.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from . import outdir
from .namespaces import PREFIXES


class Serialized:
    """One graph in every output format, computed once from its triples in N-Triples terms,
    sorted (nt_groups): sorting makes the files deterministic and diff-friendly. The files
    are written here in one pass over them, not by rdflib's serialisers (performance.md:
    7 to 50 times slower than pyoxigraph's), and are what pyoxigraph writes, byte for byte
    (tests/test_export_lines.py)."""

    def __init__(self, graph: Graph | None = None, *, triples=None, prefixes: dict | None = None):
        """From an rdflib Graph (its prefixes bound), or from `triples`, an iterable of
        (s, p, o) rdflib terms, with `prefixes`."""
        if graph is not None:
            prefixes = {p: str(ns) for p, ns in graph.namespaces() if p in PREFIXES or p == "fg"}
            triples = graph
        self.prefixes = dict(prefixes or {})
        self.groups = nt_groups(triples)
        self._nt: bytes | None = None
        self._turtle: bytes | None = None
        self._jsonld: bytes | None = None

    def write_ntriples(self, fh, graph_name: str | None = None) -> None:
        """The N-Triples (or, with `graph_name`, N-Quads) to a binary file, in pieces.
        A line ends in " .": nothing inside one can (a literal's line breaks are escaped)."""
        data = self.ntriples()
        if not graph_name:
            fh.write(data)
            return
        tail = f" <{graph_name}> .\n".encode("utf-8")
        start = 0
        while start < len(data):
            end = data.find(b"\n", start + (1 << 24))
            end = len(data) if end < 0 else end + 1
            fh.write(data[start:end].replace(b" .\n", tail))
            start = end

    def ntriples(self) -> bytes:
        """The N-Triples file (made once: Turtle is parsed from it, N-Quads made of it)."""
        if self._nt is None:
            self._nt = "".join([f"{st} {pt} {ot} .\n" for st, pairs in self.groups
                                for pt, ot in pairs]).encode("utf-8")
        return self._nt

    def nquads(self, graph_name: str) -> bytes:
        name = ox.NamedNode(graph_name)
        return "".join(f"{st} {pt} {ot} {name} .\n" for st, pairs in self.groups
                       for pt, ot in pairs).encode("utf-8")

    def _triples(self):
        return ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES)

    def turtle(self) -> bytes:
        """Subjects in sorted order, each with its predicates grouped (`;`) and the objects
        of a predicate listed (`,`), prefixed names where the local part is plainly one:
        the layout pyoxigraph writes (`_turtle_reference`), read straight from the sorted
        triples in the pass that writes the JSON-LD. Parsing the N-Triples back with
        pyoxigraph to write them cost 35 s at 7.9 million triples."""
        if self._turtle is None:
            self._render()
        return self._turtle

    def jsonld(self) -> bytes:
        """Self-contained JSON-LD: an inline context, one node object per subject, read
        straight from the sorted triples (no parse, no dicts): a literal's N-Triples form
        is a JSON string already, except where it holds an escape, which json re-encodes.
        The same bytes as json's encoder gives for the node objects (_jsonld_reference)."""
        if self._jsonld is None:
            self._render()
        return self._jsonld

    def _render(self) -> None:
        """The Turtle and the JSON-LD, in one pass over the sorted triples: each term's
        Turtle and JSON-LD forms are made once, and each subject's block of both."""
        ctx = dict(sorted(self.prefixes.items()))
        ttl_prefixes = {p: ns for p, ns in ctx.items() if p != "fg"}
        cache: dict[str, str] = {}
        tcache: dict[str, str] = {_RDF_TYPE: "a"}

        def compact(iri: str) -> str:
            c = cache.get(iri)
            if c is None:
                c = cache[iri] = _compact(iri, ctx)
            return c

        def tname(iri: str) -> str:
            c = tcache.get(iri)
            if c is None:
                c = tcache[iri] = _turtle_name(iri, ttl_prefixes)
            return c

        names: dict[str, tuple[str, str, str]] = {}  # "<iri>" -> Turtle, JSON-LD, as JSON

        def name(term: str) -> tuple[str, str, str]:
            made = names.get(term)
            if made is None:
                c = compact(term[1:-1])
                made = names[term] = (tname(term[1:-1]), c, f'"{c}"')
            return made

        loads, dumps = json.loads, json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        out = ['{"@context":', dumps(ctx), ',\n"@graph":[\n']
        nodes: list[str] = []
        ttl = [f"@prefix {p}: <{ns}> ." for p, ns in ttl_prefixes.items()]
        add = ttl.append
        rdf_type = f"<{_RDF_TYPE}>"
        literals: dict[str, tuple[str, str]] = {}  # N-Triples -> Turtle, JSON-LD

        def literal(o: str) -> tuple[str, str]:
            q = o.rindex('"')
            lex, tail = o[:q + 1], o[q + 1:]
            turtle = o if not tail or tail[0] == "@" else _turtle_typed(lex, tail[3:-1], tname)
            if "\\" in lex:
                lex = dumps(loads(lex))
            if not tail:
                value = lex
            elif tail[0] == "@":
                value = f'{{"@value":{lex},"@language":"{tail[1:]}"}}'
            else:
                value = f'{{"@value":{lex},"@type":"{compact(tail[3:-1])}"}}'
            made = literals[o] = (turtle, value)
            return made

        lit = literals.get
        for s, pairs in self.groups:
            predicate = None
            types: list[str] = []
            props: dict[str, list[str]] = {}
            piece = [name(s)[0]]  # the Turtle of the subject
            for p, o in pairs:
                if p != predicate:
                    predicate = p
                    pt, pj, _ = name(p)
                    piece += (" ;\n\t" if len(piece) > 1 else " ", pt, " ")
                    is_type = p == rdf_type
                    values = types if is_type else props.setdefault(pj, [])
                else:
                    piece.append(" , ")
                if o[0] == "<":
                    ot, _, oj = name(o)
                    piece.append(ot)
                    if is_type:
                        types.append(oj)
                    else:
                        values.append(f'{{"@id":{oj}}}')
                    continue
                made = lit(o) or literal(o)
                piece.append(made[0])
                if is_type:  # a literal as a type: a property like any other
                    values = props.setdefault(name(p)[1], [])
                values.append(made[1])
            parts = ['{"@id":', name(s)[2]]
            if types:
                parts.append(f',"@type":[{",".join(types)}]')
            for key in sorted(props):
                parts.append(f',"{key}":[{",".join(props[key])}]')
            parts.append("}")
            nodes.append("".join(parts))
            piece.append(" .")
            add("".join(piece))
        out += [",\n".join(nodes), "\n]}\n"]
        self._jsonld = "".join(out).encode("utf-8")
        ttl.append("")
        self._turtle = "\n".join(ttl).encode("utf-8")

    def _turtle_reference(self) -> bytes:
        """The Turtle as pyoxigraph writes it from the parsed N-Triples: what turtle() is
        compared with (tests/test_export_lines.py)."""
        prefixes = dict(sorted((p, ns) for p, ns in self.prefixes.items() if p != "fg"))
        text = ox.serialize(self._triples(), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        # the @prefix lines in a fixed order, whatever order the writer chose
        head, body = [], text.split(b"\n")
        while body and body[0].startswith(b"@prefix "):
            head.append(body.pop(0))
        return b"\n".join(sorted(head) + body)

    def _jsonld_reference(self) -> bytes:
        """The JSON-LD as json's encoder writes the node objects: what jsonld() must equal."""
        ctx = dict(sorted(self.prefixes.items()))
        cache: dict[str, str] = {}

        def compact(iri: str) -> str:
            c = cache.get(iri)
            if c is None:
                c = cache[iri] = _compact(iri, ctx)
            return c

        nodes = []
        subject, node, props = None, None, {}
        for t in self._triples():
            if t.subject != subject:
                if node is not None:
                    nodes.append(_finish(node, props))
                subject = t.subject
                node, props = {"@id": compact(subject.value)}, {}
            if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
                node.setdefault("@type", []).append(compact(t.object.value))
            else:
                props.setdefault(compact(t.predicate.value), []).append(_ox_value(t.object, compact))
        if node is not None:
            nodes.append(_finish(node, props))
        # one node object per line: json's C encoder (an indent would use the slow Python one)
        dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        parts = ['{"@context":', dump(ctx), ',\n"@graph":[\n', ",\n".join(map(dump, nodes)), "\n]}\n"]
        return "".join(parts).encode("utf-8")


_RDF_TYPE = str(RDF.type)


def _finish(node: dict, props: dict) -> dict:
    """Values come in sorted N-Triples order: deterministic without sorting again."""
    for key in sorted(props):
        node[key] = props[key]
    return node


def _ox_value(o, compact):
    if isinstance(o, ox.NamedNode):
        return {"@id": compact(o.value)}
    if o.language:
        return {"@value": o.value, "@language": o.language}
    if o.datatype.value != _XSD_STRING:
        return {"@value": o.value, "@type": compact(o.datatype.value)}
    return o.value


_XSD_STRING = str(XSD.string)


# A local name written after a prefix as it stands: letters, digits, "_", "-" and inner
# dots (Turtle's PN_LOCAL allows more, with escapes; such an IRI is written in full, <...>)
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_XSD = "http://www.w3.org/2001/XMLSchema#"
# the literals Turtle writes bare, as pyoxigraph does: the lexical forms its grammar reads
# back as the same datatype and the same lexical form
_BARE = {_XSD + "integer": re.compile(r"[+-]?[0-9]+"),
         _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
         _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
         _XSD + "boolean": re.compile(r"true|false")}


def _turtle_name(iri: str, prefixes: dict) -> str:
    """An IRI in Turtle: prefix:local under the longest prefix whose local part is plain,
    else <iri>."""
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")) \
                and _PLAIN_LOCAL.fullmatch(iri, len(ns)):
            best = prefix
    return f"{best}:{iri[len(prefixes[best]):]}" if best else f"<{iri}>"


def _turtle_typed(lex: str, datatype: str, tname) -> str:
    """A typed literal in Turtle, from its N-Triples lexical form ("..." with escapes)."""
    bare = _BARE.get(datatype)
    if bare is not None and "\\" not in lex and bare.fullmatch(lex, 1, len(lex) - 1):
        return lex[1:-1]
    return f"{lex}^^{tname(datatype)}"


def turtle(graph: Graph) -> bytes:
    return Serialized(graph).turtle()


# N-Triples escapes, as pyoxigraph writes them; and the characters that str.splitlines()
# and line-based tools take for line ends but N-Triples may hold raw inside a literal,
# written as \uXXXX (same value), so that one triple is one line.
_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"',
            0x5C: "\\\\"}
for _c in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029]:
    _ESCAPES.setdefault(_c, f"\\u{_c:04X}")


def nt_term(t) -> str:
    """One rdflib term in N-Triples (IRIs, literals: filmgraph graphs have no blank nodes)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        lex = str(t).translate(_ESCAPES)
        if t.language:
            return f'"{lex}"@{t.language.lower()}'
        if t.datatype is not None and t.datatype != XSD.string:
            return f'"{lex}"^^<{t.datatype}>'
        return f'"{lex}"'
    raise ValueError(f"filmgraph graphs have no blank nodes: {t!r}")


def nt_groups(triples) -> list[tuple[str, list[tuple[str, str]]]]:
    """The distinct triples of `triples` in N-Triples terms, sorted as their lines sort: each
    subject ("<iri>") with its sorted (predicate, object) pairs. The same order as sorting
    all the lines "<s> <p> o .": a subject or predicate is an IRI in <>, and ">" is in no
    IRI, so "<a> ..." and "<ab> ..." compare as "<a>" and "<ab>" do. Each term is written
    once; the lines themselves are never made (1.5 GB at 7.9 million triples), the files
    are written from these."""
    cache: dict = {}
    get = cache.get
    groups: dict[str, list[tuple[str, str]]] = {}
    group = groups.get
    for s, p, o in triples:
        st = get(s)
        if st is None:
            st = cache[s] = nt_term(s)
        pt = get(p)
        if pt is None:
            pt = cache[p] = nt_term(p)
        ot = get(o)
        if ot is None:
            ot = cache[o] = nt_term(o)
        g = group(st)
        if g is None:
            groups[st] = [(pt, ot)]
        else:
            g.append((pt, ot))
    # two terms can write the same ("x" and "x"^^xsd:string): one pair
    return [(st, sorted(set(g)) if len(g) > 1 else g)
            for st, g in sorted(groups.items())]


def nt_lines(triples) -> list[str]:
    """The sorted, distinct N-Triples lines of `triples`."""
    return [f"{st} {pt} {ot} ." for st, pairs in nt_groups(triples) for pt, ot in pairs]


def ntriples(graph: Graph) -> bytes:
    return Serialized(graph).ntriples()


def _compact(iri: str, ctx: dict) -> str:
    best = ""
    for prefix, ns in ctx.items():
        if iri.startswith(ns) and len(ns) > len(ctx.get(best, "")):
            rest = iri[len(ns):]
            if rest and ":" not in rest and "/" not in rest.rstrip("/") or prefix == "fg":
                best = prefix
    if best:
        return f"{best}:{iri[len(ctx[best]):]}"
    return iri


def jsonld(graph: Graph) -> bytes:
    return Serialized(graph).jsonld()


def write_atomic(files: dict[str, bytes], out: Path) -> list[Path]:
    """Replace the folder `out` with exactly `files`, as a whole (graph/outdir.py says how:
    staged beside it, swapped in one step, under a lock)."""
    import os
    import time

    t = time.perf_counter()
    done = outdir.replace(out, files)
    if os.environ.get("FILMGRAPH_TIMINGS"):
        import sys
        print(f"filmgraph: timing write: {time.perf_counter() - t:.2f}s", file=sys.stderr)
    return done


def nquads(graph: Graph, graph_name: str) -> bytes:
    """N-Quads for bulk loaders: the sorted N-Triples lines, each in the named graph
    `graph_name`, so a loader puts the build where `filmgraph load` would."""
    return Serialized(graph).nquads(graph_name)
