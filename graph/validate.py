"""validate: a graph + the SHACL shapes in shapes/ -> a Report.

Two engines give the same report: "fast" (graph/shacl.py: the shapes compiled into Python
checks, linear in the graph; the default) and "pyshacl" (the reference, which the fast one
is tested against: tests/test_shacl_fast.py). Shapes that use a SHACL feature the fast
engine does not implement are validated by pyshacl, with a one-line note.

Non-conformance is a result, not an exception: the CLI decides the exit code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from .errors import InputError
from .namespaces import SH, canonical

SHAPES = Path(__file__).resolve().parent.parent / "shapes"


@dataclass(frozen=True)
class Result:
    severity: str  # Violation | Warning | Info
    focus: str
    path: str
    value: str
    message: str
    shape: str

    def words(self, names: dict[str, str] | None = None) -> str:
        focus = (names or {}).get(self.focus)
        who = f"{focus} <{self.focus}>" if focus else f"<{self.focus}>"
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value and self.value not in self.message else ""
        return f"{self.severity}: {who}{where}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    results: list[Result] = field(default_factory=list)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity != "Violation"]


class ShapesGraph(Graph):
    """A Graph that holds each term of a known vocabulary as the one object a build's
    triples hold (graph.namespaces.canonical), in the order the file gives: the fast
    validator's lookups of predicates, classes and datatypes then find them by identity,
    without rdflib's Python __eq__ (1.7 million calls on 4,000 documents)."""

    def add(self, triple):
        s, p, o = triple
        return super().add((canonical(s), canonical(p), canonical(o)))


def load_shapes(folder: Path | str | None = None) -> Graph:
    folder = Path(folder) if folder else SHAPES
    g = ShapesGraph()
    files = sorted(folder.glob("*.ttl")) if folder.is_dir() else [folder]
    if not files:
        raise InputError(str(folder), "no SHACL shapes (*.ttl) found")
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as e:  # rdflib raises several kinds for bad Turtle
            raise InputError(str(f), f"the shapes are not valid Turtle: {e}") from None
    return g


