"""The whole flow, as design.md draws it: read -> extract -> resolve -> map -> infer ->
validate -> export."""
from __future__ import annotations

import gc
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import export, hooks, outdir, web
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
    shapes_graph = load_shapes(shapes)  # a broken shapes file stops the build before any work
    # with an output folder, the outputs are made while the graph is validated (Outputs)
    about = {"documents": documents, "claims": claims, "entities": entities, "skipped": skipped}
    making = Outputs(triples, base, shapes_graph, jobs, Path(out), about) if out is not None else None
    try:
        report = making.report() if making else validate_triples(triples, shapes_graph, base)
        clock.lap("validate")
        result = Build(documents, claims, entities, triples, report, skipped, clock.seconds,
                       base=base)
        if making is not None:
            result.written = export.write_atomic(making.files(result), Path(out))
            clock.lap("export")
    finally:
        if making is not None:
            t = time.perf_counter()
            making.close()
            _timing("close", t)
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


class Outputs:
    """Every output file, made from the final triples, and the validation report.

    With `jobs` > 1 and a graph of more than PARALLEL_TRIPLES triples, a forked process
    validates the graph, then writes web pages (both need only the triples) into a
    scratch folder beside `out` (moved into the build's staging folder in one rename),
    while this one sorts the triples, writes the N-Triples, the Turtle and the JSON-LD,
    then web pages too, and report.txt once the validation is back. The two processes
    share the web pages out: whichever is done with its first half takes the next chunk
    no one has taken, until none are left (web.write_shared); the worker alone used to
    make them all while this process, done first, waited (10 s of a 133-s build at 10,000
    documents). Otherwise all is done here, in turn. The bytes and the report are the
    same either way."""

    def __init__(self, triples: set[tuple], base: str, shapes, jobs: int = 1,
                 out: Path | None = None, about: dict | None = None):
        self.base, self.triples, self.shapes = base, triples, shapes
        self.about = about  # documents, claims, entities, skipped: what report.txt tells
        self.pool = self.pending = self.validating = self.scratch = None
        self.taken = self.chunks = self.site = None  # the web pages shared out (a scratch folder)
        self.early: dict[str, Path] = {}  # output files already written into the scratch folder
        if jobs > 1 and hasattr(os, "fork") and len(triples) > parallel_triples():
            import multiprocessing

            self.scratch = outdir.scratch(out) if out is not None else None
            if self.scratch is not None:  # the next chunk of web pages to make, shared, and
                # how many there are (told by the first process to know)
                self.taken = multiprocessing.get_context("fork").Value("q", 0)
                self.chunks = multiprocessing.get_context("fork").Value("q", -1)
            global _OUTPUTS
            _OUTPUTS = self
            try:
                self.pool = multiprocessing.get_context("fork").Pool(1)
                # two tasks, in turn: the report comes back as soon as it is made, and this
                # process writes report.txt while the worker makes the web pages
                self.validating = self.pool.apply_async(_validated, ())
                self.pending = self.pool.apply_async(_pages, ())
            finally:
                _OUTPUTS = None
        t = time.perf_counter()
        self.ser = export.Serialized(triples=triples, prefixes=prefixes(base))
        _timing("lines", t)
        name = graph_name(base)
        self._early("graph.nt", self.ser.write_ntriples)
        self._early("graph.nq", lambda fh: self.ser.write_ntriples(fh, name))
        t = time.perf_counter()
        self.turtle, self.jsonld = self.ser.turtle(), self.ser.jsonld()  # one pass makes both
        _timing("turtle and json-ld", t)
        self._early("graph.ttl", self.turtle)
        self._early("graph.jsonld", self.jsonld)
        self._done = None

    def _early(self, name: str, data) -> None:
        """With a scratch folder, write an output file into it now: the kernel writes it
        back while this process goes on, and the sync before the swap has that much less
        to wait for. (Measured: an fsync here stalled the worker's writing of the web pages,
        the filesystem's journal serving the one before the other.)"""
        if self.scratch is None:
            return
        path = self.scratch / name
        with open(path, "xb") as fh:
            data(fh) if callable(data) else fh.write(data)
        self.early[name] = path

    def validated(self) -> Report:
        """The validation report — the worker's first task."""
        t = time.perf_counter()
        report = validate_triples(self.triples, self.shapes, self.base)
        _timing("worker: validate", t)
        return report

    def pages(self, who: str = "worker") -> dict[str, bytes] | tuple[dict[int, tuple], bool]:
        """The web pages: {name: bytes}; with a scratch folder, the share of them this
        process wrote there, {chunk: (names, index entries)}, and whether it wrote the
        index page too (it does when it made every chunk) — the worker's second task, and
        this process's once its own first half is done."""
        t = time.perf_counter()
        if self.scratch is None:
            pages = web.pages(self.triples)
            _timing(f"{who}: web pages", t)
            return pages
        if 0 <= self.chunks.value <= self.taken.value:  # all taken: no index to build
            return {}, False
        self.site = web.Site(self.triples)
        self.chunks.value = web.chunks(self.site)
        made = web.write_shared(self.site, self.taken, self.scratch)
        whole = bool(made) and len(made) == self.chunks.value
        if whole:  # the other process made none: the index page is this one's to write
            # (no chunk at all: the main process writes it, in _site)
            self._index(made)
        _timing(f"{who}: web pages, {len(made)} chunks", t)
        if who == "worker":
            t = time.perf_counter()
            os.sync()  # on disk while the main process is still at work
            _timing("worker: sync", t)
        return made, whole

    def report(self) -> Report:
        if self._done is None:
            if self.validating is None:
                self._done = (validate_triples(self.triples, self.shapes, self.base), None)
                return self._done[0]
            t = time.perf_counter()
            try:
                mine = self.pages("main") if self.scratch is not None else None
                t = time.perf_counter()
                report = self.validating.get()
                _timing("waiting for the validation", t)
                if self.about is not None and self.scratch is not None:
                    # report.txt, while the worker finishes its web pages
                    from types import SimpleNamespace

                    t = time.perf_counter()
                    told = SimpleNamespace(triples=self.triples, report=report, **self.about)
                    self._early("report.txt", report_text(told).encode("utf-8"))
                    _timing("report", t)
                t = time.perf_counter()
                made = self.pending.get()
                if self.scratch is not None:
                    made = self._site(mine, made)
                self._done = (report, made)
            except OSError as e:  # the worker could not write the web pages: a full disk
                raise outdir.OutputError(outdir._words(str(self.scratch), e)) from e
            _timing("waiting for the worker", t)
        return self._done[0]

    def _index(self, done: dict[int, tuple]) -> None:
        """web/index.html, from the index entries of every chunk, in their order."""
        (self.scratch / "web").mkdir(parents=True, exist_ok=True)
        with open(self.scratch / INDEX_PAGE, "xb") as fh:
            fh.write(self.site.index_file(done[k][1] for k in sorted(done)))

    def _site(self, mine: tuple, theirs: tuple) -> list[str]:
        """The names of every web page: both processes' shares, and the index page, written
        here unless one process made every chunk and wrote it."""
        done = {**mine[0], **theirs[0]}
        order = sorted(done)
        if order != list(range(len(order))):  # a chunk made by neither: a bug, not bad input
            raise RuntimeError(f"web pages: chunk {min(set(range(len(order) + 1)) - set(order))}"
                               " made by neither process")
        if not (mine[1] or theirs[1]):
            if self.site is None:  # a graph with no page to make (but its index)
                self.site = web.Site(self.triples)
            self._index(done)
        return [name for k in order for name in done[k][0]] + [INDEX_PAGE]

    def files(self, b: Build) -> dict:
        """{name: bytes, a function that writes the file (N-Quads: streamed from the
        N-Triples), or a file or folder already written (the web pages)}."""
        made = self._done[1] if self._done else None
        if isinstance(made, list):
            inside = [name.split("/", 1)[1] for name in made]
            pages = {"web": outdir.Moved(self.scratch / "web", inside)} if inside else {}
        else:
            pages = made if made is not None else web.pages(self.triples)
        name = graph_name(self.base)
        ser = self.ser
        files = {
            "graph.ttl": self.turtle,
            "graph.nt": ser.write_ntriples,
            "graph.jsonld": self.jsonld,
            "report.txt": self.early.get("report.txt") or
            _timed("report", lambda: report_text(b).encode("utf-8")),
            "graph.nq": lambda fh: ser.write_ntriples(fh, name),
            **pages,  # web/<film>.html and .jsonld, people, companies, index
        }
        for key, path in self.early.items():
            files[key] = outdir.Moved(path)
        return files

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        if self.scratch is not None:
            import shutil

            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None


