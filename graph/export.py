"""export: the graph -> Turtle, N-Triples and JSON-LD files, deterministic and atomic.

Every file is written to a temporary name in the output folder and renamed into place
only once all of them are written, so a reader never sees half a file.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .namespaces import PREFIXES


def turtle(graph: Graph) -> bytes:
    """Subjects sorted, grouped, prefixed: rdflib's longturtle is deterministic for
    graphs without blank nodes, which filmgraph never writes."""
    return graph.serialize(format="longturtle").encode("utf-8")


def ntriples(graph: Graph) -> bytes:
    lines = sorted(set(graph.serialize(format="nt").splitlines()))
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
    """Write every file under a temporary name, then rename them all into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in files.items():
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            staged.append((tmp, target))
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    return [t for _, t in staged]