def _short(graph: Graph, term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    return str(term)


ENGINES = ("fast", "pyshacl")


def _note(message: str) -> None:
    import sys

    print(f"filmgraph: {message}", file=sys.stderr)


def validate(graph: Graph, shapes: Graph | None = None, jobs: int = 1,
             sharded: bool = False, engine: str = "fast", note=_note) -> Report:
    """The graph against the shapes. engine "fast" (the default) runs graph/shacl.py, the
    shapes compiled into Python checks: the same report as pyshacl, in one pass over the
    graph; shapes it cannot compile go to pyshacl, and `note` says so in one line.

    engine "pyshacl" runs the reference: as a whole, or (`sharded`) in shards validated by
    `jobs` processes, which gives the same report (tests/test_validate_shards.py). Whole is
    its default: on this project's 2-core machine the shards measured slower (147,015
    triples: 57 s whole, 90 s in shards on 2 processes) and forked workers multiply the
    memory. `sharded` asks for pyshacl."""
    shapes = shapes if shapes is not None else load_shapes()
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; valid: {', '.join(ENGINES)}")
    if engine == "fast" and not sharded:
        from .shacl import Unsupported, compile_shapes

        try:
            return compile_shapes(shapes).validate(graph)
        except Unsupported as e:
            report = _validate_whole(graph, shapes)  # a shapes error is the only line shown
            if note:
                note(_fallback(e))
            return report
    if sharded:
        return _validate_shards(graph, shapes, jobs)
    return _validate_whole(graph, shapes)


def _fallback(e) -> str:
    return f"validated with pyshacl (slower): the fast validator does not support {e}"


def validate_triples(triples, shapes: Graph | None = None, base: str | None = None,
                     note=_note) -> Report:
    """`validate` for a set of (s, p, o) terms, as a build holds its graph: the fast
    engine reads them as they are; pyshacl (for shapes the fast one cannot compile) gets
    them as an rdflib Graph."""
    from .mapping import graph_of
    from .namespaces import DEFAULT_BASE

    shapes = shapes if shapes is not None else load_shapes()
    prefixes = graph_of((), base or DEFAULT_BASE)  # the messages' prefixes, as the Graph's
    try:
        from .shacl import Unsupported, compile_shapes

        compiled = compile_shapes(shapes)
    except Unsupported as e:
        report = _validate_whole(graph_of(triples, base or DEFAULT_BASE), shapes)
        if note:
            note(_fallback(e))
        return report
    return compiled.validate(prefixes, triples)


# A shard holds the triples of some subjects and the types of the nodes they point to:
# every constraint of shapes/ looks at a node's own values and at their classes, so each
# focus node gets the same results in its shard as in the whole graph.
SHARD_TRIPLES = 60_000


@dataclass
class Shard:
    subjects: list[str]  # the focus nodes this shard answers for
    triples: list[tuple]  # their triples, and the types of the nodes they point to


def shards(graph: Graph, size: int = SHARD_TRIPLES) -> list[Shard]:
    by_subject: dict = {}
    for t in graph:
        by_subject.setdefault(t[0], []).append(t)
    out: list[Shard] = []
    current = Shard([], [])
    for s in sorted(by_subject, key=str):
        current.subjects.append(str(s))
        current.triples.extend(by_subject[s])
        if len(current.triples) >= size:
            out.append(current)
            current = Shard([], [])
    if current.subjects:
        out.append(current)
    for shard in out:
        objects = {o for _, _, o in shard.triples if isinstance(o, URIRef)}
        shard.triples.extend(t for o in objects for t in by_subject.get(o, ()) if t[1] == RDF.type)
    return out


def _validate_shard(args) -> list[Result]:
    shard, shapes_ttl, prefixes = args
    g = Graph(bind_namespaces="none")  # the whole graph's prefixes, so messages read the same
    for prefix, ns in prefixes:
        g.bind(prefix, ns, override=True, replace=True)
    for t in shard.triples:
        g.add(t)
    shapes = Graph(bind_namespaces="none")
    shapes.parse(data=shapes_ttl, format="turtle")
    own = set(shard.subjects)
    # the nodes whose types were added for sh:class checks answer in their own shard
    return [r for r in _validate_whole(g, shapes).results if r.focus in own]


def _validate_shards(graph: Graph, shapes: Graph, jobs: int) -> Report:
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    prefixes = [(p, str(ns)) for p, ns in graph.namespaces()]
    shapes_ttl = shapes.serialize(format="turtle")
    work = [(shard, shapes_ttl, prefixes) for shard in shards(graph, SHARD_TRIPLES)]
    if jobs <= 1 or len(work) == 1:
        parts = [_validate_shard(w) for w in work]
    else:
        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            parts = list(pool.map(_validate_shard, work))
    results = sorted({r for part in parts for r in part},
                     key=lambda r: (r.severity != "Violation", r.focus, r.path, r.message, r.value))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)


def _validate_whole(graph: Graph, shapes: Graph) -> Report:
    import pyshacl

    import rdflib

    keep = rdflib.NORMALIZE_LITERALS
    try:
        conforms, results_graph, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none",
                                                      advanced=True, allow_warnings=True)
    finally:
        # pyshacl sets rdflib's global literal normalisation back to True when it is done;
        # filmgraph keeps literals as written (graph/__init__.py)
        rdflib.NORMALIZE_LITERALS = keep
    results = []
    for r in results_graph.subjects(RDF.type, SH.ValidationResult):
        sev = results_graph.value(r, SH.resultSeverity)
        msgs = sorted(str(m) for m in results_graph.objects(r, SH.resultMessage))
        value = results_graph.value(r, SH.value)
        results.append(Result(
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            focus=str(results_graph.value(r, SH.focusNode)),
            path=_short(graph, results_graph.value(r, SH.resultPath)),
            value=str(value) if isinstance(value, (Literal, URIRef)) else "",
            message=msgs[0] if msgs else "does not conform",
            # a property shape written inline is a blank node: no name worth keeping
            shape=_short(shapes, src) if isinstance(src := results_graph.value(r, SH.sourceShape),
                                                      URIRef) else "",
        ))
    results.sort(key=lambda r: (r.severity != "Violation", r.focus, r.path, r.message, r.value))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)
