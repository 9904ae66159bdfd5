"""The peer of the peer ratio: the plain pipeline anyone would write with the usual Python
RDF tools, over the same documents and the same vocabulary as filmgraph.

    python -m bench.peer CORPUS SCRATCH_DIR [--graph OUT/graph.nt]

  extract   filmgraph's own readers and resolve, in one process (no other tool reads these
            documents: both pipelines pay the same for it)
  map       the facts into an rdflib Graph (filmgraph's mapping, which writes an rdflib Graph
            today; anything else it returns is added to one, triple by triple)
  infer     owlrl's OWL RL DeductiveClosure over the graph and graph/vocab/alignment.ttl
  validate  pyshacl over the graph with the shapes in shapes/ (the options filmgraph uses)
  serialize rdflib writes Turtle, N-Triples and JSON-LD (into SCRATCH_DIR, deleted after)

When filmgraph's library no longer offers read/extract/resolve/map as they are today, the
peer starts from filmgraph's written graph instead (--graph: rdflib parses it; extract and
map are then that parse) and says so. Prints one JSON object with the seconds of each step.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _graph_from_library(corpus: Path, steps: dict) -> "object":
    """read + extract + resolve, then map, with filmgraph's library as it is today."""
    from graph.extract import extract
    from graph.mapping import to_graph
    from graph.read import read, sources
    from graph.resolve import resolve
    from rdflib import Graph

    t = time.perf_counter()
    files, _ = sources([corpus])
    claims = []
    for f in files:
        try:
            claims.extend(extract(read(f)))
        except Exception:  # what filmgraph skips, the peer skips
            continue
    entities = resolve(claims)
    steps["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    mapped = to_graph(entities)
    if isinstance(mapped, Graph):
        g = mapped
    else:
        g = Graph()
        for triple in _rdflib_triples(mapped):
            g.add(triple)
    steps["map"] = time.perf_counter() - t
    return g


def _rdflib_triples(items):
    """rdflib triples from whatever a mapping returns (pyoxigraph quads or triples, tuples)."""
    from rdflib import BNode, Literal, URIRef

    def term(x):
        name = type(x).__name__
        if name == "NamedNode":
            return URIRef(x.value)
        if name == "BlankNode":
            return BNode(x.value)
        if name == "Literal":
            if x.language:
                return Literal(x.value, lang=x.language)
            return Literal(x.value, datatype=URIRef(x.datatype.value))
        return x
    for it in items:
        s, p, o = (it.subject, it.predicate, it.object) if hasattr(it, "predicate") else tuple(it)[:3]
        yield term(s), term(p), term(o)


def _graph_from_file(nt: Path, steps: dict):
    from rdflib import Graph

    t = time.perf_counter()
    g = Graph()
    g.parse(nt, format="nt")
    steps["extract"] = 0.0
    steps["map"] = time.perf_counter() - t
    return g


def run(corpus: Path, scratch: Path, graph_file: Path | None) -> dict:
    import owlrl
    import pyshacl
    from rdflib import BNode, Graph, URIRef

    steps: dict = {}
    out: dict = {"steps": steps}
    t_all = time.perf_counter()
    try:
        g = _graph_from_library(corpus, steps)
        out["input"] = "filmgraph's readers, resolve and mapping"
    except (ImportError, TypeError, AttributeError) as e:
        if graph_file is None:
            raise
        steps.clear()
        g = _graph_from_file(graph_file, steps)
        out["input"] = f"filmgraph's {graph_file.name}, parsed by rdflib ({type(e).__name__}: {e})"
    out["mapped_triples"] = len(g)

    t = time.perf_counter()
    g.parse(ROOT / "graph" / "vocab" / "alignment.ttl", format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    steps["infer"] = time.perf_counter() - t
    out["closed_triples"] = len(g)

    t = time.perf_counter()
    shapes = Graph()
    for f in sorted((ROOT / "shapes").glob("*.ttl")):
        shapes.parse(f, format="turtle")
    conforms, _, _ = pyshacl.validate(g, shacl_graph=shapes, inference="none", advanced=True,
                                      allow_warnings=True)
    steps["validate"] = time.perf_counter() - t
    out["conforms"] = bool(conforms)

    t = time.perf_counter()
    # owlrl's closure holds triples with a literal as subject, which no writer can write:
    # a plain pipeline has to drop them before it serializes
    bad = [tr for tr in g if not isinstance(tr[0], (URIRef, BNode))]
    for tr in bad:
        g.remove(tr)
    out["dropped_literal_subjects"] = len(bad)
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        for fmt, name in (("turtle", "graph.ttl"), ("nt", "graph.nt"), ("json-ld", "graph.jsonld")):
            g.serialize(destination=str(scratch / name), format=fmt)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    steps["serialize"] = time.perf_counter() - t
    out["total"] = time.perf_counter() - t_all
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.peer", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("scratch")
    ap.add_argument("--graph", default=None, help="filmgraph's graph.nt, if the library moved")
    args = ap.parse_args(argv)
    print(json.dumps(run(Path(args.corpus), Path(args.scratch),
                         Path(args.graph) if args.graph else None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
