"""validate: a graph + the SHACL shapes in shapes/ -> a Report (pyshacl).

Non-conformance is a result, not an exception: the CLI decides the exit code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from .errors import InputError
from .namespaces import SH

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


def load_shapes(folder: Path | str | None = None) -> Graph:
    folder = Path(folder) if folder else SHAPES
    g = Graph()
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


def validate(graph: Graph, shapes: Graph | None = None) -> Report:
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
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
            shape=_short(shapes, results_graph.value(r, SH.sourceShape)),
        ))
    results.sort(key=lambda r: (r.severity != "Violation", r.focus, r.path, r.message, r.value))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)
