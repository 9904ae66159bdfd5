"""The whole flow, as design.md draws it: read -> extract -> resolve -> map -> infer ->
validate -> export."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import export
from .errors import InputError
from .extract import extract
from .infer import infer
from .mapping import to_graph
from .model import Claim, Document
from .namespaces import DEFAULT_BASE, SCHEMA
from .read import read, sources
from .resolve import Entities, resolve
from .validate import Report, load_shapes, validate


@dataclass
class Build:
    documents: list[Document]
    claims: list[Claim]
    entities: Entities
    graph: Graph
    report: Report
    skipped: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)


def build(paths: list[str | Path], out: Path | None = None, base: str = DEFAULT_BASE,
          shapes: Path | None = None) -> Build:
    """Build the graph of the documents under `paths`; write it to `out` when given."""
    clock = _Clock()
    files, skipped = sources(paths)
    documents, claims = [], []
    for f in files:
        try:
            doc = read(f)
        except InputError as e:
            skipped.append(str(e))
            continue
        documents.append(doc)
        claims.extend(extract(doc))
    if not documents:
        raise InputError(", ".join(map(str, paths)) or ".", "no readable documents"
                         + (f" ({'; '.join(skipped)})" if skipped else ""))
    clock.lap("read+extract")
    entities = resolve(claims)
    clock.lap("resolve")
    graph = to_graph(entities, base)
    clock.lap("map")
    infer(graph)
    clock.lap("infer")
    report = validate(graph, load_shapes(shapes))
    clock.lap("validate")
    result = Build(documents, claims, entities, graph, report, skipped, clock.seconds)
    if out is not None:
        result.written = export.write_atomic(outputs(result), Path(out))
        clock.lap("export")
    return result


def outputs(b: Build) -> dict[str, bytes]:
    return {
        "graph.ttl": export.turtle(b.graph),
        "graph.nt": export.ntriples(b.graph),
        "graph.jsonld": export.jsonld(b.graph),
        "report.txt": report_text(b).encode("utf-8"),
    }


def report_text(b: Build) -> str:
    """The validation report and what the documents disagree on, in words."""
    names = {str(s): str(o) for s, o in b.graph.subject_objects(SCHEMA.name)}
    kinds = {k: len(b.entities.by_kind(k)) for k in ("film", "person", "organization")}
    lines = [
        "filmgraph build report",
        "",
        f"documents: {len(b.documents)}",
        *[f"  {d.name} ({d.id})" for d in sorted(b.documents, key=lambda d: d.name)],
        f"claims: {len(b.claims)}",
        f"entities: {kinds['film']} films, {kinds['person']} people, "
        f"{kinds['organization']} organizations",
        f"triples: {len(b.graph)}",
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
