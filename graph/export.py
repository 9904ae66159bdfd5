"""export: the graph -> Turtle, N-Triples and JSON-LD files, deterministic and atomic.

All files are written into a staging folder that replaces the output folder in one step
once every file is on disk (outdir.py), so a reader never sees half a build.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from . import outdir
from .namespaces import PREFIXES


def turtle(graph: Graph) -> bytes:
    """Subjects sorted, grouped, prefixed: rdflib's longturtle is deterministic for
    graphs without blank nodes, which filmgraph never writes."""
    return graph.serialize(format="longturtle").encode("utf-8")


# Characters that str.splitlines() and line-based tools take for line ends but N-Triples
# may hold raw inside a literal: written as \uXXXX (same value), so one triple is one line.
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def ntriples(graph: Graph) -> bytes:
    text = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group(0)):04X}", graph.serialize(format="nt"))
    lines = sorted(set(text.split("\n")))
    return ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")


def _context(graph: Graph) -> dict:
    ctx = {prefix: str(ns) for prefix, ns in graph.namespaces()
           if prefix in PREFIXES or prefix == "fg"}
    return dict(sorted(ctx.items()))


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


def jsonld_document(graph: Graph) -> dict:
    """A self-contained JSON-LD document (inline context, one node object per subject)."""
    ctx = _context(graph)
    nodes = []
    for s in sorted(set(graph.subjects()), key=str):
        if isinstance(s, BNode):
            raise ValueError("filmgraph graphs have no blank nodes")
        node: dict = {"@id": _compact(str(s), ctx)}
        types = sorted(_compact(str(o), ctx) for o in graph.objects(s, RDF.type))
        if types:
            node["@type"] = types
        props: dict[str, list] = {}
        for p, o in graph.predicate_objects(s):
            if p == RDF.type:
                continue
            props.setdefault(_compact(str(p), ctx), []).append(_value(o, ctx))
        for key in sorted(props):
            node[key] = sorted(props[key], key=lambda v: json.dumps(v, sort_keys=True,
                                                                     ensure_ascii=False))
        nodes.append(node)
    return {"@context": ctx, "@graph": nodes}


def _value(o, ctx: dict):
    if isinstance(o, URIRef):
        return {"@id": _compact(str(o), ctx)}
    if isinstance(o, Literal):
        if o.language:
            return {"@value": str(o), "@language": o.language}
        if o.datatype and o.datatype != XSD.string:
            return {"@value": str(o), "@type": _compact(str(o.datatype), ctx)}
        return str(o)
    raise ValueError(f"unexpected term {o!r}")


def jsonld(graph: Graph) -> bytes:
    text = json.dumps(jsonld_document(graph), ensure_ascii=False, indent=1, sort_keys=False)
    return (text + "\n").encode("utf-8")


def write_atomic(files: dict[str, bytes], out: Path) -> list[Path]:
    """Replace the folder `out` with exactly `files`, as a whole (graph/outdir.py says how:
    staged beside it, swapped in one step, under a lock)."""
    return outdir.replace(out, files)


def nquads(graph: Graph, graph_name: str) -> bytes:
    """N-Quads for bulk loaders: the sorted N-Triples lines, each in the named graph
    `graph_name`, so a loader puts the build where `filmgraph load` would."""
    name = URIRef(graph_name).n3()
    lines = ntriples(graph).decode("utf-8").splitlines()
    return "".join(f"{line[:-1]}{name} .\n" for line in lines).encode("utf-8")