INDEX_PAGE = "web/index.html"


def parallel_triples() -> int:
    """The size past which a build's outputs are made by two processes (FILMGRAPH_PARALLEL_
    TRIPLES sets it, for tests of that path on small graphs)."""
    return int(os.environ.get("FILMGRAPH_PARALLEL_TRIPLES", "20000"))


def _timed(what: str, make):
    t = time.perf_counter()
    made = make()
    _timing(what, t)
    return made


def _timing(what: str, since: float) -> None:
    """With FILMGRAPH_TIMINGS set, how long a part of the output stage took (stderr)."""
    if os.environ.get("FILMGRAPH_TIMINGS"):
        print(f"filmgraph: timing {what}: {time.perf_counter() - since:.2f}s", file=sys.stderr,
              flush=True)


_OUTPUTS: Outputs | None = None  # what forked workers make outputs of


def _validated():
    return _OUTPUTS.validated()


def _pages():
    return _OUTPUTS.pages()


def outputs(b: Build, jobs: int = 1) -> dict:
    """Every output file of a build (see Outputs)."""
    making = Outputs(b.triples, b.base, load_shapes(), jobs)
    try:
        making.report()
        return making.files(b)
    finally:
        making.close()


def report_text(b: Build) -> str:
    """The validation report and what the documents disagree on, in words."""
    focus = {r.focus for r in b.report.results}
    name = {SCHEMA.name}  # a set lookup hashes in C; == is rdflib's Python __eq__
    names: dict[str, str] = {}  # the name of each node the results are about
    for s, o in sorted((str(s), str(o)) for s, p, o in b.triples if p in name and str(s) in focus):
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
