"""The whole flow, as design.md draws it: read -> extract -> resolve -> map -> infer ->
validate -> export."""
from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import export, hooks, web
from .errors import InputError
from .extract import extract
from .load import graph_name
from .infer import inferred
from .mapping import graph_of, prefixes, to_triples
from .model import Claim, Document
from .namespaces import DEFAULT_BASE, SCHEMA
from .read import read, sources
from .resolve import Entities, resolve
from .validate import Report, load_shapes, validate_triples


@dataclass
class Build:
    documents: list[Document]
    claims: list[Claim]
    entities: Entities
    triples: set[tuple]  # the graph, mapped and inferred: (s, p, o) rdflib terms
    report: Report
    skipped: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    base: str = DEFAULT_BASE
    _graph: Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> Graph:
        """The graph as an rdflib Graph (made on first use: a build itself needs none)."""
        if self._graph is None:
            self._graph = graph_of(self.triples, self.base)
        return self._graph


def build(paths: list[str | Path], out: Path | None = None, base: str = DEFAULT_BASE,
          shapes: Path | None = None, debug: bool = False, jobs: int = 1,
          progress=None) -> Build:
    """Build the graph of the documents under `paths`; write it to `out` when given.
    A document a reader fails on is skipped with a message (with `debug`, the error is
    raised). `jobs` processes read and extract documents; the output does not depend on
    it. `progress(stage, done, total)` is told how far reading has gone."""
    clock = _Clock()
    collecting = gc.isenabled()
    gc.disable()  # a build makes millions of objects and no cycles: the collector only costs
    try:
        return _build(paths, out, base, shapes, debug, jobs, progress, clock)
    finally:
        if collecting:
            gc.enable()


def _build(paths, out, base, shapes, debug, jobs, progress, clock) -> Build:
    files, skipped = sources(paths)
    hooks.pause("read+extract")  # test hook: a test kills the build here (tests/test_atomic.py)
    documents, claims = [], []
    for doc, found, problem in _read_all(files, debug, jobs, progress):
        if problem:
            skipped.append(problem)
            continue
        documents.append(doc)
        claims.extend(found)
    if not documents:
        err = InputError(", ".join(map(str, paths)) or ".", "no readable documents"
                         + (f" ({len(skipped)} skipped, listed above)" if skipped else ""))
        err.skipped = skipped  # the CLI lists them, one line each
        raise err
    clock.lap("read+extract")
    hooks.pause("resolve")
    entities = resolve(claims)
    clock.lap("resolve")
    hooks.pause("map")
    triples = to_triples(entities, base)
    clock.lap("map")
    hooks.pause("infer")
    triples |= inferred(triples)
    clock.lap("infer")
    hooks.pause("validate")
    report = validate_triples(triples, load_shapes(shapes), base)
    clock.lap("validate")
    result = Build(documents, claims, entities, triples, report, skipped, clock.seconds, base=base)
    if out is not None:
        result.written = export.write_atomic(outputs(result, jobs), Path(out))
        clock.lap("export")
    return result


def read_one(path: Path, debug: bool = False) -> tuple[Document | None, list[Claim], str]:
    """One file: its document and claims, or the one-line reason it is skipped."""
    try:
        doc = read(path)
    except InputError as e:
        return None, [], str(e)
    try:
        return doc, extract(doc), ""
    except MemoryError:
        raise
    except Exception as e:  # a reader's bug must not cost the rest of the archive
        if debug:
            raise
        return None, [], (f"{doc.name}: a reader failed on it ({type(e).__name__}: {e}); "
                          "a bug in filmgraph: please report it with this document "
                          "(--debug shows where)")


def _read_chunk(args):
    paths, debug = args
    return [read_one(p, debug) for p in paths]


def _read_all(files: list[Path], debug: bool, jobs: int, progress):
    """Documents and claims in the order of `files`, read by `jobs` processes."""
    total = len(files)
    if jobs <= 1 or total < 64:
        for k, f in enumerate(files, 1):
            yield read_one(f, debug)
            if progress and (k % 200 == 0 or k == total):
                progress("read+extract", k, total)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = max(16, min(500, total // (jobs * 8) or 1))
    chunks = [(files[i:i + size], debug) for i in range(0, total, size)]
    done = 0
    ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        for results in pool.map(_read_chunk, chunks):  # map keeps the files' order
            done += len(results)
            if progress:
                progress("read+extract", done, total)
            yield from results


def outputs(b: Build, jobs: int = 1) -> dict:
    """Every output file: its bytes, or a function that writes them to a file (the
    N-Triples and N-Quads, streamed from the sorted lines). With `jobs` > 1, forked
    processes make the web pages, the Turtle and the JSON-LD at once; the bytes are the same."""
    global _OUTPUTS
    ser = export.Serialized(triples=b.triples, prefixes=prefixes(b.base))
    pages = web.Site(b.triples)
    tasks = [("turtle", None), ("jsonld", None)] + [("web", c) for c in pages.chunks(max(1, jobs) * 4)]
    _OUTPUTS = (ser, pages)
    try:
        if jobs > 1 and hasattr(os, "fork") and len(b.triples) > 20_000:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                done = pool.map(_output, tasks, chunksize=1)
        else:
            done = [_output(t) for t in tasks]
    finally:
        _OUTPUTS = None
    name = graph_name(b.base)
    return {
        "graph.ttl": done[0],
        "graph.nt": ser.write_ntriples,
        "graph.jsonld": done[1],
        "report.txt": report_text(b).encode("utf-8"),
        "graph.nq": lambda fh: ser.write_ntriples(fh, name),
        **pages.finish(done[2:]),  # web/<film>.html and .jsonld, people, companies, index
    }


_OUTPUTS = None  # (the serialized graph, the web site) for forked workers


def _output(task):
    what, work = task
    ser, pages = _OUTPUTS
    if what == "web":
        return pages.make(work)
    return getattr(ser, what)()


def report_text(b: Build) -> str:
    """The validation report and what the documents disagree on, in words."""
    focus = {r.focus for r in b.report.results}
    names: dict[str, str] = {}  # the name of each node the results are about
    for s, o in sorted((str(s), str(o)) for s, p, o in b.triples
                       if p == SCHEMA.name and str(s) in focus):
        names.setdefault(s, o)
    kinds = {k: len(b.entities.by_kind(k)) for k in ("film", "person", "organization")}
    lines = [
        "filmgraph build report",
        "",
        f"documents: {len(b.documents)}",
        *[f"  {d.name} ({d.id})" for d in sorted(b.documents, key=lambda d: d.name)],
        f"claims: {len(b.claims)}",
        f"entities: {kinds['film']} films, {kinds['person']} people, "
        f"{kinds['organization']} organizations",
        f"triples: {len(b.triples)}",
        "",
        "SHACL validation: " + ("conforms" if b.report.conforms else "does NOT conform")
        + f" ({len(b.report.violations)} violations, {len(b.report.warnings)} warnings)",
    ]
    lines += [f"  {r.words(names)}" for r in b.report.results]
    lines += ["", f"disagreements between documents: {len(b.entities.disagreements)}"]
    lines += [f"  {d}" for d in b.entities.disagreements]
    if b.skipped:
        lines += ["", f"skipped inputs: {len(b.skipped)}", *[f"  {s}" for s in b.skipped]]
    return "\n".join(lines) + "\n"


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = round(now - self._t, 3)
        self._t = now
